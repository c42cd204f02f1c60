"""TAGS values: order, de-duplication, repairs of fused and misspelled tags, persons, phrases."""

from __future__ import annotations

import re

import pytest
from tests.shared_data import wikileaks_truth

from cablebase.telegram.tags import TAG_MEANINGS, parse_tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PGOV PREL IN PK RS XD", ("PGOV", "PREL", "IN", "PK", "RS", "XD")),
        ("PGOV, PREL, ECON, PINR, ZI, SA", ("PGOV", "PREL", "ECON", "PINR", "ZI", "SA")),
        ("prel, pgov, pins, tu Subject: turkish p.m.", ("PREL", "PGOV", "PINS", "TU")),
        ("PREL;PGOV;KCOR;HU;HR", ("PREL", "PGOV", "KCOR", "HU", "HR")),
        (
            "PREL PGOV ETTC MCAP MARR MOPS PARM PINR PTER IR, RS",
            ("PREL", "PGOV", "ETTC", "MCAP", "MARR", "MOPS", "PARM", "PINR", "PTER", "IR", "RS"),
        ),
        ("OVIP (CLINTON, HILLARY) PREL", ("OVIP", "CLINTON, HILLARY", "PREL")),
        ("ovip (steinberg, james b.), prel", ("OVIP", "STEINBERG, JAMES B.", "PREL")),
        ("OVIP BIDEN JOSEPH PREL ECON", ("OVIP", "BIDEN, JOSEPH", "PREL", "ECON")),
        ("ECONEFIN PHUMPGOV KPAONZ", ("ECON", "EFIN", "PHUM", "PGOV", "KPAO", "NZ")),
        ("POGOV MOPPS RU SYR KWWMN", ("PGOV", "MOPS", "RS", "SY", "KWMN")),
        (
            "KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG",
            ("KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG"),
        ),
        ("PREL PGOV 00000478 001.2 ECON", ("PREL", "PGOV", "ECON")),
        ("PREL PGOV BRASILIA 00000351 001.2 OF 003", ("PREL", "PGOV")),
        ("MASS MOPS YM COUNTER TERRORISM", ("MASS", "MOPS", "YM", "COUNTERTERRORISM")),
        ("PINR, KCRM, BU, Organized Crime", ("PINR", "KCRM", "BU", "ORGANIZED CRIME")),
        (
            "PGOV, KWBG, IR, COUNTERTERRORISM, GOI EXTERNAL",
            ("PGOV", "KWBG", "IR", "COUNTERTERRORISM", "GOI EXTERNAL"),
        ),
        ("PARM PREL EU IR IS GOI EXTERNAL", ("PARM", "PREL", "EU", "IR", "IS", "GOI", "EXTERNAL")),
        ("PGOV PREL PGOV PREL", ("PGOV", "PREL")),
        ("ECON ETRD PGOV CA MX SIPDIS", ("ECON", "ETRD", "PGOV", "CA", "MX")),
        ("BRUSSELS", ("BRUSSELS",)),  # a place name is not a run of fused country codes
        # Four-letter pieces, most known: KFLO is missing from our lists but shaped like a tag.
        ("AEMR AMEDCASCKFLO TBIO", ("AEMR", "AMED", "CASC", "KFLO", "TBIO")),
        ("ECONOMIC", ("ECONOMIC",)),  # one known piece in two is a word, not fused tags
        # Person tags without commas: surname, then a given name.
        ("CASC PM NOVO GUILLERMO REMON PEDRO", ("CASC", "PM", "NOVO, GUILLERMO", "REMON, PEDRO")),
        ("PREL CROS GERARD NZ", ("PREL", "CROS, GERARD", "NZ")),
        ("PREL JOHN SMITH", ("PREL", "JOHN", "SMITH")),  # a given name first is no surname
        ("DOMESTIC POLITICS NEW ZEALAND", ("DOMESTIC POLITICS", "NEW ZEALAND")),
        ("", ()),
    ],
)
def test_parse_tags(text: str, expected: tuple[str, ...]) -> None:
    assert parse_tags(text) == expected


def test_meaning_tables() -> None:
    assert TAG_MEANINGS["PREL"] == "External political relations"
    assert TAG_MEANINGS["PGOV"] == "Internal governmental affairs"
    assert (TAG_MEANINGS["PK"], TAG_MEANINGS["RS"], TAG_MEANINGS["KN"]) == (
        "Pakistan",
        "Russia",
        "North Korea",
    )
    assert all(tag == tag.upper() and meaning for tag, meaning in TAG_MEANINGS.items())


_truth = wikileaks_truth


@pytest.mark.shared_data
def test_tags_agree_with_the_sites_links() -> None:
    label = re.compile(r"^\s*TAGS?\b\s*:?\s*(.*)$", re.I | re.M)
    agree = total = 0
    for row in _truth():
        m = label.search(row["blocks"][1].replace("¶", ""))
        if not row["tags"] or not m:
            continue
        total += 1
        agree += list(parse_tags(m.group(1))) == list(dict.fromkeys(row["tags"]))
    # The rest are our deliberate repairs (RU->RS, MOPPS->MOPS, fused tags, phrases, persons).
    assert total > 700
    assert agree / total > 0.96
