"""Header value normalisers: DTG, classification, E.O., origin, timestamps."""

from __future__ import annotations

from typing import Any

import pytest
from tests.shared_data import wikileaks_truth

from cablebase.telegram import classified_by, tags, values
from cablebase.telegram.values import (
    iso_datetime,
    normalise_classification,
    origin_from_ref_id,
    origin_name,
    parse_dtg,
    parse_eo,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("P 100249Z SEP 07", ("PRIORITY", "P", None, "100249Z SEP 07", "2007-09-10T02:49:00Z")),
        ("O R 141437Z NOV 07", ("IMMEDIATE", "O", "R", "141437Z NOV 07", "2007-11-14T14:37:00Z")),
        ("201247Z Jan 04", (None, None, None, "201247Z JAN 04", "2004-01-20T12:47:00Z")),
        ("R 130458Z AUG 79", ("ROUTINE", "R", None, "130458Z AUG 79", "1979-08-13T04:58:00Z")),
        ("Z 010000Z JAN 10", ("FLASH", "Z", None, "010000Z JAN 10", "2010-01-01T00:00:00Z")),
        ("P 310249Z FEB 07", ("PRIORITY", "P", None, "310249Z FEB 07", None)),
    ],
)
def test_parse_dtg(line: str, expected: tuple[Any, ...]) -> None:
    dtg = parse_dtg(line)
    assert dtg is not None
    assert (dtg.precedence, dtg.action, dtg.info, dtg.dtg, dtg.iso) == expected


@pytest.mark.parametrize("line", ["", "FM AMEMBASSY MOSCOW", "P 100249 SEP 07"])
def test_parse_dtg_rejects(line: str) -> None:
    assert parse_dtg(line) is None


@pytest.mark.parametrize(
    ("level", "captions", "metadata", "expected"),
    [
        ("C O N F I D E N T I A L", (), None, "CONFIDENTIAL"),
        ("S E C R E T", ("SIPDIS", "NOFORN"), None, "SECRET//NOFORN"),
        ("C O N F I D E N T I A L", ("NOFORN",), None, "CONFIDENTIAL//NOFORN"),
        ("SS E C R E T", (), None, "SECRET"),
        ("CSE C R E T", (), None, "SECRET"),
        ("E C R E T", (), None, "SECRET"),
        ("O N F I D E N T I A L", (), None, "CONFIDENTIAL"),
        ("C ONFIDENTIAL", (), None, "CONFIDENTIAL"),
        ("S e c r e t", (), None, "SECRET"),
        ("UNCLAS", (), None, "UNCLASSIFIED"),
        ("UUNCLAS", ("SENSITIVE",), None, "UNCLASSIFIED//FOUO"),
        ("UNCLASSIFIED", ("SENSITIVE BUT UNCLASSIFIED",), None, "UNCLASSIFIED//FOUO"),
        ("UNCLAS", ("NOFORN",), None, "UNCLASSIFIED"),
        ("LIMITED OFFICIAL USE", (), None, "LIMITED OFFICIAL USE"),
        ("T O P S E C R E T", (), None, "TOP SECRET"),
        ("SECRET//NOFORN", (), None, "SECRET//NOFORN"),
        (None, (), "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLASSIFIED//FOUO"),
        ("S E C R E T", (), "CONFIDENTIAL//NOFORN", "CONFIDENTIAL//NOFORN"),
        ("S E C R E T", (), "nonsense", "SECRET"),
        ("SIPDIS", (), None, None),
        (None, (), None, None),
    ],
)
def test_normalise_classification(
    level: str | None, captions: tuple[str, ...], metadata: str | None, expected: str | None
) -> None:
    assert normalise_classification(level, captions, metadata=metadata) == expected


