"""TAGS line -> Cable.tags (upper-cased, cable order, duplicates dropped, fused tags split).

Source: cablemap.core/tests/test_reader_tags.py. `via="cable"`: the label and its surroundings
matter, so the text goes to `parse_cable`; `via="unit"`: the value after the label goes to
`parse_tags`. cablemap's order is the cable's order too, so its expectations carry over as they are,
except where a note says otherwise. Its "TAGS: something\\nhere" cases (a non-comma continuation
line ignored) are left out: our format reference treats such a line as a continuation.
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case

CATEGORY = "tags"
SOURCE = ("test_reader_tags.py",)

C = Case
CASES: tuple[Case, ...] = (
    C("tags-colon-label", "TAGS: something", ("SOMETHING",)),
    C("tags-colon-label-newline", "TAGS: something\n", ("SOMETHING",)),
    C("tags-comma-continuation", "TAGS: something, \nhere", ("SOMETHING", "HERE")),
    C("tags-comma-continuation-no-space", "TAGS: something,\nhere", ("SOMETHING", "HERE")),
    C("tags-label-without-colon", "TAGS something", ("SOMETHING",)),
    C(
        "tags-label-without-colon-comma-continuation",
        "TAGS something, \nhere",
        ("SOMETHING", "HERE"),
    ),
    C("tags-odd-case-label", "tAgs something", ("SOMETHING",)),
    C("tags-odd-case-label-colon-continuation", "tAgs: something,\nhere", ("SOMETHING", "HERE")),
    C(
        "tags-space-separated",
        "TAGS: PREL ECON EFIN ELAB PGOV FR",
        ("PREL", "ECON", "EFIN", "ELAB", "PGOV", "FR"),
    ),
    C(
        "tags-lowercase-label-no-colon",
        "tags PREL ECON EFIN ELAB PGOV FR",
        ("PREL", "ECON", "EFIN", "ELAB", "PGOV", "FR"),
    ),
    C(
        "tags-comma-separated",
        "TAGS ECON, PGOV, EFIN, MOPS, PINR, UK",
        ("ECON", "PGOV", "EFIN", "MOPS", "PINR", "UK"),
    ),
    C(
        "tags-singular-label",
        "TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP",
        ("PTER", "PGOV", "ASEC", "EFIN", "ENRG", "KCIP"),
    ),
    C(
        "tags-merged-eo-and-subject",
        "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu \nSubject: turkish p.m. Erdogan "
        "goes to washington: how strong a leader in the face of strong challenges?\n\n(U) Classifi",
        ("PREL", "PGOV", "PINS", "TU"),
    ),
    C(
        "tags-person-in-parentheses-and-continuation",
        "E.o. 12958: decl: after korean unification\nTags: ovip (steinberg, james b.), prel, parm, "
        "pgov, econ,\netra, mnuc, marr, ch, jp, kn, ks, ir\nSubject: deputy secretary steinberg's "
        "meeting with xxxxx\nforeign minister he yafei, september 29, 2009",
        (
            "OVIP",
            "STEINBERG, JAMES B.",
            "PREL",
            "PARM",
            "PGOV",
            "ECON",
            "ETRA",
            "MNUC",
            "MARR",
            "CH",
            "JP",
            "KN",
            "KS",
            "IR",
        ),
    ),
    C(
        "tags-stop-before-subject",
        "TAGS: ECON EINV ENRG PGOV PBTS MARR BR\n\nSUBJECT: AMBASSADOR SOBEL MEETS WITH KEY ENERGY "
        "ENTITIES IN RIO Ref(s): A) 08 RIO DE JAN 138",
        ("ECON", "EINV", "ENRG", "PGOV", "PBTS", "MARR", "BR"),
    ),
    C(
        "tags-duplicates-and-fused-repeats",
        "\nEO 12958 DECL: 03/05/2007\nTAGS PHUM, OPRC, OPRC, OPRC, OPRC, IT, ITPHUM, ITPHUM, "
        "ITPHUM, HUMAN RIGHTS\nSUBJECT: AS PREDICTED, ITALY'S HUMAN RIGHTS REPORT\nGENERATES "
        "FODDER FOR DOMESTIC POLITICAL MILLS",
        ("PHUM", "OPRC", "IT", "HUMAN RIGHTS"),
    ),
    C(
        "tags-person-without-comma-and-continuation",
        "E.O. 12958: DECL: 02/05/2019\nTAGS: OVIP CLINTON HILLARY PREL KPAL FR IR RS\nNATO, UK, CN\n"
        "SUBJECT: (U) Secreta",
        ("OVIP", "CLINTON, HILLARY", "PREL", "KPAL", "FR", "IR", "RS", "NATO", "UK", "CN"),
    ),
    C(
        "tags-person-steinberg",
        "OVIP STEINBERG JAMES PREL MNUC SN CH KN",
        ("OVIP", "STEINBERG, JAMES", "PREL", "MNUC", "SN", "CH", "KN"),
        via="unit",
        note="cablemap expands to its canonical 'STEINBERG, JAMES B.'; we only ask for the "
        "'SURNAME, GIVEN' form of what is printed",
    ),
    C(
        "tags-person-biden",
        "E.O. 12958: DECL: 04/07/2019\nTAGS: OVIP BIDEN JOSEPH PREL ECON PGOV SOCI EU\n"
        "SUBJECT: VICE PRESIDENT BIDEN'S MARCH 28 MEETING WITH PRIME",
        ("OVIP", "BIDEN, JOSEPH", "PREL", "ECON", "PGOV", "SOCI", "EU"),
    ),
    C(
        "tags-person-rice-and-continuation",
        "E.O. 12958: DECL: 09/17/2018\nTAGS: OVIP RICE CONDOLEEZZA PREL PHSA SP KV CU\nBL, IS\n"
        "SUBJECT: Secretary Rice",
        ("OVIP", "RICE, CONDOLEEZZA", "PREL", "PHSA", "SP", "KV", "CU", "BL", "IS"),
    ),
    C(
        "tags-free-text-counter-terrorism",
        "MASS MOPS OVIP PARM PINR PREL PTER YM COUNTER TERRORISM",
        ("MASS", "MOPS", "OVIP", "PARM", "PINR", "PREL", "PTER", "YM", "COUNTERTERRORISM"),
        via="unit",
    ),
    C(
        "tags-free-text-comma-separated",
        "PGOV, PREL, KWBG, IR, IS, COUNTERTERRORISM, GOI EXTERNAL ",
        ("PGOV", "PREL", "KWBG", "IR", "IS", "COUNTERTERRORISM", "GOI EXTERNAL"),
        via="unit",
    ),
    C("tags-misspelled-mopps", "PTER MARR, MOPPS", ("PTER", "MARR", "MOPS"), via="unit"),
    C(
        "tags-free-text-phrases",
        "IS ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL",
        ("IS", "ISRAELI PALESTINIAN AFFAIRS", "GOI", "EXTERNAL"),
        via="unit",
    ),
    C(
        "tags-free-text-two-phrases",
        "IS GAZA DISENGAGEMENT ISRAELI PALESTINIAN AFFAIRS",
        ("IS", "GAZA DISENGAGEMENT", "ISRAELI PALESTINIAN AFFAIRS"),
        via="unit",
    ),
    C(
        "tags-person-zoellick",
        "PREL PGOV BR OVIP ZOELLICK ROBERT US",
        ("PREL", "PGOV", "BR", "OVIP", "ZOELLICK, ROBERT", "US"),
        via="unit",
    ),
    C(
        "tags-damaged-label-ags",
        "DECL: 08/22/2017 AGS: PGOV, PREL, ECON, SOCI, AR",
        ("PGOV", "PREL", "ECON", "SOCI", "AR"),
    ),
    C(
        "tags-merged-line-sentence-case",
        "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan "
        "goes to washington: how strong a leader in the face of strong challenges?\n",
        ("PREL", "PGOV", "PINS", "TU"),
    ),
    C(
        "tags-after-passing-lines",
        "SIPDIS \n \nSTATE FOR G/TIP \nBAGHDAD FOR AMBASSADOR ERELI \n \nE.O. 12958: DECL: "
        "07/24/2018 \nTAGS: KCRM KWMN ASEC PHUM BA\nSUBJECT: BAHRAIN SEEKS IOM'S ASSISTANCE TO "
        "COMBAT TIP \n \nREF: A. MANAMA",
        ("KCRM", "KWMN", "ASEC", "PHUM", "BA"),
    ),
    C(
        "tags-fused-geo-suffix",
        "\nE.O. 1295: DECL: 07/24/2018 \nTAGS: KCRM KWMN ASEC PHUMBA\nSUBJECT: BAHRAIN SEEKS IOM'S "
        "ASSISTANCE TO COBAT TIP\n",
        ("KCRM", "KWMN", "ASEC", "PHUM", "BA"),
    ),
    C(
        "tags-after-passing-line-with-parentheses",
        "SIPDIS \n \nDEPT NEA/MAG (JOHNSON), INR (HOFSTATTER) \n \nE.O. 12958: DECL:  1/20/2019 \n"
        "TAGS: PGOV PREL ECON EFIN SCUL EPET PHUM KDEM LY\nSUBJECT: LIBYA POSTPONES GENERAL "
        "PEOPLE'S CONGRESS, WALKS BACK FROM WEALTH DISTRIBUTION AND PRIVATIZATION PLANS  \n",
        ("PGOV", "PREL", "ECON", "EFIN", "SCUL", "EPET", "PHUM", "KDEM", "LY"),
    ),
    C(
        "tags-thirty-letter-run-on-merged-line",
        "POSTS FOR FRAUD PREVENTION UNITS E.O. 12958: N/A TAGS: KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG"
        "\n\nSUBJECT: BLIND COPTIC GIRLS' CHOIR USED FOR ALIEN SMUGGLING REF: CAIRO 2178\n\n"
        "1.(SBU) Summary:",
        ("KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG"),
    ),
    C(
        "tags-misspelled-unesco",
        "PREL SCUL ETRD CS UNDESCO",
        ("PREL", "SCUL", "ETRD", "CS", "UNESCO"),
        via="unit",
    ),
    C(
        "tags-free-text-fused-with-codes",
        "MARR PREL PINS EWWT MOPS PM LABOR HUMAN RIGHTSPOLMIL",
        ("MARR", "PREL", "PINS", "EWWT", "MOPS", "PM", "LABOR", "HUMAN RIGHTS", "POL", "MIL"),
        via="unit",
    ),
    C(
        "tags-fused-run-with-geo",
        "ETRDEINVECINPGOVCS",
        ("ETRD", "EINV", "ECIN", "PGOV", "CS"),
        via="unit",
    ),
    C(
        "tags-fused-in-the-middle-and-continuation",
        "SIPDIS \n \nE.O. 12958: N/A \nTAGS: KFLU AEMR ASEC AMEDCASCKFLO TBIO KSAF KPAO PREL\n"
        "PINR, AMGT, TF, BR \nSUBJECT: TFFLU01: H1N1 INFLUENZA OUTBREAK AND BRAZIL:  SITREP # 5",
        (
            "KFLU",
            "AEMR",
            "ASEC",
            "AMED",
            "CASC",
            "KFLO",
            "TBIO",
            "KSAF",
            "KPAO",
            "PREL",
            "PINR",
            "AMGT",
            "TF",
            "BR",
        ),
    ),
    C(
        "tags-repeated-block-with-fused-geo",
        "PREL PGOV PHUM VT PGOV PHUM VT VE VEPREL",
        ("PREL", "PGOV", "PHUM", "VT", "VE"),
        via="unit",
    ),
    C(
        "tags-many-repeats-comma",
        "PREL, PHUM, IS, EG, CH, ID, PHUM, IS, EG, CH, ID, PHUM, IS, EG, CH, ID, PHUM, IS, EG, CH, "
        "ID, VT, VTPREL, VTPREL, VTPREL ",
        ("PREL", "PHUM", "IS", "EG", "CH", "ID", "VT"),
        via="unit",
    ),
    C(
        "tags-free-text-economic-affairs",
        "ECON ETRD EFIN PTER SNAR PM ECONOMIC AFFAIRS",
        ("ECON", "ETRD", "EFIN", "PTER", "SNAR", "PM", "ECONOMIC AFFAIRS"),
        via="unit",
    ),
    C(
        "tags-person-bush",
        "OVIP BUSH GEORGE PREL PGOV SOCI EPET KTIA BR",
        ("OVIP", "BUSH, GEORGE", "PREL", "PGOV", "SOCI", "EPET", "KTIA", "BR"),
        via="unit",
    ),
    C(
        "tags-three-persons-and-phrase",
        "CASC CJAN SNAR PHUM CU PM NOVO GUILLERMO REMON PEDRO JIMENEZ GASPAR CONSULAR AFFAIRS",
        (
            "CASC",
            "CJAN",
            "SNAR",
            "PHUM",
            "CU",
            "PM",
            "NOVO, GUILLERMO",
            "REMON, PEDRO",
            "JIMENEZ, GASPAR",
            "CONSULAR AFFAIRS",
        ),
        via="unit",
    ),
    C(
        "tags-free-text-global-defense",
        "MARR PREL ETTC EIND IT GLOBAL DEFENSE",
        ("MARR", "PREL", "ETTC", "EIND", "IT", "GLOBAL DEFENSE"),
        via="unit",
    ),
    C(
        "tags-free-text-economy-and-finance",
        "ECON ETRD PREL PGOV PTER KWBG JO IS ECONOMY AND FINANCE",
        ("ECON", "ETRD", "PREL", "PGOV", "PTER", "KWBG", "JO", "IS", "ECONOMY AND FINANCE"),
        via="unit",
    ),
    C(
        "tags-repeats-fused-and-free-text",
        "PREL MARR MOPS IT MARR MOPS IT MARR MOPS IT MARR MOPS IT MARR MOPS IT MARR MOPS IT IZ "
        "IZPREL IZPREL IZPREL IZPREL IZPREL IRAQI FREEDOM",
        ("PREL", "MARR", "MOPS", "IT", "IZ", "IRAQI FREEDOM"),
        via="unit",
    ),
    C(
        "tags-several-phrases",
        "PREL PGOV CVIS IT ITALY NATIONAL ELECTIONS ITALIAN POLITICS IRAQI FREEDOM",
        (
            "PREL",
            "PGOV",
            "CVIS",
            "IT",
            "ITALY NATIONAL ELECTIONS",
            "ITALIAN POLITICS",
            "IRAQI FREEDOM",
        ),
        via="unit",
    ),
    C(
        "tags-phrases-persons-and-fused",
        "DOMESTIC POLITICS MASSMNUC KNNPMNUC MEETINGS WITH AMBASSADOR NEW ZEALAND ROOD JOHN CROS "
        "GERARD ZANU-PF COUNTRY CLEARANCE",
        (
            "DOMESTIC POLITICS",
            "MASS",
            "MNUC",
            "KNNP",
            "MEETINGS WITH AMBASSADOR",
            "NEW ZEALAND",
            "ROOD, JOHN",
            "CROS, GERARD",
            "ZANU-PF",
            "COUNTRY CLEARANCE",
        ),
        via="unit",
    ),
    C(
        "tags-continuation-then-inline-subject",
        "E.O. 12958: DECL: 09/22/2019 \nTAGS: PREL PGOV KPAL ETRD KNNP PARM SENV MARR MNUC\nECON, "
        "PHUM, RS, IS, IR, GG, AF, UK SUBJECT: MILIBAND'S RUSSIA TRIP AIMS TO MOVE BILATERAL "
        "RELATIONSHIP FORWARD  REF: LONDON DAILY 11/3/09  Classified By: Deputy Chief of Mission "
        "Richard LeBaron, reasons 1.4 (b,d).  ",
        (
            "PREL",
            "PGOV",
            "KPAL",
            "ETRD",
            "KNNP",
            "PARM",
            "SENV",
            "MARR",
            "MNUC",
            "ECON",
            "PHUM",
            "RS",
            "IS",
            "IR",
            "GG",
            "AF",
            "UK",
        ),
    ),
    C(
        "tags-sipdis-is-not-a-tag",
        "E.O. 12958: N/A \nTAGS: ECON ETRD PGOV CA MX SIPDIS\nSUBJECT: TRILATERAL REGULATORY "
        "COOPERATION MEETING UNDER \nSPP: INFORMATION SHARING ",
        ("ECON", "ETRD", "PGOV", "CA", "MX"),
    ),
)


def run(case: Case) -> Any:
    if case.via == "unit":
        from cablebase.telegram.values import parse_tags

        return tuple(parse_tags(case.text))
    from cablebase.telegram.parse import parse_cable

    return tuple(parse_cable(case.text).tags)
