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
    return [c.split_record(ch, "mem") for ch in c.chunks(iter(text.splitlines(keepends=True)))]


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
    with path.open(encoding="utf-8", newline="") as fh:
        chunks = list(c.chunks(iter(fh)))
    parts = [c.split_record(ch, "s") for ch in chunks]
    assert all(not isinstance(p, Failure) for p in parts)
    envs = [p[1] for p in parts if not isinstance(p, Failure)]
    assert [e.ref_id for e in envs] == ["66BUENOSAIRES2481", "72TEHRAN1164"]
    assert envs[0].created == "1966-12-28 18:48"
    assert envs[0].references == ("66STATE106206",)
    assert envs[1].references == ("72MOSCOW1603", "72TEHRAN1091", "72TEHRAN263")
    assert c.sniff(raw) > 0.9
