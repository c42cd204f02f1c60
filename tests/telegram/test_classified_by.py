"""Classified By: the officials' names, their title and the E.O. reasons."""

from __future__ import annotations

import pytest

from cablebase.telegram.classified_by import REASON_MEANINGS, parse_classified_by


@pytest.mark.parametrize(
    ("text", "names", "title", "reasons"),
    [
        (
            "Classified By: Political M/C Alice D. Wells for reasons 1.4 (b/d).",
            ("Alice D. Wells",),
            "Political M/C",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "Ambassador William J. Burns.  Reasons:  1.4(B/D)",
            ("William J. Burns",),
            "Ambassador",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "Ambassador Richard E. Hoagland:  1.4 (B), (D)",
            ("Richard E. Hoagland",),
            "Ambassador",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            'D/Political Advisor A. "Hoot" Baez. Reasons: 1.4 (b) an\nd (d).',
            ('A. "Hoot" Baez',),
            "D/Political Advisor",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "CDA Robert Deutsch; E.O. 12958, reasons 1.4 (b) and (d)",
            ("Robert Deutsch",),
            "CDA",
            ("1.4(b)", "1.4(d)"),
        ),
        ("Derived from Multiple Sources", (), None, ()),
        (
            "CLASSIFIED BY AMBASSADOR TOM MCDONALD FOR REASONS 1.5 (B) AND (D).",
            ("TOM MCDONALD",),
            "AMBASSADOR",
            ("1.5(b)", "1.5(d)"),
        ),
        ("Reason: 1/4 (B), (D), (E), and (G)", (), None, ("1.4(b)", "1.4(d)", "1.4(e)", "1.4(g)")),
        (
            "DCM Jonathan Cohen. REASON: 1.4(B), (D)",
            ("Jonathan Cohen",),
            "DCM",
            ("1.4(b)", "1.4(d)"),
        ),
        ("Pol Chief Jane Doe, 1.4 (B & D)", ("Jane Doe",), "Pol Chief", ("1.4(b)", "1.4(d)")),
        ("Pol Chief Jane Doe, 1.4 b and d", ("Jane Doe",), "Pol Chief", ("1.4(b)", "1.4(d)")),
        (
            "Ambassador Thomas T. Riley for reason 1.4 (b, c, and d).",
            ("Thomas T. Riley",),
            "Ambassador",
            ("1.4(b)", "1.4(c)", "1.4(d)"),
        ),
        ("DCM Tom Kelly for reasons b, d.", ("Tom Kelly",), "DCM", ("1.4(b)", "1.4(d)")),
        (
            "Polcouns Michae  l Corbin, REAS  ONS 1.4 (b) a nd (d)",
            ("Michael Corbin",),
            "Polcouns",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "Gerald Feierstein, CDA, for reasons 1.4 (b,d)",
            ("Gerald Feierstein",),
            "CDA",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "1. (U) Classified by Ambassador Ryan Crocker, reasons 1.4 (b) and (d).",
            ("Ryan Crocker",),
            "Ambassador",
            ("1.4(b)", "1.4(d)"),
        ),
        ("Ambassador, reason 1.4 (b,d)", (), "Ambassador", ("1.4(b)", "1.4(d)")),
        # A second given name when a title word vouches for it; not when an unknown word might
        # be part of the title.
        (
            "Pol/Econ Officer Jessica Davis Ba for reasons 1.4(b) and \n (d)",
            ("Jessica Davis Ba",),
            "Pol/Econ Officer",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "DEFENSE ATTACHE LTC LARRY BEISEL FOR REASONS 1.4 (B) AND \n (D). ",
            ("LARRY BEISEL",),
            "DEFENSE ATTACHE LTC",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "USEU EconMinCouns Peter Chase for reasons 1.4 (b), (d), (e).",
            ("Peter Chase",),
            "USEU EconMinCouns",
            ("1.4(b)", "1.4(d)", "1.4(e)"),
        ),
        (
            "CHARGE D'AFFAIRS BOB MANZANARES; REASON 1.4 (B) AND (D).",
            ("BOB MANZANARES",),
            "CHARGE D'AFFAIRS",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "Deputy Political Counselor Greg D'Elia for reasons 1.4 ( b) and (d).",
            ("Greg D'Elia",),
            "Deputy Political Counselor",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "POL/Couns Michael J. Fitzpatrick. Reasons: 1.4 (B,C,D)",
            ("Michael J. Fitzpatrick",),
            "POL/Couns",
            ("1.4(b)", "1.4(c)", "1.4(d)"),
        ),
        # Two officials.
        (
            "CLASSIFIED BY AF KARL WYCOFF, ACTING AND S/CT DAS SHARI \nVILLAROSA ; E.O. 12958 "
            "REASON: 1.4 (B) AND (D)",
            ("KARL WYCOFF", "SHARI VILLAROSA"),
            "AF",
            ("1.4(b)", "1.4(d)"),
        ),
        # Colons and slashes end the title; `0` for `O`; junk after a misprinted reason.
        ("AMB:RCROCKER, Reasons 1.4 (b) and (c)", ("RCROCKER",), "AMB", ("1.4(b)", "1.4(c)")),
        (
            "Acting DCM/Ted Osius for reasons 1.4 (b and d)",
            ("Ted Osius",),
            "Acting DCM",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "AMBASSAD0R R0BIN L. RAPHEL BASED 0N 1.5 (B) \nAND (D).",
            ("R0BIN L. RAPHEL",),
            "AMBASSAD0R",
            ("1.5(b)", "1.5(d)"),
        ),
        ("CDA: Charles Barclay for reQ#8$UQ8ML#C may choke", ("Charles Barclay",), "CDA", ()),
        # Words broken across lines; a page header inside the line.
        (
            "(U) Classified by Economic Counselor Thomas Goldberger f \nor reasons 1.4 b,d.",
            ("Thomas Goldberger",),
            "Economic Counselor",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "MINISTER COUNSELOR FOR ECONOMIC AFFAIR \nS ROBERT LUKE; REASON 1.4 (B) AND (D).",
            ("ROBERT LUKE",),
            "MINISTER COUNSELOR FOR ECONOMIC AFFAIRS",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "AMBASSADOR TOM MCDONALD. \n CONFIDENTIAL \n\nPAGE 02 HARARE 03759 01 OF 03 111533Z "
            "\nREASONS: 1.5 (B) AND (D).",
            ("TOM MCDONALD",),
            "AMBASSADOR",
            ("1.5(b)", "1.5(d)"),
        ),
        # `Jr.` keeps its stop, `III` has none.
        (
            "Abassador Robert O. Blake, Jr. for reasons \n1.4 (b and (d).",
            ("Robert O. Blake, Jr.",),
            "Abassador",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "Ambassador Richard L. Baltimore, III. \nReasons: 1.4 (b) and (d).",
            ("Richard L. Baltimore, III",),
            "Ambassador",
            ("1.4(b)", "1.4(d)"),
        ),
        (
            "DCM ROBERT E. WHITEHEAD DUE TO 1,4 (C) AND (D).",
            ("ROBERT E. WHITEHEAD",),
            "DCM",
            ("1.4(c)", "1.4(d)"),
        ),
    ],
)
def test_parse_classified_by(
    text: str, names: tuple[str, ...], title: str | None, reasons: tuple[str, ...]
) -> None:
    cb = parse_classified_by(text)
    assert (cb.names, cb.title, cb.reasons) == (names, title, reasons)
    assert not cb.text.lower().startswith("classified by")


def test_reason_meanings() -> None:
    assert sorted(REASON_MEANINGS) == list("abcdefgh")
