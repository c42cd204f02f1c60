"""Sniffing cheaply without changing what is detected."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cablebase import formats
from cablebase.formats import htmltext, repost

from .formatkit import raw_of

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.mark.parametrize(
    "head",
    [
        "<p>VZ<b>CZC</b>ABC0001</p>",
        "<div>intro</div>UNCLAS<br>SECTION 01 OF 02",
        "<pre>C&nbsp;O&nbsp;N&nbsp;F&nbsp;I&nbsp;D&nbsp;E&nbsp;N&nbsp;T&nbsp;I&nbsp;A&nbsp;L</pre>",
        "<p>P R 281848Z&#160;DEC 66</p>",
        "text<br>DE RUEHMO #4420/01 3051234",
        "S\u200bECRET",
    ],
)
def test_the_quick_test_lets_every_possible_start_through(head: str) -> None:
    assert repost._may_hold_telegram(head)


def test_the_quick_test_rejects_plain_prose() -> None:
    page = "<html><body>" + "<p>The secretary met the envoy; talks were confidential.</p>" * 50
    assert not repost._may_hold_telegram(page)
    assert repost.sniff(raw_of(page)) == 0.0


@pytest.mark.parametrize(
    "path", sorted(p for p in GOLDEN.glob("*/*") if p.suffix not in (".json", ".py"))
)
def test_detect_picks_what_the_full_ranking_picks(path: Path) -> None:
    raw = raw_of(path.read_bytes(), str(path))
    ranked = formats.scores(raw)
    found = formats.detect(raw)
    assert found is not None and found == ranked[0]


def test_link_offsets_are_right_and_rendering_is_linear() -> None:
    html = "".join(f"<p>para {i} <a href='/{i}'>link {i}</a> tail</p>" for i in range(20000))
    start = time.perf_counter()
    rendered = htmltext.render(html)
    elapsed = time.perf_counter() - start
    for link in rendered.links[::997]:
        assert rendered.text[link.offset :].startswith(link.text)
    # Quadratic offsets took minutes here; linear rendering takes well under a second.
    assert elapsed < 10
