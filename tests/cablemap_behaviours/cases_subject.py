"""SUBJECT line -> Cable.subject (whitespace collapsed, continuation lines joined).

Source: cablemap.core/tests/test_reader_subject.py. All cases go through `parse_cable`.
cablemap's `clean=True` strips a leading portion mark; we keep the subject as printed, so its
`clean=False` expectations are used where both exist (the clean=True twins are not repeated).
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case, normalise_space

CATEGORY = "subject"
SOURCE = ("test_reader_subject.py",)

C = Case
CASES: tuple[Case, ...] = (
    C(
        "subject-single-line",
        "TAGS: TAG TAG2\nSUBJECT:  SINGLE LINE SUBJECT \n\nREF: REF 1",
        "SINGLE LINE SUBJECT",
        note="cablemap's input has a literal backslash-n after the TAGS; a real newline here",
    ),
    C(
        "subject-second-line",
        "TAGS: TAG TAG2\nSUBJECT: SUBJECT WHICH HAS a \nSECOND LINE \n\nREF: REF 1",
        "SUBJECT WHICH HAS a SECOND LINE",
    ),
    C(
        "subject-stops-at-ref-trailing-space",
        "SUBJECT: SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES \nREF: A. RIYADH 1579  "
        "B. RIYADH 1408  C. RIYADH 1298\n",
        "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES",
    ),
    C(
        "subject-stops-at-ref",
        "SUBJECT: SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\nREF: A. RIYADH 1579  "
        "B. RIYADH 1408  C. RIYADH 1298\n",
        "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES",
    ),
    C(
        "subject-stops-at-ref-without-colon",
        "SUBJECT: SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\nREF A. RIYADH 1579  "
        "B. RIYADH 1408  C. RIYADH 1298\n",
        "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES",
    ),
    C(
        "subject-label-without-colon",
        "SUBJECT SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\nREF A. RIYADH 1579  "
        "B. RIYADH 1408  C. RIYADH 1298\n",
        "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES",
    ),
    C("subject-one-word-blank-line-with-space", "SUBJECT: NEGOTIATIONS \n \n", "NEGOTIATIONS"),
    C(
        "subject-stops-at-classified-by",
        "SUBJECT: A CAUCASUS WEDDING \nClassified By: Deputy Chief of Mission Daniel A. Russell. "
        "Reason 1.4 ( b, d)",
        "A CAUCASUS WEDDING",
    ),
    C(
        "subject-subj-label",
        "SUBJ: GUINEA - U.S./French Meeting with President Compaore \n\nClassified by Charge "
        "d'Affaires",
        "GUINEA - U.S./French Meeting with President Compaore",
    ),
    C(
        "subject-two-lines-then-uppercase-classified",
        "SUBJECT: UAE FM DISCUSSES TALIBAN FINANCIAL FLOWS AND REINTEGRATION \nWITH AMB. "
        "HOLBROOKE AND TREASURY A/S COHEN\nCLASSIFIED BY: Richard",
        "UAE FM DISCUSSES TALIBAN FINANCIAL FLOWS AND REINTEGRATION WITH AMB. HOLBROOKE AND "
        "TREASURY A/S COHEN",
    ),
    C(
        "subject-1966-circular-ref",
        "SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS \n\nREF: STATE 106206 CIRCULAR; "
        "STATE CA-3400 NOV 2, 1966",
        "EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS",
    ),
    C(
        "subject-keeps-portion-mark",
        "SUBJECT: (S) GERMANY TAKING ACTION ON SHIPMENT OF ...",
        "(S) GERMANY TAKING ACTION ON SHIPMENT OF ...",
        note="cablemap clean=True drops '(S) '; we keep the subject as printed",
    ),
    C(
        "subject-sentence-case-merged-line",
        "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan "
        "goes to washington: how strong a leader in the face of strong challenges?\n\n(U) Classifi",
        "turkish p.m. Erdogan goes to washington: how strong a leader in the face of strong "
        "challenges?",
    ),
    C(
        "subject-page-break-line-dropped",
        "SUBJECT: PART 3 OF 3:  THE LIFE AND TIMES OF SOUTH AFRICA'S \nNEW PRESIDENT\n"
        "PRETORIA 00000954 001.2 OF 004\n",
        "PART 3 OF 3: THE LIFE AND TIMES OF SOUTH AFRICA'S NEW PRESIDENT",
    ),
    C(
        "subject-stops-at-dash-heading",
        "SUBJECT: ZIM NOTES 11-09-2009 \n----------- \n1. SUMMARY\n----------- \n",
        "ZIM NOTES 11-09-2009",
    ),
    C(
        "subject-two-lines-blank-end",
        "TAGS: PGOV EINV INRB GM\nSUBJECT: GERMANY/BAVARIA: CSU HOPES FOR FRESH START WITH NEW AND"
        "\nYOUNGER FACES IN CABINETAND A DYNAMIC SECRETARY GENERAL \n\n",
        "GERMANY/BAVARIA: CSU HOPES FOR FRESH START WITH NEW AND YOUNGER FACES IN CABINETAND A "
        "DYNAMIC SECRETARY GENERAL",
    ),
    C(
        "subject-old-page-header-not-subject",
        "SUBJECT: ASSISTANT SECRETARY MEETS WITH ZIMBABWE \n CONFIDENTIAL\nPAGE 02 HARA",
        "ASSISTANT SECRETARY MEETS WITH ZIMBABWE",
        note="cablemap keeps the page header's ' CONFIDENTIAL'; we treat PAGE-header lines as "
        "noise (format doc 3.8/5.4)",
    ),
    C(
        "subject-stops-at-prose-line",
        "TAGS ENRG, EUN, ECON, EIND, KGHG, SENV, SW\nSUBJECT: SWEDISH DEPUTY PM URGES SENIOR USG "
        "VISITS TO SWEDEN DURING\nEU PRESIDENCY; WANTS TO LAUNCH U.S.-EU ALERNATIVE ENERGY "
        "PARTNERSHIP AT U.S.-EU SUMMIT\nThis is an Action request. Please see para 2.\n",
        "SWEDISH DEPUTY PM URGES SENIOR USG VISITS TO SWEDEN DURING EU PRESIDENCY; WANTS TO "
        "LAUNCH U.S.-EU ALERNATIVE ENERGY PARTNERSHIP AT U.S.-EU SUMMIT",
    ),
    C(
        "subject-corrected-copy-banner-not-subject",
        "C O R R E C T E D COPY//SUBJECT LINE//////////////////////////////////\n\nNOFORN\nSIPDIS\n"
        "\nEO 12958 DECL: 07/09/2018\nTAGS PREL, PTER, MOPS, IR, PK, AF, CA\n\nSUBJECT: COUNSELOR,"
        " CSIS DIRECTOR DISCUSS CT THREATS,\nPAKISTAN, AFGHANISTAN, IRAN\nREF: A. OTTAWA 360 "
        "B. OTTAWA 808 C. OTTAWA 850 D. OTTAWA 878\nOTTAWA 00000918 001.2 OF 003\n",
        "COUNSELOR, CSIS DIRECTOR DISCUSS CT THREATS, PAKISTAN, AFGHANISTAN, IRAN",
    ),
    C(
        "subject-stops-at-numbered-classified-by",
        "TAGS OVIP (CLINTON, HILLARY), PGOV, PREL, KDEV, ECON,\nNL, IS, SR\nSUBJECT: (U) Secretary "
        "Clinton's July 14 conversation\nwith Dutch Foreign Minister Verhagen\n1. Classified by "
        "Bureau Assistant Secretary Philip H. Gordon. Reason: 1.4 (d)\n2. (U) July 14; 2:45 p.m.; "
        "Washington, DC.\n3. (SBU) Participants:\n",
        "(U) Secretary Clinton's July 14 conversation with Dutch Foreign Minister Verhagen",
        note="cablemap clean=True drops '(U) '; we keep it",
    ),
    C(
        "subject-stops-at-inline-refs",
        "TAGS: ECON EINV ENRG PGOV PBTS MARR BR\n\nSUBJECT: AMBASSADOR SOBEL MEETS WITH KEY ENERGY "
        "ENTITIES IN RIO Ref(s): A) 08 RIO DE JAN 138; B) 08 RIO DE JAN 0044 and previous "
        "Sensitive But Unclassified - Please handle accordingly. This message has been approved "
        "by Ambassador Sobel. ",
        "AMBASSADOR SOBEL MEETS WITH KEY ENERGY ENTITIES IN RIO",
    ),
    C(
        "subject-stops-at-inline-classified-by",
        "SUBJECT: BRAZIL: BLACKOUT -CAUSES AND IMPLICATIONS Classified By: Charge d'Affaires "
        "Cherie Jackson, Reasons 1.4 (b) and (d). REFTELS: A) 2008 BRASILIA 672, B) 2008 BRASILIA "
        "593, C)2008 SAO PAULO 260\n",
        "BRAZIL: BLACKOUT -CAUSES AND IMPLICATIONS",
    ),
    C(
        "subject-stops-at-paragraph-one",
        "SUBJECT: MEMBERS OF CONGRESS DISCUSS BONUSES, BAIL-OUTS AND\nOTHER REFORM MEASURES WITH "
        "UK OFFICIALS\n1. (SBU) Summary. Bonuses, regulatory structures",
        "MEMBERS OF CONGRESS DISCUSS BONUSES, BAIL-OUTS AND OTHER REFORM MEASURES WITH UK "
        "OFFICIALS",
    ),
    C(
        "subject-stops-at-unmarked-paragraph",
        "SUBJECT: AARGH! SWEDISH PIRATES SET SAIL FOR BRUSSELS\n1. Summary and Comment: Sweden",
        "AARGH! SWEDISH PIRATES SET SAIL FOR BRUSSELS",
    ),
    C(
        "subject-stops-at-paragraph-summary",
        "SUBJECT: EU JHA INFORMAL MINISTERIAL\n1. Summary. EU Justice and Home...",
        "EU JHA INFORMAL MINISTERIAL",
    ),
    C(
        "subject-stops-at-inline-ref-paren-letters",
        "\nSUBJECT: CARDINAL HUMMES DISCUSSES LULA GOVERNMENT, THE OPPOSITION, AND FTAA REF: (A) "
        "05 SAO PAULO 405; (B) 05 SAO PAULO 402 (C) 02 BRASILIA 2670",
        "CARDINAL HUMMES DISCUSSES LULA GOVERNMENT, THE OPPOSITION, AND FTAA",
    ),
    C(
        "subject-stops-at-inline-ref-short",
        "SUBJECT: ENERGY INSTALLATIONS REF: BRASILIA 861",
        "ENERGY INSTALLATIONS",
    ),
    C(
        "subject-stops-at-inline-ref-then-classified",
        "TAGS: EPET ENRG ECON PREL PGOV RS\nSUBJECT: WHAT'S BEHIND THE RAIDS ON TNK-BP AND BP REF: "
        "A. MOSCOW 816 B. MOSCOW 768 C. 07 MOSCOW 3054 Classified By: Ambassador William J. Burns "
        "for Reasons 1.4 (b/d)\n",
        "WHAT'S BEHIND THE RAIDS ON TNK-BP AND BP",
    ),
    C(
        "subject-stops-at-inline-ref-paren",
        "SUBJECT: GOL DELAYS RELEASING DETAINED HUMAN RIGHTS ACTIVIST FATHI EL-JAHMI REF: A) "
        "TRIPOLI 223, B) TRIPOLI 229 \n",
        "GOL DELAYS RELEASING DETAINED HUMAN RIGHTS ACTIVIST FATHI EL-JAHMI",
    ),
    C(
        "subject-stops-at-inline-refs-label",
        "E.O. 12958: N/A \nTAGS: EAIR EINV\nSUBJECT: BRAZIL - NEXT STEPS FOR VARIG UNCLEAR REFS: "
        "(A) BRASILIA 1608, (B) BRASILIA 1631, (C) BRASILIA 1566 \n\n1. (SBU) Summary.\n",
        "BRAZIL - NEXT STEPS FOR VARIG UNCLEAR",
    ),
    C(
        "subject-after-passing-line-question-mark",
        "CAROLYN COLDREN FAA MIAMI FOR MARK RIOS \nE.O. 12958: N/A \nTAGS: EAIR EINV PGOV ETRD\n"
        "SUBJECT: BRAZILIAN GOVERNMENT INTERVENES IN VARIG - TOO LITTLE, TOO LATE? REFS: (A) "
        "BRASILIA 1839, (B) BRASILIA 1608, (C) BRASILIA 1566 \n\n1. (SBU) Summary.",
        "BRAZILIAN GOVERNMENT INTERVENES IN VARIG - TOO LITTLE, TOO LATE?",
    ),
    C(
        "subject-stops-at-refs-line",
        "TAGS ECON PREL PINR UZ \nSUBJECT: GULNORA INC. STRIKES AGAIN \nREFS: A) 04 TASHKENT 3390 "
        "B) 04 TASHKENT 2574 and previous\n\nCLASSIFIED BY AMB. JON R. PURNELL, FOR REASONS 1.4 "
        "(B, D)\n\n1. (C) ",
        "GULNORA INC. STRIKES AGAIN",
    ),
    C(
        "subject-mixed-case-with-parentheses",
        "TAGS: OEXC SCUL KPAO IC\n \nSUBJECT: Grants Support for PD Projects (Iceland) \n \nREF:  "
        "STATE 105588 ",
        "Grants Support for PD Projects (Iceland)",
    ),
)


def run(case: Case) -> Any:
    from cablebase.telegram.parse import parse_cable

    return normalise_space(parse_cable(case.text).subject)
