from __future__ import annotations

import pytest

from cablebase.formats import telegram_text as t

from .formatkit import raw_of


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("VZCZCXRO2217\nPP RUEHDBU\n", 0.85, 1.0),
        ("DE RUEHMO #4420/01 2530249\n", 0.85, 1.0),
        ("P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n", 0.85, 1.0),
        ("\nC O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 004420\n", 0.7, 0.9),
        ("UNCLAS FREEDONIA 000050\n", 0.7, 0.9),
        ("Reference ID: 08X1\nCreated: 2008-01-01 10:00\n\nVZCZCXYZ0000\n", 0.9, 1.0),
        ("Secret talks began in Freedonia today, officials said.\n", 0.0, 0.0),
        ("The quick brown fox.\n", 0.0, 0.0),
    ],
)
def test_sniff(text: str, low: float, high: float) -> None:
    assert low <= t.sniff(raw_of(text)) <= high


def test_split_envelope_reads_bench_lines() -> None:
    env, rest = t.split_envelope(
        "Reference ID: 08FREEDONIA1201\nCreated: 2008-11-20 16:45\nReleased: 2011-08-30 01:44\n"
        "Classification: SECRET\nOrigin: Embassy Freedonia\nReferences: 08A1|08B2\n\n"
        "P 201645Z NOV 08"
    )
    assert env is not None
    assert (env.ref_id, env.created, env.classification) == (
        "08FREEDONIA1201",
        "2008-11-20 16:45",
        "SECRET",
    )
    assert env.references == ("08A1", "08B2")
    assert rest == "P 201645Z NOV 08"


def test_plain_telegram_has_no_envelope() -> None:
    env, rest = t.split_envelope("VZCZC\nDE X")
    assert env is None and rest == "VZCZC\nDE X"
