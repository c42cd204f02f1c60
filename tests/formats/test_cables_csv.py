from __future__ import annotations

import pytest

from cablebase.formats import cables_csv as c
from cablebase.model import Failure

from .formatkit import raw_of, shared

GOOD = (
    '"7","1/22/2010 15:17","10FREEDONIA35","Embassy Freedonia","SECRET","10STATE1|09FREEDONIA9",'
    '"VZCZC\nDE RUEHFD #0035","S E C R E T FREEDONIA 000035\n\n'
    'A \\"quoted\\" fictional\nbody\\\'s text\n"\n'
)


def split(text: str) -> list[tuple[str, object, object] | Failure]:
    rows = c.iter_rows(raw_of(text))
    return [row if isinstance(row, Failure) else c.split_record(row) for row in rows]


def test_good_row_gives_envelope_text_and_position() -> None:
    (parts,) = split(GOOD)
    assert not isinstance(parts, Failure)
    text, env, source = parts
    assert env.ref_id == "10FREEDONIA35"  # type: ignore[attr-defined]
    assert env.created == "2010-01-22 15:17"  # type: ignore[attr-defined]
    assert env.references == ("10STATE1", "09FREEDONIA9")  # type: ignore[attr-defined]
    assert env.row_number == 7  # type: ignore[attr-defined]
    assert source.position == "row 7"  # type: ignore[attr-defined]
    assert 'A "quoted" fictional\nbody\'s text' in text
    assert text.startswith("VZCZC\nDE RUEHFD #0035\n\nS E C R E T")


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('"8","2010-01-22","X","Y","Z","","h","b"\n', "date"),
        ('"8","1/22/2010 15:17","X","Y","Z","h","b"\n', "7 columns"),
        ('"8","1/22/2010 15:17","X","Y","Z","","h","never closed\n', "never closed"),
        ("some junk line\nmore junk\n", "not a cables.csv record"),
    ],
)
def test_a_broken_row_fails_alone(bad: str, reason: str) -> None:
    items = split(GOOD + bad + GOOD.replace('"7"', '"9"'))
    assert [isinstance(i, Failure) for i in items] == [False, True, False]
    failure = items[1]
    assert isinstance(failure, Failure)
    assert reason in failure.reason
    assert failure.position in ("row 8", "line 7")


def test_unterminated_quote_at_eof_is_reported() -> None:
    items = split(GOOD + '"8","1/22/2010 15:17","X","Y","Z","","h","open\nand more\n')
    assert isinstance(items[-1], Failure)
    assert items[-1].position == "row 8"


def test_blank_lines_between_records_are_ignored() -> None:
    assert len(split(GOOD + "\n\n" + GOOD)) == 2


def test_sniff() -> None:
    assert c.sniff(raw_of(GOOD)) > 0.9
    assert c.sniff(raw_of("id,date,ref\n1,2,3\n")) == 0.0


@pytest.mark.shared_data
def test_real_sample_reads_two_rows() -> None:
    path = shared("cables-csv", "cables_sample.csv")
    raw = raw_of(path.read_bytes(), str(path))
    rows = list(c.iter_rows(raw))
    parts = [row if isinstance(row, Failure) else c.split_record(row) for row in rows]
    assert all(not isinstance(p, Failure) for p in parts)
    envs = [p[1] for p in parts if not isinstance(p, Failure)]
    assert [e.ref_id for e in envs] == ["66BUENOSAIRES2481", "72TEHRAN1164"]
    assert envs[0].created == "1966-12-28 18:48"
    assert envs[0].references == ("66STATE106206",)
    assert envs[1].references == ("72MOSCOW1603", "72TEHRAN1091", "72TEHRAN263")
    assert c.sniff(raw) > 0.9


def _row(n: int, ref: str) -> str:
    return GOOD.replace('"7"', f'"{n}"').replace("10FREEDONIA35", ref)


def test_a_parser_crash_on_one_row_skips_only_that_row(monkeypatch: pytest.MonkeyPatch) -> None:
    real = c.parse_cable

    def flaky(text: str, env: object, sources: object) -> object:
        if env.ref_id == "10FREEDONIA2":  # type: ignore[attr-defined]
            raise IndexError("list index out of range")
        return real(text, env, sources)  # type: ignore[arg-type]

    monkeypatch.setattr(c, "parse_cable", flaky)
    text = "".join(_row(n, f"10FREEDONIA{n}") for n in (1, 2, 3))
    items = list(c.read(raw_of(text)))
    assert [getattr(i, "ref_id", None) for i in items] == ["10FREEDONIA1", None, "10FREEDONIA3"]
    failure = items[1]
    assert isinstance(failure, Failure)
    assert failure.position == "row 2"
    assert "IndexError: list index out of range" in failure.reason
    assert "the row was skipped" in failure.reason


def _cut(text: str, block: int) -> list[c.RowText | Failure]:
    data = text.encode("utf-8")
    return list(c.scan([data[i : i + block] for i in range(0, len(data), block)], "mem"))


@pytest.mark.parametrize("block", [1, 7, 64, 1 << 20])
def test_rows_are_cut_the_same_whatever_the_block_size(block: int) -> None:
    text = (
        "\ufeff"
        + _row(1, "10A1")
        + "\n\njunk between\n\n"
        + _row(2, "10A2").replace("body", "body\\\nwith an escaped newline")
        + '"3","1/22/2010 15:17","X","Y","Z","","h","never closed\n'
        + _row(4, "10A4").rstrip("\n")
    )
    rows = _cut(text, block)
    assert rows == _cut(text, 1 << 30)
    kinds = [r.position if isinstance(r, Failure) else r.first_line for r in rows]
    # Row 1 starts on line 1; the junk on line 9 (two blank lines skipped); row 3 fails.
    assert kinds == [1, 9, 11, "row 3", 19]
    assert isinstance(rows[0], c.RowText) and rows[0].data.startswith(b'"1",')
    assert isinstance(rows[1], c.RowText) and rows[1].data == b"junk between\n\n"


def test_crlf_rows_and_quotes_outside_fields() -> None:
    text = _row(1, "10A1").replace("\n", "\r\n") + _row(2, "10A2")
    items = list(c.read(raw_of(text)))
    assert [getattr(i, "ref_id", None) for i in items] == ["10A1", "10A2"]
