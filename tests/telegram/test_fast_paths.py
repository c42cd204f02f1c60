"""The parser's shortcuts give what the plain way gives: each is held to a slower reference
(the code it replaced) on awkward input."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cablebase.telegram import body as b
from cablebase.telegram import patterns as p
from cablebase.telegram.values import iso_datetime, parse_dtg

_LINES = st.lists(
    st.sampled_from(
        ["a", "", " ", "---", " --- ", "----  --", "x---y", "-- -", "---\t", "b c", "--- -"]
    ),
    max_size=7,
)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_dash_lines_go_as_a_line_filter_would_drop_them(lines: list[str]) -> None:
    text = "\n".join(lines)
    expected = "\n".join(line for line in text.split("\n") if not p.DASH_LINE.match(line))
    assert b._without_dash_lines(text) == expected


_SIGNATURE_TAILS = st.text(alphabet="AB .#'-\n\tzé,1", max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab, .1", max_size=40), _SIGNATURE_TAILS)
def test_inline_signer_search_starts_late_but_finds_the_same(head: str, tail: str) -> None:
    line = head + tail
    found, expected = b._inline_signer(line), b._INLINE_SIGNER.search(line)
    assert (found and found.span(), found and found.group(1)) == (
        expected and expected.span(),
        expected and expected.group(1),
    )


@pytest.mark.parametrize(
    "line",
    [
        "See the Classified   Website: http://x TUTTLE",
        "VISIT our page",
        "intelink.gov",
        "nothing here at all",
        "Visıt the ſite: no ASCII, so the pattern decides",
        "classified website",
    ],
)
def test_plug_check(line: str) -> None:
    assert b._is_plug(line) == bool(b._PLUG.search(line))


def _noise_reference(lines: list[str], start: int, dropped: set[int], body_from: int) -> list[str]:
    """`clean_indices` as it was: every line tested."""
    drop = set(dropped)
    for i, line in enumerate(lines):
        if any(n in line for n in b._NOISE_NEEDLES) and b._is_noise(line):
            drop.add(i)
        if "SIPDIS" in line and i >= body_from and b._STRAY_CAPTION.match(line):
            drop.add(i)
    return [lines[i] for i in range(start, len(lines)) if i not in drop]


_BODY_LINES = st.lists(
    st.sampled_from(
        [
            "text",
            "",
            "SIPDIS",
            " SIPDIS ",
            "MOSCOW 00004420  002 OF 002",
            "PAGE 02 HARARE 06677 01 OF 03 291400Z",
            "more of 0 text",
            "PAGE three",
        ]
    ),
    max_size=9,
)


@settings(max_examples=300, deadline=None)
@given(_BODY_LINES, st.integers(0, 3), st.integers(0, 5), st.sets(st.integers(0, 8)))
def test_noise_lines_and_kept_lines(
    lines: list[str], start: int, body_from: int, dropped: set[int]
) -> None:
    drop = b.noise_lines(lines, start, dropped, body_from)
    assert b.kept_lines(lines, start, drop) == _noise_reference(lines, start, dropped, body_from)
    assert b.clean_indices(lines, start, dropped, body_from) == [
        i for i in range(start, len(lines)) if i not in drop
    ]


def _summary_marks_reference(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The marks found from every spelling in the whole text at once."""
    start = end = None
    for at in b._summary_words(text, 0, len(text)):
        if start is None and at < 6000:
            start = p.SUMMARY_START_AT.match(text, at)
        if end is None:
            lead = text[max(0, at - 12) : at].lower()
            k = lead.rfind("end")
            if k >= 0:
                end = p.SUMMARY_END_AT.match(text, max(0, at - 12) + k)
        if end is not None and (start is not None or at >= 6000):
            break
    return start, end


@pytest.mark.parametrize("size", [10, 2040, 2046, 2050, 6000, 9000])
def test_summary_marks_across_window_edges(size: int) -> None:
    for lead in ("", "x" * 5):
        for text in (
            lead + "y " * (size // 2) + "1. Summary: it. End summary.",
            lead + "y " * (size // 2) + "Summary: it. " + "z " * 3000 + "END SUMMARY.",
            "SUMARY: a. " + "w " * size + "END OF SUMMY",
        ):
            found = b._summary_marks(text)
            expected = _summary_marks_reference(text)
            assert [m and m.span() for m in found] == [m and m.span() for m in expected]


@pytest.mark.parametrize(
    "printed",
    [
        "2007-09-10 02:49",
        "2009-02-29 10:00",
        "2008-02-29 24:00",
        "0999-01-01 00:00",
        "2007-9-1 2:4",
    ],
)
def test_iso_datetime_as_strptime(printed: str) -> None:
    try:
        expected: str | None = datetime.strptime(printed, "%Y-%m-%d %H:%M").strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
    except ValueError:
        expected = None
    assert iso_datetime(printed) == expected


@pytest.mark.parametrize(
    ("line", "iso"),
    [("P 100249Z SEP 07", "2007-09-10T02:49:00Z"), ("R 010000Z JAN 0999", None)],
)
def test_dtg_iso(line: str, iso: str | None) -> None:
    dtg = parse_dtg(line)
    assert dtg is not None
    expected = iso or datetime(999, 1, 1).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert dtg.iso == expected
