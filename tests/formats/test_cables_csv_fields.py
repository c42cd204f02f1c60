"""The fast cut of a cables.csv record into fields reads exactly what the csv module reads."""

from __future__ import annotations

import csv
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cablebase.formats import cables_csv as c

# Characters that matter to the CSV dialect, and a few that do not.
_PIECES = st.sampled_from(['"', "\\", ",", "\n", "\r", "\x00", "a", " ", "é", "’", '","', '\\"'])


def _field(pieces: list[str]) -> str:
    return "".join(pieces)


def _outcome(cut: Callable[[str], list[list[str]]], record: str) -> object:
    try:
        return cut(record)
    except csv.Error as exc:  # the csv module gives up on some broken records
        return str(exc)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=6).map(_field), min_size=1, max_size=9))
def test_any_record_reads_as_the_csv_module_reads_it(fields: list[str]) -> None:
    record = ",".join(f'"{f}"' for f in fields) + "\n"
    assert _outcome(c._split_fields, record) == _outcome(c._parse_rows, record)


@pytest.mark.parametrize(
    "record",
    [
        '"1","2","3","4","5","6","7","8"\n',
        '"1","2","3","4","5","6","a \\"quoted\\" word","it\\\'s"\n',
        '"1","2","3","4","5","6","a \\\\","back\\\\slash \\\\\\" x"\n',  # escaped backslashes
        '"1","2","3","4","5","6","7","8"\r\n',
        '"1","2","3","4","5","6","7","8"',  # the input ends without a line end
        '"1","2","3","4","5","6","7","8" \n',  # text after the closing quote
        '"1","2","3","4","5","6","7","8","9"\n',  # nine columns
        '"1","2","3","4","5","6","7"\n',
        '"1","2","3","4","5","6","a "bare" quote","8"\n',
        '"1","2","3","4","5","6","7","x\x00y\\\x00"\n',
        '"1","2","3","4","5","6","line\none","8 \\\nafter an escaped newline"\n',
        '"1","2","3","4","5","6","7","8"\n"9","10"\n',  # two rows
        '1,"2","3","4","5","6","7","8"\n',
        '"1","2","3","4","5","6","\\","8"\n',  # the quote closing field 7 is escaped
    ],
)
def test_edge_records(record: str) -> None:
    assert _outcome(c._split_fields, record) == _outcome(c._parse_rows, record)


def test_usual_record_is_cut_without_the_csv_module(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> list[list[str]]:
        raise AssertionError("the csv module was asked")

    monkeypatch.setattr(c, "_parse_rows", refuse)
    record = '"7","1/22/2010 15:17","10X35","Embassy X","SECRET","","VZCZC","A \\"q\\" b"\n'
    assert c._split_fields(record) == [
        ["7", "1/22/2010 15:17", "10X35", "Embassy X", "SECRET", "", "VZCZC", 'A "q" b']
    ]


@pytest.mark.parametrize(
    "value",
    ["1/2/2009 3:04", "12/31/1999 23:59", " 02/29/2008 00:00 ", "1/2/0999 1:00", "2/29/2009 1:00"],
)
def test_dates_read_as_strptime_reads_them(value: str) -> None:
    from datetime import datetime

    try:
        expected: str | None = datetime.strptime(value.strip(), "%m/%d/%Y %H:%M").strftime(
            "%Y-%m-%d %H:%M"
        )
    except ValueError:
        expected = None
    try:
        got: str | None = c._created(value)
    except ValueError:
        got = None
    assert got == expected
