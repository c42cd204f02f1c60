"""REF blocks: items, labels, kinds and resolved reference IDs."""

from __future__ import annotations

import pytest

from cablebase.telegram.references import parse_references

# (block, citing ID parts, expected [(label, ref_id, kind)])
CASES = [
    ("06 MOSCOW 11373", (2007, "MOSCOW", 381), [(None, "06MOSCOW11373", "cable")]),
    (
        "A. ASTANA 0426\n     B. ASTANA 0376",
        (2009, "ASTANA", 478),
        [("A", "09ASTANA426", "cable"), ("B", "09ASTANA376", "cable")],
    ),
    ("KUWAIT 0095", (2009, "KUWAIT", 110), [(None, "09KUWAIT95", "cable")]),
    (
        "A. SECSTATE 15113\n B. DOHA 152 (08)",
        (2009, "DOHA", 214),
        [("A", "09STATE15113", "cable"), ("B", "08DOHA152", "cable")],
    ),
    ("A. 2005 MADRID 3528", (2006, "MADRID", 1914), [("A", "05MADRID3528", "cable")]),
    (
        # Letters out of sequence are not labels: `E.` stays inside item A.
        "A. 99 PRETORIA 12315\n E. PRETORIA 425",
        (2001, "PRETORIA", 1173),
        [("A", "99PRETORIA12315", "cable"), ("A", "01PRETORIA425", "cable")],
    ),
    ("(A) 08 STATE 061194", (2009, "STATE", 119085), [("A", "08STATE61194", "cable")]),
    (
        "A) MADRID 5426, B) MADRID 5425, C) MADRID 5418",
        (2006, "MADRID", 6000),
        [
            ("A", "06MADRID5426", "cable"),
            ("B", "06MADRID5425", "cable"),
            ("C", "06MADRID5418", "cable"),
        ],
    ),
    (
        "TEHRAN 1091: TEHRAN 263: MOSCOW 1603",
        (1979, "TEHRAN", 8980),
        [
            (None, "79TEHRAN1091", "cable"),
            (None, "79TEHRAN263", "cable"),
            (None, "79MOSCOW1603", "cable"),
        ],
    ),
    (
        "A. BRASILIA 709 (08) SAO PAULO 542",
        (2009, "BRASILIA", 100),
        [("A", "08BRASILIA709", "cable"), ("A", "09SAOPAULO542", "cable")],
    ),
    # A same-post serial above the citing cable's is from the year before.
    ("MOSCOW 5000", (2007, "MOSCOW", 381), [(None, "06MOSCOW5000", "cable")]),
    (
        "A. LA PAZ 3261\n¶B. LA PAZ 3119",
        (2006, "LAPAZ", 3400),
        [("A", "06LAPAZ3261", "cable"), ("B", "06LAPAZ3119", "cable")],
    ),
    (
        "A. A. STATE 99125 (NOTAL)\nB. STATE 106206 CIRCULAR AND PREVIOUS",
        (2008, None, None),
        [("A", "08STATE99125", "cable"), ("B", "08STATE106206", "cable")],
    ),
    ("IMSWM-0028-2010", (2010, None, None), [(None, None, "other")]),
    ("BEYRLE-BURNS FEBRUARY 18 E-MAIL", (2008, None, None), [(None, None, "email")]),
    ("EUR/WE E-MAIL OF 09/08/2006", (2006, None, None), [(None, None, "email")]),
    ("OSC EUP20090329950015", (2009, None, None), [(None, None, "osc")]),
    ("IIR 6 902 9698 06", (2006, None, None), [(None, None, "intelligence-report")]),
    ("STATE CA-3400 NOV 2, 1966", (1966, None, None), [(None, None, "other")]),
    ("FEB 24 A/S CARSON-AMB SANDERS TELCON", (2009, None, None), [(None, None, "telcon")]),
    ("7 FAM 180", (2009, None, None), [(None, None, "fam")]),
    ("01/11/06 PARIS POINTS", (2006, None, None), [(None, None, "other")]),
    ("STATE 123456 DTG 301657Z JAN 07", (2007, None, None), [(None, "07STATE123456", "dtg")]),
    ("SECSTATE 301657Z JAN 07", (2007, None, None), [(None, None, "dtg")]),
    (
        "USUN 1234, BA 55",
        (2008, None, None),
        [(None, "08USUNNEWYORK1234", "cable"), (None, "08BUENOSAIRES55", "cable")],
    ),
    ("Moscow 357", (2007, None, None), [(None, "07MOSCOW357", "cable")]),
    # Bare serials continue the post (and written year) before them.
    (
        "A. BRASILIA 2799 AND 2764 B. 06 KABUL 5353/5194",
        (2004, None, None),
        [
            ("A", "04BRASILIA2799", "cable"),
            ("A", "04BRASILIA2764", "cable"),
            ("B", "06KABUL5353", "cable"),
            ("B", "06KABUL5194", "cable"),
        ],
    ),
    # ... but a year before the next post is no serial.
    (
        "SECDEF 122723; 2009 CAIRO 2394",
        (2010, None, None),
        [(None, "10SECDEF122723", "cable"), (None, "09CAIRO2394", "cable")],
    ),
    # A serial alone in its item: the post of the item before, else the citing post.
    (
        "A) 6307 B) MANILA 2969 C) 2962 AND PREVIOUS",
        (2003, "ANKARA", 6322),
        [
            ("A", "03ANKARA6307", "cable"),
            ("B", "03MANILA2969", "cable"),
            ("C", "03MANILA2962", "cable"),
        ],
    ),
    ("A. 2007 AND PREVIOUS", (2007, "PARIS", 1800), [("A", None, "other")]),  # a year, alone
    # Year suffixes and other ways of writing the year.
    (
        "QUITO 4525-91, PANAMA 00789/08, AMMAN 07718 99, STATE (01) 201265",
        (2006, None, None),
        [
            (None, "91QUITO4525", "cable"),
            (None, "08PANAMA789", "cable"),
            (None, "99AMMAN7718", "cable"),
            (None, "01STATE201265", "cable"),
        ],
    ),
    # Serial before the post; glued labels and posts; typing slips.
    (
        "(A)STATE 071143, (B) 870 Ulaanbaatar, [C] HK05511, D. COTON0U 348, E) LAGOS O1512",
        (2007, None, None),
        [
            ("A", "07STATE71143", "cable"),
            ("B", "07ULAANBAATAR870", "cable"),
            ("C", "07HONGKONG5511", "cable"),
            ("D", "07COTONOU348", "cable"),
            ("E", "07LAGOS1512", "cable"),
        ],
    ),
    (
        "BAGHDAD #3565, KUWAIT (C)02293, PRAGUE, 1228, Colomobo 2304, 08 RIO DE JAN 138",
        (2008, None, None),
        [
            (None, "08BAGHDAD3565", "cable"),
            (None, "08KUWAIT2293", "cable"),
            (None, "08PRAGUE1228", "cable"),
            (None, "08COLOMBO2304", "cable"),
            (None, "08RIODEJANEIRO138", "cable"),
        ],
    ),
    # An e-mail between cables is an item of its own.
    (
        "08 STATE 1234; E-Mail Tralala; 05 STATE 1234",
        (2008, None, None),
        [(None, "08STATE1234", "cable"), (None, None, "email"), (None, "05STATE1234", "cable")],
    ),
    # Page headers inside the block are not citations.
    (
        "A. STATE 40721\n CONFIDENTIAL\nPAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098",
        (2002, "ROME", 1196),
        [("A", "02STATE40721", "cable"), ("B", "02ROME1098", "cable")],
    ),
    (
        "A) STATE 90303 STATE 00016220 001.2 OF 005 B) STATE 7877",
        (2010, None, None),
        [("A", "10STATE90303", "cable"), ("B", "10STATE7877", "cable")],
    ),
    # No fuzzy post for words that are not one (an edit-distance tie once matched these).
    (
        "A. BEYRLE-BURNS FEBRUARY 18 E-MAIL B. PARIS POINTS JULY 6",
        (2009, None, None),
        [("A", None, "email"), ("B", None, "other")],
    ),
    # A seven-digit serial is a typo: no year is inferred from it.
    ("STATE 1484761", (2008, "STATE", 1988), [(None, "08STATE1484761", "cable")]),
    ("MOSCOW 357", (None, None, None), [(None, None, "cable")]),
]


@pytest.mark.parametrize(("block", "citing", "expected"), CASES)
def test_parse_references(
    block: str,
    citing: tuple[int | None, str | None, int | None],
    expected: list[tuple[str | None, str | None, str]],
) -> None:
    year, origin, serial = citing
    refs = parse_references(block, citing_year=year, citing_origin=origin, citing_serial=serial)
    assert [(r.label, r.ref_id, r.kind) for r in refs] == expected


def test_item_text_is_stripped_and_joined() -> None:
    refs = parse_references("A. STATE 12345\n      (NOTAL)\nB. ¶ ROME 1", citing_year=2007)
    assert [r.text for r in refs] == ["STATE 12345 (NOTAL)", "ROME 1"]


def test_several_cables_in_one_item_get_their_own_spans() -> None:
    refs = parse_references("BRASILIA 709 (08) SAO PAULO 542", citing_year=2009)
    assert [r.text for r in refs] == ["BRASILIA 709 (08)", "SAO PAULO 542"]


def test_empty_block() -> None:
    assert parse_references("  \n ", citing_year=2009) == ()
