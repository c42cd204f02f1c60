"""REF blocks -> the cable IDs they cite, in order.

Source: cablemap.core/tests/test_reader_references.py and test_reader_references_ng.py.
`via="block"`: the text after the `REF:` label goes to `parse_references` with the citing cable's
year/origin/serial. `via="cable"`: a header fragment goes to `parse_cable` (the envelope carries the
citing ID). `via="kinds"`: like "block" but compares the `kind` of every item (e-mail detection).
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case, split_id

CATEGORY = "references"
SOURCE = ("test_reader_references.py", "test_reader_references_ng.py")

C = Case
CASES: tuple[Case, ...] = (
    # --- lettered items on one line, explicit and implied years ---
    C(
        "references-one-line-fifteen-items",
        "A. TBILISI 1605  B. TBILISI 1352  C. TBILISI 1100  D. 06 TBILISI 2601  E. 06 TBILISI 2590  "
        "F. 06 TBILISI 2425  G. 06 TBILISI 2390  H. 06 TBILISI 1532  I. 06 STATE 80908  "
        "J. 06 TBILISI 1064  K. 06 TBILISI 0619  L. 06 TBILISI 0397  M. 06 MOSCOW 0546  "
        "N. 06 TBILISI 0140  O. 05 TBILISI 3171",
        (
            "07TBILISI1605",
            "07TBILISI1352",
            "07TBILISI1100",
            "06TBILISI2601",
            "06TBILISI2590",
            "06TBILISI2425",
            "06TBILISI2390",
            "06TBILISI1532",
            "06STATE80908",
            "06TBILISI1064",
            "06TBILISI619",
            "06TBILISI397",
            "06MOSCOW546",
            "06TBILISI140",
            "05TBILISI3171",
        ),
        via="block",
        ref_id="07TBILISI1732",
    ),
    C(
        "references-skip-iir-items",
        "A. PARIS 1501\nB. PARIS 1568\nC. HOTR WASHINGTON DC//USDAO PARIS (SUBJ: IIR 6 832\n"
        "0617 08)\nD. HOTR WASHINGTON DC//USDAO PARIS (SUBJ: IIR 6 832\n0626 08) ",
        ("08PARIS1501", "08PARIS1568"),
        via="block",
        ref_id="08PARIS1698",
    ),
    C(
        "references-two-digit-years",
        "A. 05 PARIS 5459 \nB. 06 PARIS 5733",
        ("05PARIS5459", "06PARIS5733"),
        via="block",
        ref_id="08PARIS1501",
    ),
    C(
        "references-paren-letters-and-email",
        "A) TALLINN 366 B) LEE-GOLDSTEIN EMAIL 05/11/07 \nB) TALLINN 347 ",
        ("07TALLINN366", "07TALLINN347"),
        via="block",
        ref_id="07TALLINN375",
    ),
    C(
        "references-semicolons-and-previous",
        "A) STATE 135205; B) STATE 127608; C) JOHNSON-STEVENS/GODFREY E-MAIL 10/15/07; "
        "D) TRIPOLI 797; E) TRIPOLI 723 AND PREVIOUS",
        ("07STATE135205", "07STATE127608", "07TRIPOLI797", "07TRIPOLI723"),
        via="block",
        ref_id="07TRIPOLI943",
    ),
    C(
        "references-post-with-space",
        "LA PAZ 2974",
        ("07LAPAZ2974",),
        via="block",
        ref_id="07STATE156011",
    ),
    C(
        "references-doubled-letter",
        "A. (A) PARIS 7682 AND PREVIOUS ",
        ("05PARIS7682",),
        via="block",
        ref_id="05PARIS7835",
    ),
    C(
        "references-doubled-letter-with-report",
        "A. (A) PARIS 7682 AND PREVIOUS \n\nB. (B) EMBASSY PARIS DAILY REPORT FOR OCTOBER 28 - \n"
        "NOVEMBER 16 (PARIS SIPRNET SITE) \nC. (C) PARIS 7527 ",
        ("05PARIS7682", "05PARIS7527"),
        via="block",
        ref_id="05PARIS7835",
    ),
    C(
        "references-osc-items-and-page-break",
        "\nSUBJECT: UPDATES IN SPAIN'S INVESTIGATIONS OF RUSSIAN MAFIA \nREF: A. OSC "
        "EUP20080707950031  B. OSC EUP20081019950022  C. OSC EUP20090608178005  D. MADRID 286  "
        "E. OSC EUP20050620950076  F. OSC EUP20080708950049  G. OSC EUP20081029950032  "
        "H. OSC EUP 20061127123001\nMADRID 00000869 001.2 OF 004\n",
        ("09MADRID286",),
        ref_id="09MADRID869",
    ),
    C(
        "references-glued-paren-letters-zero-padded",
        "(A)STATE 071143, (B)STATE 073601, (C)STATE 72896, (D)BEIJING \n5361, (E) STATE 148514",
        ("07STATE71143", "07STATE73601", "07STATE72896", "07BEIJING5361", "07STATE148514"),
        via="block",
        ref_id="07STATE152317",
    ),
    C(
        "references-four-digit-years",
        "A. MANAGUA 520 \nB. MANAGUA 500 \nC. MANAGUA 443 \nD. MANAGUA 340 \nE. MANAGUA 325 \n"
        "F. MANAGUA 289 \nG. MANAGUA 263 \nH. MANAGUA 130 \nI. 2007 MANAGUA 2135 \n"
        "J. 2007 MANAGUA 1730 \nK. 2007 MANAGUA 964 \nL. 2006 MANAGUA 2611 ",
        (
            "08MANAGUA520",
            "08MANAGUA500",
            "08MANAGUA443",
            "08MANAGUA340",
            "08MANAGUA325",
            "08MANAGUA289",
            "08MANAGUA263",
            "08MANAGUA130",
            "07MANAGUA2135",
            "07MANAGUA1730",
            "07MANAGUA964",
            "06MANAGUA2611",
        ),
        via="block",
        ref_id="08MANAGUA573",
    ),
    C(
        "references-circular-and-airgram",
        "STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966 ",
        ("66STATE106206",),
        via="block",
        ref_id="66BUENOSAIRES2481",
    ),
    C(
        "references-email-only-no-cable",
        "EMBASSY MADRID E-MAIL TO EUR/WE OF OCTOBER 14\n",
        (),
        via="block",
        ref_id="04MADRID4063",
    ),
    C(
        "references-secstate-hanging-indent",
        "A. SECSTATE 74879 \n     B. RIYADH 43 \n",
        ("08STATE74879", "08RIYADH43"),
        via="block",
        ref_id="08RIYADH1134",
    ),
    C(
        "references-refs-label-inline-after-subject",
        "TAGS: ECON EINV ENRG PGOV PBTS MARR BR\n\nSUBJECT: AMBASSADOR SOBEL MEETS WITH KEY ENERGY "
        "ENTITIES IN RIO Ref(s): A) 08 RIO DE JAN 138; B) 08 RIO DE JAN 0044 and previous "
        "Sensitive But Unclassified - Please handle accordingly. This message has been approved "
        "by Ambassador Sobel. ",
        ("08RIODEJANEIRO138", "08RIODEJANEIRO44"),
        ref_id="08RIODEJANEIRO165",
        note="page-break truncation 'RIO DE JAN' (10 characters) must resolve to RIODEJANEIRO",
    ),
    C(
        "references-letter-plus-paren-letter-then-classified-by",
        "A. A) SECSTATE 54183 B. B) 07 BRASILIA 1868 C. C) STATE 57700 D. 07 STATE 17940 "
        "Classified By: DCM Phillip Chicola, Reason 1.5 (d) ",
        ("08STATE54183", "07BRASILIA1868", "08STATE57700", "07STATE17940"),
        via="block",
        ref_id="08BRASILIA806",
        note="the block runs into the Classified By line: it must not leak IDs or text",
    ),
    C(
        "references-program-ref-label",
        "\nPROGRAM REF: A. A) SECSTATE 54183 B. B) 07 BRASILIA 1868 C. C) STATE 57700 "
        "D. 07 STATE 17940 Classified By: DCM Phillip Chicola, Reason 1.5 (d) ",
        ("08STATE54183", "07BRASILIA1868", "08STATE57700", "07STATE17940"),
        ref_id="08BRASILIA806",
    ),
    C(
        "references-ref-after-subject-without-label-line",
        "\nSUBJECT: CARDINAL HUMMES DISCUSSES LULA GOVERNMENT, THE OPPOSITION, AND FTAA REF: "
        "(A) 05 SAO PAULO 405; (B) 05 SAO PAULO 402 (C) 02 BRASILIA 2670",
        ("05SAOPAULO405", "05SAOPAULO402", "02BRASILIA2670"),
        ref_id="06SAOPAULO276",
    ),
    C(
        "references-secdef-dtg-not-a-cable",
        "A. BERLIN 1045\nB. SECDEF MSG DTG 301601z SEP 08",
        ("08BERLIN1045",),
        via="block",
        ref_id="08BERLIN1387",
    ),
    C(
        "references-stop-at-sentence-case-banner",
        "\nREF: A. 08 STATE 81854\n\n\nS e c r e t nairobi 001938",
        ("08STATE81854",),
        ref_id="09NAIROBI1938",
    ),
    C(
        "references-old-page-header-inside-block",
        "A. STATE 40721\n CONFIDENTIAL\nPAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098  "
        "C. ROME 894  D. MYRIAD POST-DEPARTMENT E-MAILS FROM 10/01-02/02  E. ROME 348\n",
        ("02STATE40721", "02ROME1098", "02ROME894", "02ROME348"),
        via="block",
        ref_id="02ROME1196",
        note="cablemap's input has a literal backslash-n before PAGE; we use a real newline",
    ),
    C(
        "references-stop-at-first-paragraph",
        "\nREF: TRIPOLI 115\n\n1.(SBU) This is an action request; please see para 4.\n\n",
        ("10TRIPOLI115",),
        ref_id="10TRIPOLI167",
    ),
    C(
        "references-inline-after-subject-short",
        "SUBJECT: ENERGY INSTALLATIONS REF: BRASILIA 861",
        ("06BRASILIA861",),
        ref_id="06BRASILIA882",
    ),
    C(
        "references-inline-then-classified-by",
        "TAGS: EPET ENRG ECON PREL PGOV RS\nSUBJECT: WHAT'S BEHIND THE RAIDS ON TNK-BP AND BP "
        "REF: A. MOSCOW 816 B. MOSCOW 768 C. 07 MOSCOW 3054 Classified By: Ambassador William J. "
        "Burns for Reasons 1.4 (b/d)\n",
        ("08MOSCOW816", "08MOSCOW768", "07MOSCOW3054"),
        ref_id="08MOSCOW864",
    ),
    C(
        "references-own-page-break-not-a-reference",
        "A) TRIPOLI 199, B) TRIPOLI 227 TRIPOLI 00000402 \n\n001.2 OF 003 ",
        ("08TRIPOLI199", "08TRIPOLI227"),
        via="block",
        ref_id="08TRIPOLI402",
        note="the citing cable's own page-break line must not become 08TRIPOLI402",
    ),
    C(
        "references-secdef-dtg-only",
        "\nE.O. 12958: N/A TAGS: AMGT\n\nSUBJECT: UK COUNTRY CLEARANCE IS GRANTED TO STAMILIO, "
        "LTC DODSON AND LTCOL HAVRANEK REF: SECDEF R162245Z OCT 08\n\n1.Embassy London is pleased "
        "to grant country clearance to Mr. Mark Stamilio.\n",
        (),
        ref_id="08LONDON2627",
    ),
    C(
        "references-dtg-report-skipped",
        "A. A) BRASILIA 236 B. B) OSD REPORT DTG 251847Z MAR 08 C. C) BRASILIA 175 \n",
        ("08BRASILIA236", "08BRASILIA175"),
        via="block",
        ref_id="08BRASILIA429",
    ),
    C(
        "references-paris-points-skipped",
        "A. PARIS POINTS JULY 15  B. PARIS POINTS JULY 6  C. PARIS POINTS APRIL 10  D. PARIS 1025\n",
        ("09PARIS1025",),
        via="block",
        ref_id="09PARIS1039",
    ),
    C(
        "references-pilcrow-letter",
        "\nSUBJECT: GERMANY: BUNDESTAG SET TO RENEW A BEEFED-UP ISAF\nMANDATE AND A SCALED-DOWN OEF "
        "COUNTERPART\n\nREF: A. BERLIN 1045 \n\u00b6B. SECDEF MSG DTG 301601z SEP 08\n\n"
        "Classified By: CHARGE D'AFFAIRES",
        ("08BERLIN1045",),
        ref_id="08BERLIN1387",
    ),
    C(
        "references-sentence-case-ref-block",
        "\nSubject: (s) further scheming by german firm to export\ntest chamber to iranian ballistic "
        "missile program\n\nRef: a. 05 state 201650\n\nB. 05 berlin 3726\nc. 05 state 211408\n"
        "d. 05 berlin 3954\ne. 06 state 36325\nf. 06 berlin 674\ng. 06 state 62278\n"
        "h. 06 berlin 1123\ni. 06 state 70328\nj. 06 berlin 1229\nk. 06 berlin 1550\n"
        "l. Mtcr poc 201/2006 - may 16 2006\nm. 07 state 75839\nn. 07 berlin 1137\n"
        "o. 07 state 108420\np. 07 berlin 002163\nq. 07 state 166482\nr. 07 berlin 2216\n\n"
        "Classified By: ISN/MTR DIRECTOR PAM DURHAM\nfor reasons 1.4 (b), (d).\n",
        (
            "05STATE201650",
            "05BERLIN3726",
            "05STATE211408",
            "05BERLIN3954",
            "06STATE36325",
            "06BERLIN674",
            "06STATE62278",
            "06BERLIN1123",
            "06STATE70328",
            "06BERLIN1229",
            "06BERLIN1550",
            "07STATE75839",
            "07BERLIN1137",
            "07STATE108420",
            "07BERLIN2163",
            "07STATE166482",
            "07BERLIN2216",
        ),
        ref_id="08STATE15220",
    ),
    C(
        "references-many-posts-mixed-years",
        "A. PARIS 399 \nB. KINSHASA 291 \nC. BRAZZAVILLE 101 \nD. NIAMEY 234 \nE. 08 PARIS 1501 \n"
        "F. 08 PARIS 1568 \nG. 08 PARIS 1698 \n",
        (
            "09PARIS399",
            "09KINSHASA291",
            "09BRAZZAVILLE101",
            "09NIAMEY234",
            "08PARIS1501",
            "08PARIS1568",
            "08PARIS1698",
        ),
        via="block",
        ref_id="09PARIS504",
    ),
    C(
        "references-the-hague-with-space",
        "A. THE HAGUE 109\nB. THE HAGUE 108\nC. THE HAGUE 097\nD. 09 THE HAGUE 759\n",
        ("10THEHAGUE109", "10THEHAGUE108", "10THEHAGUE97", "09THEHAGUE759"),
        via="block",
        ref_id="10THEHAGUE114",
    ),
    C(
        "references-emails-only",
        "A. RICHARD-WITMER EMAIL 10/9 \n\nB. WITMER-HOLLIDAY EMAILS 9-22 THRU 10-7 ",
        (),
        via="block",
        ref_id="03THEHAGUE2597",
    ),
    C(
        "references-label-without-colon-and-page-break",
        "SUBJECT: IRISL'S UNINSURED FLEET AND EVASIVE ACTIONS NECESSITATE DENIAL OF PORT ENTRY "
        "WORLDWIDE \n\nREF A) LONDON 002351 B) STATE 069339 C) STATE 094723 D) STATE 104496 "
        "E) STATE 108151 F) HAMILTON 00014 G) STATE 125339 H) STATE 1760 I) STATE 52348 "
        "J) STATE 121818 K) STATE 115243 L) STATE 90303 STATE 00016220 001.2 OF 005 M) STATE 7877 "
        "N) SINGAPORE 00083 O) UNSCR 1737 SANCTIONS COMMITTEE IMPLEMENTATION ASSISTANCE NOTICE- "
        "24 JULY 2009 P) UNSCR 1737 SANCTIONS COMMITTEE IMPLEMENTATION ASSISTANCE NOTICE- "
        "20 JANUARY 2010\n\n1. (U) This",
        (
            "10LONDON2351",
            "10STATE69339",
            "10STATE94723",
            "10STATE104496",
            "10STATE108151",
            "10HAMILTON14",
            "10STATE125339",
            "10STATE1760",
            "10STATE52348",
            "10STATE121818",
            "10STATE115243",
            "10STATE90303",
            "10STATE7877",
            "10SINGAPORE83",
        ),
        ref_id="10STATE16220",
    ),
    C(
        "references-secdef-serial-and-four-digit-years",
        "SECDEF 122723; CAIRO IIR 6 899 0149 10; 2009 CAIRO 2394 \n2009 CAIRO 491 \n",
        ("10SECDEF122723", "09CAIRO2394", "09CAIRO491"),
        via="block",
        ref_id="10CAIRO177",
        note="older cablemap expected 10STATE122723; its c14n tests keep SECDEF as SECDEF",
    ),
    C(
        "references-glued-to-subject",
        "SUBJECT: (C/NF) WHO WOULD REPLACE GORDON BROWN AS UK PRIMEREF: A. LONDON 1939  "
        "B. LONDON 1704",
        ("08LONDON1939", "08LONDON1704"),
        ref_id="08LONDON1991",
    ),
    C(
        "references-glued-to-subject-short",
        "SUBJECT: FBI DIRECTOR MUELLER'S VISIT TO EGYPTREF: CAIRO 493\n\nClassified by DCM Stua",
        ("06CAIRO493",),
        ref_id="06CAIRO941",
    ),
    C(
        "references-refs-label-mixed-case-posts",
        "E.O. 12958: N/A \nTAGS: KIPR ECON ETRD KCRM PGOV BR IPR\n\nSUBJECT: BRAZIL - 2004 SPECIAL "
        "301 RESPONSE \n\nRefs: A) State 29549 \nB) Sao Paulo 276 \nC) Rio de Janeiro 128 \n"
        "D) Brasilia 313 \nE) Brasilia 222 \nF) Brasilia 202 \nG) 2003 Sao Paulo 2199 \n"
        "H) 2003 Brasilia 3868 \nI) 2003 Brasilia 3138 \nJ) 2003 Brasilia 3122 \n"
        "K) 2003 Brasilia 2943 \nL) 2003 Sao Paulo 1186 \n",
        (
            "04STATE29549",
            "04SAOPAULO276",
            "04RIODEJANEIRO128",
            "04BRASILIA313",
            "04BRASILIA222",
            "04BRASILIA202",
            "03SAOPAULO2199",
            "03BRASILIA3868",
            "03BRASILIA3138",
            "03BRASILIA3122",
            "03BRASILIA2943",
            "03SAOPAULO1186",
        ),
        ref_id="04BRASILIA445",
    ),
    C(
        "references-stop-at-sbu-caption",
        "\nE.O. 12958: N/A TAGS: PGOV PHUM KCRM SOCI SNAR ASEC BR\n\nREF: (A) Sao Paulo 526; \n"
        "(B) Sao Paulo 319; \n(C) Sao Paulo 42; \n(D) 05 Sao Paulo 975 \n\n"
        "SENSITIVE BUT UNCLASSIFIED\n",
        ("06SAOPAULO526", "06SAOPAULO319", "06SAOPAULO42", "05SAOPAULO975"),
        ref_id="06SAOPAULO532",
    ),
    C(
        "references-after-eo-and-tags-on-one-line",
        "\nE.O. 12958:DECL: 03/18/2018   TAGS: PGOV PREL PINR PE\n\nREF: A. LIMA 0389        \n"
        "B. LIMA 3853        \nC. LIMA 0390      \n\nClassified By: \n",
        ("08LIMA389", "08LIMA3853", "08LIMA390"),
        ref_id="08LIMA480",
    ),
    C(
        "references-after-damaged-subject-label",
        "\nUBJECT: BAHRAIN WILL FORMALLY REQUEST QATAR TO EXECUTE LEGAL JUDGMENT AGAINST KHALIFA "
        "AL SUBAIE REF: A. A) MANAMA 20 \nB. B) 2/22/08 GRAY-ERELI E-MAIL \n\nClassified By",
        ("08MANAMA20",),
        ref_id="08MANAMA117",
    ),
    C(
        "references-tripoli-page-break-then-classified",
        "\nRESIGN SOON \n \nREF: TRIPOLI 227  TRIPOLI 00000564  001.2 OF 002   CLASSIFIED BY: "
        "Chris Stevens, CDA, U.S. Embassy - Tripoli, Dept of State. REASON: 1.4 (b), (d) "
        "1. (S/NF)\n",
        ("08TRIPOLI227",),
        ref_id="08TRIPOLI564",
    ),
    C(
        "references-tripoli-none",
        "\nE.O. 12958: DECL:  6/18/2018 \nTAGS: PGOV PREL PHUM PINR LY\nSUBJECT: JOURNALIST JAILED "
        "FOR CRITICIZING GOVERNMENT'S \nPOORLY-COORDINATED DEVELOPMENT PROJECTS  CLASSIFIED BY: "
        "Chris Stevens, CDA, U.S. Embassy Tripoli, Dept of State. REASON: 1.4 (b), (d) 1. (C) "
        "Summary:  A respected [...]",
        (),
        ref_id="08TRIPOLI494",
    ),
    C(
        "references-tripoli-inline-classified",
        "\nSUBJECT: U.K. VISIT TO RABTA CHEMICAL WEAPONS PRODUCTION FACILITY \n \nREF: TRIPOLI 466  "
        "CLASSIFIED BY: John T. Godfrey, CDA, U.S. Embassy - Tripoli, Dept of State. REASON: 1.4 "
        "(b), (d) 1. (C) Summary: T [...]\n",
        ("08TRIPOLI466",),
        ref_id="08TRIPOLI574",
    ),
    C(
        "references-tripoli-inline-after-subject",
        "\nTAGS: PARM PREL CWC OPCW CBW CH JA IT LY\nSUBJECT: CHEMICAL WEAPONS CONVENTION (CWC): "
        "CONVERSION OF THE RABTA CHEMICAL WEAPONS PRODUCTION FACILITY  REF: A) STATE 58476, "
        "B) THE HAGUE 482, C) TRIPOLI 119  CLASSIFIED BY: Chris Stevens, CDA, U.S. Embassy "
        "Tripoli, Dept of State. REASON: 1.4 (b), (d) 1. (C) Summary:  The",
        ("08STATE58476", "08THEHAGUE482", "08TRIPOLI119"),
        ref_id="08TRIPOLI466",
    ),
    # --- test_reader_references_ng.py ---
    C(
        "references-ref-a-prefix-repeated",
        "A. REF A STATE 122214 B. REF B LONDON 2649 C. REF C LONDON 2638 ",
        ("09STATE122214", "09LONDON2649", "09LONDON2638"),
        via="block",
        ref_id="09LONDON2697",
    ),
    C(
        "references-and-second-serial",
        "A. BRASILIA 2799 AND 2764 \u00b6B. PORT AU PRINCE 2325 ",
        ("04BRASILIA2799", "04BRASILIA2764", "04PORTAUPRINCE2325"),
        via="block",
        ref_id="04BRASILIA2863",
    ),
    C(
        "references-fam-is-not-a-cable",
        "9 FAM Appendix K, 406 (6)",
        (),
        via="block",
        ref_id="09SAOPAULO332",
    ),
    C(
        "references-pilcrow-list-with-telcon-and-email",
        "\nSUBJECT: (S/NF) SPIKE IN NATIONAL SECURITY-RELATED ARREST\nCASES STRAINS POST,S "
        "RESOURCES\n\nREF: A. SANAA 71\n\u00b6B. SANAA 151\n\u00b6C. SANAA 173\n\u00b6D. SANAA 230\n"
        "\u00b6E. SANAA 289\n\u00b6F. 09 SANAA 720\n\u00b6G. SANAA 202\n"
        "\u00b6H. MITCHELL/SIMS TELCON 02/16/2010\n\u00b6I. MITCHELL/SIMS EMAIL 02/16/2010\n"
        "\u00b6J. SANAA 214\n\nClassified By: Ambassador\n",
        (
            "10SANAA71",
            "10SANAA151",
            "10SANAA173",
            "10SANAA230",
            "10SANAA289",
            "09SANAA720",
            "10SANAA202",
            "10SANAA214",
        ),
        ref_id="10SANAA317",
    ),
    C(
        "references-refs-label-glued-paren-letters",
        "SUBJECT:  THE BRAZILIAN CONNECTION WITH IRAN AND \nTHE CONTRAS \n \n"
        "REFS: (A)BRASILIA 13511, (B)BRASILIA 4799 \n \n1.  (U)",
        ("86BRASILIA13511", "86BRASILIA4799"),
        ref_id="86BRASILIA13835",
    ),
    C(
        "references-bracket-letters-bare-serial",
        "[A] State 188314, 259032, [B] Ottawa 2285 ",
        ("05STATE188314", "05STATE259032", "05OTTAWA2285"),
        via="block",
        ref_id="05OTTAWA2105",
        note="cablemap drops the bare '259032'; like its 'AND 2764' rule we read it as STATE 259032",
    ),
    C(
        "references-email-between-cables",
        "08 STATE 1234; E-Mail Tralala; 05 STATE 1234; 06 STATE 1234",
        ("08STATE1234", "05STATE1234", "06STATE1234"),
        via="block",
        year=2008,
    ),
    C(
        "references-email-first",
        "E-Mail Tralala; 05 STATE 1234; 06 STATE 1234",
        ("05STATE1234", "06STATE1234"),
        via="block",
        year=2008,
    ),
    C(
        "references-email-last",
        "05 STATE 1234; 06 STATE 1234; E-Mail Tralala ",
        ("05STATE1234", "06STATE1234"),
        via="block",
        year=2008,
    ),
    C(
        "references-dash-prefixed-lines",
        " (A) State 348254 \n-      (B) State 348253 -      (C) Colombo 2179, and previous ",
        ("03STATE348254", "03STATE348253", "03COLOMBO2179"),
        via="block",
        ref_id="03COLOMBO2183",
    ),
    C(
        "references-post-split-over-blank-line",
        "  A) BRASILIA 2605, B) BRASILIA 2447, C) RIO \n \nDE JANEIRO 1291 ",
        ("04BRASILIA2605", "04BRASILIA2447", "04RIODEJANEIRO1291"),
        via="block",
        ref_id="04BRASILIA2680",
    ),
    C(
        "references-pilcrow-with-report",
        "A. 04 STATE 273089 \n     \u00b6B. 04 PANAMA 02153 \n     \u00b6C. PANAMA 00338 \n"
        "     \u00b6D. 04 PANAMA 00548 \n     \u00b6E. 04 PANAMA 00148 \n"
        "     \u00b6F. 2004 HUMAN RIGHTS REPORT FOR PANAMA \n     \u00b6G. PANAMA 00390 \n"
        "     \u00b6H. 04 PANAMA 02589 \n     \u00b6I. PANAMA 00088 \n     \u00b6J. 04 PANAMA 02613 ",
        (
            "04STATE273089",
            "04PANAMA2153",
            "05PANAMA338",
            "04PANAMA548",
            "04PANAMA148",
            "05PANAMA390",
            "04PANAMA2589",
            "05PANAMA88",
            "04PANAMA2613",
        ),
        via="block",
        ref_id="05PANAMA555",
        note="'2004 HUMAN RIGHTS REPORT FOR PANAMA' must not become a cable",
    ),
    C(
        "references-refs-space-colon",
        "REFS :  (A) 03 Brasilia 3939 \n \n        (B) 03 Brasilia 3867 \n"
        "        (C) 03 Brasilia 3347 \n        (D) 03 Brasilia 1192 ",
        ("03BRASILIA3939", "03BRASILIA3867", "03BRASILIA3347", "03BRASILIA1192"),
        ref_id="04BRASILIA1635",
    ),
    C(
        "references-td-reports-and-usdel-telegrams",
        "A. STATE 43965 \n     \u00b6B. BRASILIA 1207 \n     \u00b6C. BRASILIA 1035 \n"
        "     \u00b6D. BRASILIA 1017 \n     \u00b6E. BRASILIA 660 \n     \u00b6F. BRASILIA 415 \n"
        "     \u00b6G. BRASILIA 223 \n     \u00b6H. USDEL SECRETARY TELEGRAMS 000005/000007/00004 \n"
        "     \u00b6I. (S/NF) TD-314/21795-05 11 APRIL 2005 \n"
        "     \u00b6J. (S/NF) TD-314/21753-05 11 APRIL2005. ",
        (
            "05STATE43965",
            "05BRASILIA1207",
            "05BRASILIA1035",
            "05BRASILIA1017",
            "05BRASILIA660",
            "05BRASILIA415",
            "05BRASILIA223",
        ),
        via="block",
        ref_id="05BRASILIA1466",
    ),
    C(
        "references-ref-label-repeated-in-item",
        "SUBJECT: NEPAL:  AMBASSADOR RELAYS CONCERNS ABOUT \nACTIVITIES OF INDIAN INTELLIGENCE "
        "AGENTS \n \nREF: A. REF: KATHMANDU 2282 \n     \u00b6B. KATHMANDU 2298 \n\n"
        "Classified By: AM",
        ("03KATHMANDU2282", "03KATHMANDU2298"),
        ref_id="03KATHMANDU2366",
    ),
    C(
        "references-page-break-and-uppercase-classified-inline",
        "TAGS: PGOV EPET ECON LY EFIN\n\nSUBJECT: SHOKRI GHANEM OUTLINES PLANS FOR LIBYA'S NATIONAL "
        "OIL CORPORATION REF: 09 TRIPOLI 862 TRIPOLI 00000116 001.2 OF 003 CLASSIFIED BY: Gene "
        "Cretz, Ambassador, U.S. Embassy Tripoli, U.S. Department of State. REASON: 1.4 (b), (d)"
        "\n\n\u00b61. (C)",
        ("09TRIPOLI862",),
        ref_id="10TRIPOLI116",
    ),
    C(
        "references-ref-ref-a-and-split-item",
        "E.O. 12958:N/A \nTAGS: EWWT ETRD ECON TW\nSUBJECT: Port of Kaohsiung Sixth Container "
        "Terminal Faces \nNew Obstacles \n \nRef:  Ref A) Taipei 3393 B) Taipei 03793 "
        "C) Taipei 03856 D) \n \nTaipei 03196 E) Taipei 03197 F) Taipei 03525 \n \n1. (U) ",
        (
            "05TAIPEI3393",
            "05TAIPEI3793",
            "05TAIPEI3856",
            "05TAIPEI3196",
            "05TAIPEI3197",
            "05TAIPEI3525",
        ),
        ref_id="05TAIPEI4305",
    ),
    C(
        "references-usdoc-and-hk-abbreviation",
        "A) USDOC 06988 B) EXP.LIC. D328589 C) HK \n03591 D) HK 07053 E) HK 04648 ",
        ("07USDOC6988", "07HONGKONG3591", "07HONGKONG7053", "07HONGKONG4648"),
        via="block",
        ref_id="07HONGKONG2339",
    ),
    C(
        "references-glued-post-serial",
        "A) USDOC 05667 B)HK05511 ",
        ("07USDOC5667", "07HONGKONG5511"),
        via="block",
        ref_id="07HONGKONG2480",
    ),
    C(
        "references-parenthesised-year-in-middle",
        "A) STATE (01) 201265, B) STATE (01) 213042,C) \n \nSTATE 02034 \n",
        ("01STATE201265", "01STATE213042", "02STATE2034"),
        via="block",
        ref_id="02HARARE81",
    ),
    C(
        "references-ho-chi-minh-aliases",
        "A) HO CHI MINH 10 B) 06 HCMC 1497 AND PREVIOUS ",
        ("07HOCHIMINHCITY10", "06HOCHIMINHCITY1497"),
        via="block",
        ref_id="07HANOI73",
    ),
    C(
        "references-hash-serial",
        "BAGHDAD #3565 ",
        ("07BAGHDAD3565",),
        via="block",
        ref_id="07BAGHDAD3708",
    ),
    C(
        "references-unlettered-then-doubled-letters",
        "09 STATE 96625; A. A)STATE 70789; B. B) SEOUL 1144 \nC. C) SINGAPORE 675; "
        "D. D) THE HAGUE 4750; E. E) NAIROBI 1812 \nF. F) ADDIS 1556; G. G) STATE 87385; "
        "H. H) STATE 58996 \n ",
        (
            "09STATE96625",
            "00STATE70789",
            "00SEOUL1144",
            "00SINGAPORE675",
            "00THEHAGUE4750",
            "00NAIROBI1812",
            "00ADDISABABA1556",
            "00STATE87385",
            "00STATE58996",
        ),
        via="block",
        ref_id="00ATHENS1501",
        note="cablemap keeps 00ADDIS1556; we expect the short form resolved to ADDISABABA",
    ),
    C(
        "references-ampersand-usun",
        "SECSTATE 232089 & USUN 2336 ",
        ("04STATE232089", "04USUNNEWYORK2336"),
        via="block",
        ref_id="04DUBLIN1645",
    ),
    C(
        "references-and-second-serial-mixed-case",
        "Paris 7472 and 7677 ",
        ("05PARIS7472", "05PARIS7677"),
        via="block",
        ref_id="05PARIS8123",
        note="cablemap's table says 05PARIS7572, a typo for the 7472 in the text",
    ),
    C(
        "references-serial-list-after-and",
        "A) GUANGZHOU 11657 and 7743, 12155, 13381 B) \nGUANGZHOU 14712 C) BEIJING 00565, "
        "D) GUANGZHOU 13381 ",
        (
            "06GUANGZHOU11657",
            "06GUANGZHOU7743",
            "06GUANGZHOU12155",
            "06GUANGZHOU13381",
            "06GUANGZHOU14712",
            "06BEIJING565",
            "06GUANGZHOU13381",
        ),
        via="block",
        ref_id="06GUANGZHOU15376",
    ),
    C(
        "references-bare-serial-inherits-post",
        "A. MANILA 2969 \n     \u00b6B. 2962 AND PREVIOUS \n ",
        ("06MANILA2969", "06MANILA2962"),
        via="block",
        ref_id="06MANILA3065",
        note="cablemap's table repeats 06MANILA2969 for item B; the text says 2962",
    ),
    C(
        "references-year-suffix-after-dash",
        "A. QUITO 4525-91 \n \n     B. QUITO 1735 \n     C. QUITO 1905-03 \n     D. QUITO 0579 \n"
        "     E. QUITO 1973-91",
        ("91QUITO4525", "06QUITO1735", "03QUITO1905", "06QUITO579", "91QUITO1973"),
        via="block",
        ref_id="06QUITO1920",
    ),
    C(
        "references-serial-before-post",
        "870 Ulaanbaatar ",
        ("06ULAANBAATAR870",),
        via="block",
        ref_id="06ULAANBAATAR881",
    ),
    C(
        "references-no-label-letter-ref",
        "A. REF AMMAN 222 \n     B. 06 AMMAN 4685 \n     C. 06 AMMAN 2145 ",
        ("07AMMAN222", "06AMMAN4685", "06AMMAN2145"),
        via="block",
        ref_id="07AMMAN1801",
    ),
    C(
        "references-st-petersburg",
        "A. ST. PETERSBURG 75 \n      B. MOSCOW 510 ",
        ("07STPETERSBURG75", "07MOSCOW510"),
        via="block",
        ref_id="07MOSCOW1811",
    ),
    C(
        "references-comma-between-post-and-serial",
        "PRAGUE 849, PRAGUE, 1228, STATE 1484761 ",
        ("08PRAGUE849", "08PRAGUE1228", "08STATE1484761"),
        via="block",
        ref_id="08STATE1988",
        note="7-digit serial kept as cablemap does (typo in the cable)",
    ),
    C(
        "references-digit-zero-in-post",
        "COTON0U 348 ",
        ("08COTONOU348",),
        via="block",
        ref_id="08COTONOU369",
    ),
    C(
        "references-dash-after-letter",
        "A - Kabul 28 ",
        ("08KABUL28",),
        via="block",
        ref_id="08KABUL85",
    ),
    C(
        "references-slash-serial-lists",
        " A) Kabul 936/935; B) Kabul 692/317/274/162; C) 06 Kabul \n5353/5194/4319 and previous \n ",
        (
            "07KABUL936",
            "07KABUL935",
            "07KABUL692",
            "07KABUL317",
            "07KABUL274",
            "07KABUL162",
            "06KABUL5353",
            "06KABUL5194",
            "06KABUL4319",
        ),
        via="block",
        ref_id="07KABUL1033",
    ),
    C(
        "references-colon-letters-and-slash-year",
        "A. A: PANAMA 00789/08 \n     B. B: PANAMA 00930/08\n     ",
        ("08PANAMA789", "08PANAMA930"),
        via="block",
        ref_id="09PANAMA176",
        note="cablemap's table says 08PANAMA798, a typo for the 00789 in the text",
    ),
    C(
        "references-serial-before-post-with-years",
        "A) 377 KATHMANDU, B) 01 KATHMANDU 2383, C) 01 \nKATHMANDU 2292 ",
        ("02KATHMANDU377", "01KATHMANDU2383", "01KATHMANDU2292"),
        via="block",
        ref_id="02KATHMANDU496",
    ),
    C(
        "references-reference-label-inside",
        "REFERENCE: 01 ABUJA 997 ",
        ("01ABUJA997",),
        via="block",
        ref_id="02ABUJA1194",
    ),
    C(
        "references-dash-year-suffix",
        "A. SECSTATE 51937 B. AMMAN 5049-01 ",
        ("02STATE51937", "01AMMAN5049"),
        via="block",
        ref_id="02AMMAN2228",
    ),
    C(
        "references-letter-o-in-serial",
        "(A) LAGOS O1512, (B) LAGOS 01545, (C) LAGOS \n01583, (D) Lagos 1678 ",
        ("02LAGOS1512", "02LAGOS1545", "02LAGOS1583", "02LAGOS1678"),
        via="block",
        ref_id="02ABUJA2651",
    ),
    C(
        "references-trailing-two-digit-year",
        "AMMAN 07718 99, AMMAN 05986 00, AMMAN 07718 01 ",
        ("99AMMAN7718", "00AMMAN5986", "01AMMAN7718"),
        via="block",
        ref_id="02AMMAN5966",
    ),
    C(
        "references-usda-fas",
        "UNCLASS USDA FAS 57863 ",
        ("02USDAFAS57863",),
        via="block",
        ref_id="02ROME5601",
    ),
    C(
        "references-dash-prefixed-typo-post",
        " (A) Colomobo 2304 \n \n-      (B) State 240035 \n-      (C) State 240015 ",
        ("02COLOMBO2304", "02STATE240035", "02STATE240015"),
        via="block",
        ref_id="02COLOMBO2314",
    ),
    C(
        "references-portion-mark-before-serial",
        "KUWAIT (C)02293 ",
        ("03KUWAIT2293",),
        via="block",
        ref_id="03KUWAIT2545",
    ),
    C(
        "references-cables-word-and-trailing-year",
        "COLOMBO CABLES 0266 AND 02259 (2002)",
        ("03COLOMBO266", "02COLOMBO2259"),
        via="block",
        ref_id="03COLOMBO1516",
    ),
    C(
        "references-bare-serial-is-citing-post",
        "A) 6307 B) STATE 285773 ",
        ("03ANKARA6307", "03STATE285773"),
        via="block",
        ref_id="03ANKARA6322",
    ),
    # --- reference kinds (the cablemap Reference kind -> our Reference.kind) ---
    C(
        "references-kind-email-dated",
        "LAKHDHIR E-MAIL 12/01/09 ",
        ("email",),
        via="kinds",
        ref_id="09DUBLIN524",
    ),
    C(
        "references-kind-email-with-office",
        "INGALLS (S/CT) E-MAIL OF 04/15/2008 ",
        ("email",),
        via="kinds",
        ref_id="08DUBLIN382",
    ),
    C(
        "references-kind-emails-plural",
        "E-mails J. Speaks-K. Allen ",
        ("email",),
        via="kinds",
        ref_id="09CAIRO2390",
    ),
    C(
        "references-kind-mixed-cable-email-cable",
        "A) TALLINN 366 B) LEE-GOLDSTEIN EMAIL 05/11/07 \nB) TALLINN 347 ",
        ("cable", "email", "cable"),
        via="kinds",
        ref_id="07TALLINN375",
    ),
    C(
        "references-kind-email-between-cables",
        "08 STATE 1234; E-Mail Tralala; 05 STATE 1234; 06 STATE 1234",
        ("cable", "email", "cable", "cable"),
        via="kinds",
        year=2008,
    ),
)


def _citing(case: Case) -> dict[str, Any]:
    if case.ref_id:
        year, origin, serial = split_id(case.ref_id)
        return {"citing_year": year, "citing_origin": origin, "citing_serial": serial}
    return {"citing_year": case.year}


def run(case: Case) -> Any:
    if case.via in ("block", "kinds"):
        from cablebase.telegram.references import parse_references

        refs = parse_references(case.text, **_citing(case))
        if case.via == "kinds":
            return tuple(r.kind for r in refs)
    else:
        from cablebase.telegram.envelope import Envelope
        from cablebase.telegram.parse import parse_cable

        refs = parse_cable(case.text, Envelope(ref_id=case.ref_id)).references
    return tuple(r.ref_id for r in refs if r.ref_id)