@pytest.mark.parametrize(
    ("line", "order", "declassify_on", "text"),
    [
        ("E.O. 12958: DECL: 08/31/2017", "12958", "2017-08-31", None),
        ("EO 12958 DECL: 02/22/2011", "12958", "2011-02-22", None),
        ("E.O. 12958: N/A", "12958", None, None),
        ("E.O. 12958: DECL: 2020/02/09", "12958", "2020-02-09", None),
        ("EO 12958 DECL: 11/29/10", "12958", "2010-11-29", None),
        ("E.O. 12958: DECL: 2019-02-12", "12958", "2019-02-12", None),
        ("E.O. 12958: DECL: 011/2/2019", "12958", "2019-11-02", None),
        ("E.O. 12958: DECL: MR", "12958", None, None),
        ("E.O. 12356: DECL: OADR", "12356", None, None),
        ("E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION", "12958", None, None),
        ("E.O. 12958: DECLl: 08/31/2017", "12958", "2017-08-31", None),
        ("E.o. 12958: decl: 01/07/2014", "12958", "2014-01-07", None),
        ("E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "12065", "1985-08-12", None),
        (
            "E.O. 12958: DECL: 2035/01/07 TAGS: ECON PTER",
            "12958",
            "2035-01-07",
            "E.O. 12958: DECL: 2035/01/07",
        ),
        ("E.O. 12598: DECL: 1/1/2015", "12958", "2015-01-01", None),
        ("E.O. 12958: DNG: CO 01/26/2021", "12958", None, None),
        ("E.O. 12958: DECLASSIFIED BY NARA 09/02/2009", "12958", None, None),
        ("E.O. 12958: DECL: 02/30/2015", "12958", None, None),
    ],
)
def test_parse_eo(line: str, order: str, declassify_on: str | None, text: str | None) -> None:
    eo = parse_eo(line)
    assert (eo.order, eo.declassify_on) == (order, declassify_on)
    assert eo.text == (text or line)


@pytest.mark.parametrize(
    ("line", "origin"),
    [
        ("FM AMEMBASSY MOSCOW", "Embassy Moscow"),
        ("AMEMBASSY NEW DELHI", "Embassy New Delhi"),
        ("FM SECSTATE WASHDC", "Secretary of State"),
        ("AMCONSUL KARACHI", "Consulate Karachi"),
        ("FM AMCONSUL RIO DE JANEIRO", "Consulate Rio De Janeiro"),
        ("FM AMCONSUL SAO PAULO ", "Consulate Sao Paulo"),
        ("FM USMISSION USNATO", "Mission USNATO"),
        ("FM USEU BRUSSELS", "USEU Brussels"),
        ("FM USMISSION UNVIE VIENNA", "UNVIE"),
        ("FM RPO DUBAI", "Iran RPO Dubai"),
        ("FM IRAN RPO DUBAI", "Iran RPO Dubai"),
        ("FM USINT HAVANA", "US Interests Section Havana"),
        ("FM AMEMBASSY KIEV", "Embassy Kyiv"),
        ("FM SOMEBODY", None),
        ("", None),
    ],
)
def test_origin_name(line: str, origin: str | None) -> None:
    assert origin_name(line) == origin


@pytest.mark.parametrize(
    ("ref_id", "origin"),
    [
        ("07MOSCOW4420", "Embassy Moscow"),
        ("09STATE15113", "Secretary of State"),
        ("08USNATO5", "Mission USNATO"),
        ("09KARACHI1", "Consulate Karachi"),
        ("05RIODEJANEIRO1238", "Consulate Rio De Janeiro"),
        ("06ABUDHABI1725", "Embassy Abu Dhabi"),
        ("09RPODUBAI288", "Iran RPO Dubai"),
        ("08PARISFR1", None),
        ("junk", None),
    ],
)
def test_origin_from_ref_id(ref_id: str, origin: str | None) -> None:
    assert origin_from_ref_id(ref_id) == origin


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2007-09-10 02:49", "2007-09-10T02:49:00Z"),
        ("2008-02-15 14:41:00", "2008-02-15T14:41:00Z"),
        ("12/28/1966 18:48", "1966-12-28T18:48:00Z"),
        ("2007-02-30 01:00", None),
        ("yesterday", None),
    ],
)
def test_iso_datetime(printed: str, iso: str | None) -> None:
    assert iso_datetime(printed) == iso


_truth = wikileaks_truth


@pytest.mark.shared_data
def test_origin_matches_the_site() -> None:
    rows = _truth()
    wrong = []
    for row in rows:
        fm = [line for line in row["blocks"][0].split("\n") if line.startswith("FM ")]
        got = origin_name(fm[0]) if fm else origin_from_ref_id(row["id"])
        if got != row["origin"]:
            wrong.append((row["id"], got, row["origin"]))
    assert wrong == []


@pytest.mark.shared_data
def test_classification_metadata_is_kept() -> None:
    for row in _truth():
        expected = row["classification"].replace("FOR OFFICIAL USE ONLY", "FOUO")
        assert normalise_classification(None, metadata=row["classification"]) == expected


def test_tags_and_classified_by_are_reexported() -> None:
    # Older callers import these from `values`; they moved to their own modules.
    assert values.parse_tags is tags.parse_tags
    assert values.TAG_MEANINGS is tags.TAG_MEANINGS
    assert values.parse_classified_by is classified_by.parse_classified_by
    assert values.REASON_MEANINGS is classified_by.REASON_MEANINGS
