""" "Classified By" lines -> ClassifiedBy.names (the classifying officials, as printed).

Source: cablemap.core/tests/test_reader_classificationist.py and test_reader_classified_by.py
(same table; cablemap's "classificationist" = our `classified_by.names`). cablemap's normalize=True
twins (title-casing, 0->O, typo fixes) are left out: we keep names as the cable prints them.
A snippet that is only the Classified-By block goes to `parse_classified_by` ("unit"); one with
other header/body text around it goes to `parse_cable` ("cable"). `expected` is a tuple of names.
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case

CATEGORY = "classified_by"
SOURCE = ("test_reader_classificationist.py", "test_reader_classified_by.py")

_ROWS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "10TOKYO397",
        ("Marc Wall",),
        "FIELD\n\nREF: STATE 015541\n\nClassified By: Acting "
        "Deputy Chief of Mission Marc Wall for Reasons 1.4\n (b) and (d)\n\n\u00b61. (C) SUM",
    ),
    (
        "10GENEVA249",
        ("Rose E. Gottemoeller",),
        "REF: 10 GENEVA 231 (SFO-GVA-VIII-088) CLASSIFIED "
        "BY: Rose E. Gottemoeller, Assistant Secretary, Department of State, VCI; "
        "REASON: 1.4(B), (D) ",
    ),
    (
        "10GENEVA247",
        ("Rose E. Gottemoeller",),
        "REF: 10 GENEVA 245 (SFO-GVA-VIII-086) CLASSIFIED "
        "BY: Rose E. Gottemoeller, Assistant Secretary, Department of State, VCI; REASON: 1.4(B), (D) "
        "\u00b61. (U) This ",
    ),
    (
        "10UNVIEVIENNA77",
        ("Glyn T. Davies",),
        "Classified By: Ambassador Glyn T. Davies for reasons 1.4 b and d ",
    ),
    (
        "10WARSAW117",
        ("F. Daniel Sainz",),
        "Classified By: Political Counselor F. Daniel Sainz for Reasons 1.4 (b) and (d) ",
    ),
    (
        "10STATE16019",
        ("Karin L. Look",),
        "Classified By: Karin L. Look, Acting ASSISTANT SECRETARY, VCI. Reason: 1.4 (b) and (d).",
    ),
    ("10LILONGWE59", ("Bodde Peter",), "CLASSIFIED BY: Bodde Peter, Ambassador; REASON: 1.4(B) "),
    (
        "95ZAGREB4339",
        ("ROBERT P. FINN",),
        "\n1.  (U)  CLASSIFIED BY ROBERT P. FINN, DEPUTY CHIEF OF\nMISSION.  REASON: 1.5 (D)\n ",
    ),
    (
        "95DAMASCUS5748",
        ("CHRISTOPHER W.S. ROSS",),
        "SUBJECT:  HAFIZ AL-ASAD: LAST DEFENDER OF "
        "ARABS\n\n1. CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY:\nCHRISTOPHER W.S. ROSS, AMBASSADOR.  "
        "REASON: 1.5 (D) .\n\n2. SUMMAR",
    ),
    (
        "95TELAVIV17504",
        (),
        "\n1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B)\n"
        "AND (D).  NIACT PRECEDENCE BECAUSE OF GOVERNMENT CRISIS IN\nISRAEL.\n\n2.  SU",
    ),
    (
        "95RIYADH5221",
        ("THEODORE KATTOUF",),
        "\n1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY DCM"
        "\nTHEODORE KATTOUF - 1.5 B,D.\n\n2.  (C)",
    ),
    (
        "96ADDISABABA1545",
        ("JEFFREY JACOBS",),
        "\n1.  (U)  CLASSIFIED BY POLOFF JEFFREY JACOBS, 1.5 (D).\n\n2.  (C)",
    ),
    (
        "96AMMAN2094",
        ("ROBERT BEECROFT",),
        "\n1. (U)  CLASSIFIED BY CHARGE ROBERT BEECROFT; REASON 1.5 (D).\n\n2. (C) ",
    ),
    (
        "96STATE86789",
        ("MARY BETH LEONARD",),
        "\n1.  CLASSIFIED BY AF/C - MARY BETH LEONARD, REASON 1.5\n(D). ",
    ),
    (
        "96NAIROBI6573",
        ("TIMOTHY CARNEY",),
        "\n1.  CLASSIFIED BY AMBASSADOR TO SUDAN TIMOTHY CARNEY.\nREASON 1.5(D).\n ",
    ),
    (
        "96RIYADH2406",
        ("THEODORE KATTOUF",),
        "SUBJECT:  CROWN PRINCE ABDULLAH THE DIPLOMAT\n\n"
        "1.  (U) CLASSIFIED BY CDA THEODORE KATTOUF, REASON 1.5.D.\n\n2. ",
    ),
    (
        "96RIYADH2696",
        ("THEODORE KATTOUF",),
        "\n1.  (U)  CLASSIFIED BY CHARGE D'AFFAIRES THEODORE\nKATTOUF: 1.5 B, D.\n ",
    ),
    (
        "96ISLAMABAD5972",
        ("THOMAS W. SIMONS, JR.",),
        "\n1.  (U) CLASSIFIED BY THOMAS W. SIMONS, "
        "JR., AMBASSADOR.\nREASON:  1.5 (B), (C) AND (D).\n ",
    ),
    (
        "96STATE183372",
        ("LEE 0. COLDREN",),
        " \n1.  (U) CLASSIFIED BY LEE 0. COLDREN, DIRECTOR, "
        "SA/PAB, \nDEPARTMENT OF STATE. REASON: 1.5(D). \n ",
    ),
    (
        "96ASHGABAT2612",
        ("TATIANA C. GFOELLER",),
        " \n1.  (U) CLASSIFIED BY CHARGE TATIANA C. GFOELLER. \nREASON:  1.5 D. \n ",
    ),
    (
        "96BOGOTA8773",
        ("S.K. ABEYTA",),
        " \n1.  CLASSIFIED BY POL/ECONOFF. S.K. ABEYTA.  REASON:  1.5(D) \n ",
    ),
    (
        "96STATE194868",
        ("E. GIBSON LANPHER, JR.",),
        " \n1.   (U) CLASSIFIED BY E. GIBSON LANPHER, "
        "JR., ACTING \nASSISTANT SECRETARY OF STATE FOR SOUTH ASIAN AFFAIRS, \nDEPARTMENT OF STATE. "
        "REASON: 1.5(D). \n ",
    ),
    (
        "96JAKARTA7841",
        ("ED MCWILLIAMS",),
        " \n1.  (U) CLASSIFIED BY POL COUNSELOR ED MCWILLIAMS; \nREASON 1.5(D) \n ",
    ),
    (
        "96JERUSALEM3094",
        ("EDWARD G. ABINGTON, JR.",),
        " \n1.  CLASSIFIED BY CONSUL GENERAL "
        "EDWARD G. ABINGTON, JR.  REASON \n1.5 (B) AND (D). \n ",
    ),
    (
        "04MUSCAT2112",
        ("Richard L. Baltimore, III",),
        "Classified By: Ambassador Richard L. Baltimore, III. \nReasons: 1.4 (b) and (d). ",
    ),
    (
        "05OTTAWA1975",
        ("Patricia Kim-Scott",),
        "Classified By: Pol/Mil Officer Patricia Kim-Scott."
        "  Reason E.O. 12958, \n1.4 (b) and (d). ",
    ),
    (
        "05BOGOTA6208",
        ("William B. Wood",),
        "Classified By: Ambassador William B. Wood; reasons 1.4 \n(b) and (d) ",
    ),
    (
        "05TAIPEI2839",
        ("Douglas Paal",),
        "Classified By: AIT Director Douglas Paal, Reason(s): 1.4 (B/D). ",
    ),
    (
        "05DHAKA3073",
        ("D.C. McCullough",),
        "Classified By: A/DCM D.C. McCullough, reason para 1.4 (b) ",
    ),
    (
        "09NAIROBI1132",
        ("Jessica Davis Ba",),
        "Classified By: Pol/Econ Officer Jessica Davis Ba for reasons 1.4(b) and \n (d) ",
    ),
    (
        "08ROME1541",
        ("Liz Dibble",),
        "Classified By: Classified by DCM Liz Dibble for reasons 1.4 (b) and \n(d). ",
    ),
    (
        "06BAGHDAD2082",
        ("DANIEL SPECKHARD",),
        "Classified By: CHARGE D\\'AFFAIRES DANIEL SPECKHARD FOR REASONS 1.4 (A), \n(B) AND (D) ",
    ),
    (
        "05ANKARA4653",
        ("Nancy McEldowney",),
        "Classified By: (U) CDA Nancy McEldowney; E.O. 12958, reasons 1.4 (b,d) ",
    ),
    (
        "05QUITO2057",
        ("LARRY L. MEMMOTT",),
        "Classified By: ECON LARRY L. MEMMOTT, REASONS 1.4 (B,D) ",
    ),
    (
        "06HONGKONG3559",
        ("LAURENT CHARBONNET",),
        "CLASSIFIED BY: ACTING DEPUTY PRINCIPAL OFFICER "
        "LAURENT CHARBONNET.  REA \nSONS: 1.4 (B,D) ",
    ),
    (
        "09BAGHDAD791",
        ("Patricia Butenis",),
        "Classified By: Charge d\\' Affairs Patricia Butenis for reasons 1.4 (b) a \nnd (d) ",
    ),
    (
        "06OSLO19",
        ("Christopher W. Webster",),
        "Classified By: Charge d\\'Affaires a.i. Christopher W. Webster, \nreason 1.4 (b) and (d) ",
    ),
    (
        "08BEIJING3386",
        ("Aubrey Carlson",),
        "Classified By: Political Section Minister Counselor "
        "Aubrey Carlson.  Re \nasons 1.4 (b/d). ",
    ),
    (
        "09MOSCOW2393",
        ("Susan M. Elliott",),
        "Classified By: Political Minister Counselor Susan M."
        " Elliott for reason \ns:  1.4 (b), (d). ",
    ),
    (
        "06BEIJING22125",
        ("ROBERT LUKE",),
        "Classified By: (C) CLASSIFIED BY MINISTER COUNSELOR FOR "
        "ECONOMIC AFFAIR \nS ROBERT LUKE; REASON 1.4 (B) AND (D). ",
    ),
    (
        "07CAIRO622",
        ("William R. Stewart",),
        "Classified by:  Minister Counselor for Economic and \n"
        "Political Affairs William R. Stewart for reasons 1.4(b) and \n(d). ",
    ),
    (
        "07BAGHDAD1188",
        ("Daniel Speckhard",),
        "Classified By: Charge Affaires Daniel Speckhard.  Reasons: 1.4 (b) and \n(d). ",
    ),
    (
        "08PARIS1131",
        ("STUART DWYER",),
        "Classified By: ECONCOUNS STUART DWYER FOR REASONS 1.4 B AND D ",
    ),
    (
        "08ATHENS985",
        ("Jeff Hovenier",),
        "Classified By: A/Political Counselor Jeff Hovenier for \n1.4 (b) and (d) ",
    ),
    (
        "09BEIJING2690",
        ("William Weinstein",),
        "Classified By: This message classified by Econ "
        "Minister Counselor \nWilliam Weinstein for reasons 1.4 (b), (d) and (e). ",
    ),
    (
        "07BAGHDAD2781",
        ("Howard Keegan",),
        "Classified By: Kirkuk PRT Team Leader Howard Keegan for reason 1.4 (b) \nand(d). ",
    ),
    (
        "09HARARE864",
        ("Donald Petterson",),
        "Classified By: Charge d\\'affaires, a.i. Donald Petterson for reason 1.4 \n(b). ",
    ),
    (
        "08STATE56778",
        ("Patricia A. McNerney",),
        "Classified By: ISN Acting Assistant Secretary \n"
        "Patricia A. McNerney, Reasons 1.4 b, c, and d ",
    ),
    (
        "09KABUL2261",
        ("Hoyt Yee",),
        "Classified By: Interagency Provincial Affairs Deputy "
        "Coordinator Hoyt Y \nee for reasons 1.4 (b) and (d) ",
    ),
    (
        "09KABUL1233",
        ("Patricia A McNerney",),
        "Classified By: PRT and Sub-National Governance "
        "Acting Director Patricia \n A McNerney for reasons 1.4 (b) and (d) ",
    ),
    (
        "09BRUSSELS1288",
        ("CHRISTOPHER DAVIS",),
        "Classified By: CLASSIFIED BY USEU MCOUNSELOR "
        "CHRISTOPHER DAVIS, FOR REA \n \nSONS 1.4 (B) AND (D) \n ",
    ),
    (
        "06TAIPEI3165",
        ("Stephen M. Young",),
        "Classified By: Classified by AIT DIR Stephen M. Young. \nReasons:  1.4 b, d. ",
    ),
    (
        "05CAIRO8602",
        ("Michael Corbin",),
        "Classified by ECPO Minister-Counselour Michael Corbin for \nreasons 1.4 (b) and (d). ",
    ),
    (
        "09MADRID1210",
        ("Arnold A. Chacon",),
        " \nClassified By: Charge d'Affaires, a.i., Arnold A. "
        "Chacon \n \n1.(C) Summary:  In his meetings with Spanish officials, \nSpecial Envoy for "
        "Eurasian Energy",
    ),
    (
        "05SINGAPORE887",
        ("Laurent Charbonnet",),
        "Classified By: E/P Counselor Laurent Charbonnet, Reasons 1.4(b)(d) ",
    ),
    (
        "04ANKARA5897",
        ("Thomas Goldberger",),
        "Classified By: (U) Classified by Economic Counselor "
        "Thomas Goldberger f \nor reasons 1.4 b,d. ",
    ),
    (
        "00HARARE3759",
        ("TOM MCDONALD",),
        " \nCLASSIFIED BY AMBASSADOR TOM MCDONALD. \n"
        "                       CONFIDENTIAL \n \nPAGE 02        HARARE  03759  01 OF 03  111533Z \n"
        "REASONS: 1.5 (B) AND (D). \n \n1.  (C)  SUMMARY:  ALTHOUGH WIDESPREAD FEARS OF A \nSPIKE",
    ),
    (
        "07STATE156455",
        ("Glyn T. Davies",),
        " \nClassified By: Glyn T. Davies \n \nSUMMARY \n------- \n ",
    ),
    (
        "05VILNIUS503",
        ("LARRY BEISEL",),
        "Classified By: DEFENSE ATTACHE LTC LARRY BEISEL FOR REASONS 1.4 (B) AND \n (D). ",
    ),
    (
        "04BRUSSELS4688",
        ("Jeremy Brenner",),
        "Classified By: USEU polmil officer Jeremy Brenner for reasons 1.4 (b) a \nnd (d) ",
    ),
    (
        "08STATE77798",
        ("Brian H. Hook",),
        "Classified By: IO Acting A/S Brian H. Hook, E.O. 12958, \nReasons: 1.4(b) and (d) ",
    ),
    (
        "09STATE75025",
        ("Richard C. Holbrooke",),
        " \nClassified By: Special Representative for "
        "Afghanistan and Pakistan \nRichard C. Holbrooke \n \n1.  (U)  This is an action request; "
        "see paragraph 4. \n ",
    ),
    (
        "98USUNNEWYORK1638",
        ("HOWARD STOFFER",),
        "CLASSIFIED BY DEPUTY POLITICAL COUNSEL0R HOWARD "
        "STOFFER \nPER 1.5 (B) AND (D).  ACTION REQUEST IN PARA 10 BELOW. ",
    ),
    (
        "02ROME3119",
        ("PIERRE-RICHARD PROSPER",),
        "CLASSIFIED BY: AMBASSADOR-AT-LARGE PIERRE-RICHARD PROSPER \nFOR REASONS 1.5 (B) AND (D) ",
    ),
    (
        "09USUNNEWYORK282",
        ("SUSAN RICE",),
        "Classified By: U.S. PERMANENT REPRESENATIVE AMBASSADOR SUSAN RICE \nFOR REASONS 1.4 B/D ",
    ),
    (
        "06USUNNEWYORK2273",
        ("Alejandro D. Wolff",),
        "Classified By: Acting Permanent "
        "Representative Alejandro D. Wolff \n per reasons 1.4 (b) and (d) ",
    ),
    (
        "08STATE104902",
        ("DAVID WELCH",),
        "Classified By: 1. CLASSIFIED BY NEA ASSISTANT SECRETARY "
        "DAVID WELCH \nREASONS: 1.4 (B) AND (D) ",
    ),
    (
        "07VIENTIANE454",
        ("Mary Grace McGeehan",),
        "Classified By: Charge de'Affairs ai. Mary Grace McGeehan for reasons 1. \n4 (b) and (d) ",
    ),
    (
        "07USUNNEWYORK545",
        ("Jackie Sanders",),
        "Classified By: Amb. Jackie Sanders. E.O 12958. Reasons 1.4 (B&D). ",
    ),
    (
        "06USOSCE113",
        ("Bruce Connuck",),
        "Classified By: Classified by Political Counselor Bruce Connuck for Reas \n(b) and (d). ",
    ),
    (
        "09RANGOON575",
        ("Thomas Vajda",),
        "Classified By: Charge d'Afairs (AI) Thomas Vajda for Reasons 1.4 (b) & \n (d ",
    ),
    (
        "09ASTANA184",
        ("RICAHRD E. HOAGLAND",),
        "Classified By: AMBASSADOR RICAHRD E. HOAGLAND: 1.2 (B), (D) ",
    ),
    (
        "09CANBERRA428",
        ("John W. Crowley",),
        "Classified By: Deputy Political Counselor: John W. "
        "Crowley, for reasons \n 1.4 (b) and (d) ",
    ),
    (
        "08TASHKENT706",
        ("Molly Stephenson",),
        "Classified By: Classfied By: IO Molly Stephenson for reasons 1.4 (b) a \nnd (d). ",
    ),
    (
        "07STATE125576",
        ("Margaret McKelvey",),
        "Classified By: PRM/AFR Dir. Margaret McKelvey-reasons 1.4(b/d) ",
    ),
    (
        "09BUDAPEST372",
        ("Steve Weston",),
        "Classified By: Acting Pol/Econ Counselor:Steve Weston, \nreasons 1.4 (b and d) ",
    ),
    (
        "06ISLAMABAD16739",
        ("MARY TOWNSWICK",),
        " \nClassified By: DOS CLASSIFICATION GUIDE BY MARY"
        " TOWNSWICK \n \n1.  (C)  Summary.  With limited government support, Islamic \nbanking has "
        "gained momentum in Pakistan in the past three \nyears.",
    ),
    (
        "05DJIBOUTI802",
        ("JEFFREY PURSELL",),
        " \n (U) CLASSIFIED BY TDY RSO JEFFREY PURSELL FOR REASON 1.5 C. \n ",
    ),
    (
        "04ANKARA5764",
        ("Charles O. Blaha",),
        "Classified By: Classified by Deputy Political "
        "Counselor Charles O. Blah \na, E.O. 12958, reasons 1.4 (b) and (d). ",
    ),
    (
        "10VIENNA195",
        ("J. Dean Yap",),
        "Classified by: DCM J. Dean Yap (acting) for reasons 1.4 (b) \nand (d). ",
    ),
    ("03HARARE175", ("JOHN S. DICARLO",), "Classified By: RSO - JOHN S. DICARLO. REASON 1.5(D) "),
    (
        "09TIRANA81",
        ("JOHN L. WITHERS II",),
        "Classified By: AMBASSADOR JOHN L. WITHERS II FR REASONS 1.4 (b) AND (d \n). ",
    ),
    (
        "05HARARE383",
        ("Eric T. Schultz",),
        "Classified By: Charge d'Affaires a.i. Eric T. Schultz under Section 1.4 \n b/d ",
    ),
    (
        "07STATE171234",
        ("Lawrence E. Butler",),
        "Classified By:  NEA Lawrence E. Butler for reasons EO 12958 \n1.4(b),(d), and (e). ",
    ),
    (
        "07NEWDELHI5334",
        ("Ted Osius",),
        "Classified By: Acting DCM/Ted Osius for reasons 1.4 (b and d) ",
    ),
    (
        "04JAKARTA5072",
        ("ANTHONY C. WOODS",),
        "Classified By: EST&H OFFICER ANTHONY C. WOODS FOR REASON 1.5 (b, d) ",
    ),
    (
        "08CANBERRA1335",
        ("Daniel A. Clune",),
        "Classified By: Deputy Chief of Mission: Daniel A. Clune: Reason: 1.4 (c \n) and (d) ",
    ),
    (
        "09HAVANA665",
        ("Charles Barclay",),
        " \nClassified By: CDA: Charles Barclay for reQ#8$UQ8ML#C"
        ' may choke oQhQGTzovisional\\" controls, such as \nprice caps and limits on the amount any '
        "one person could buy. \n \n \n3.  (SBU) Furthering speculation that the private markets \n"
        "were under the gun",
    ),
    (
        "08STATE8993",
        ("Gregory B. Starr",),
        " \n1. (U) Classified by Acting Assistant Secretary for "
        "Diplomatic \nSecurity Gregory B. Starr for E.O. 12958 reasons 1.4 (c) and \n(d). \n ",
    ),
    (
        "08BANGKOK1778",
        ("James F. Entwistle",),
        "Classified By: Charge, d,Affaires a. i. James F. Entwistle, reason 1.4 \n(b) and (d). ",
    ),
    (
        "06COLOMBO123",
        ("Robert O. Blake, Jr.",),
        "Classified By: Abassador Robert O. Blake, Jr. for reasons \n1.4 (b and (d). ",
    ),
    (
        "09STATE38028",
        ("KARL WYCOFF", "SHARI VILLAROSA"),
        "CLASSIFIED BY AF KARL WYCOFF, ACTING AND"
        " S/CT DAS SHARI \nVILLAROSA ; E.O. 12958 REASON: 1.4 (B) AND (D) ",
    ),
    ("06ISLAMABAD3684", ("RCROCKER",), "Classified By: AMB:RCROCKER, Reasons 1.4 (b) and (c) "),
    (
        "06MANAMA184",
        ("William T.Monroe",),
        "Classified By: Classified by Ambassadior William T.Monroe.  Reasons: 1. \n4 (b)(d) ",
    ),
    (
        "06AITTAIPEI1142",
        ("Michael R. Wheeler",),
        "Classified By: IPO Michael R. Wheeler for reason 1.4(G)(E) ",
    ),
    (
        "09STATE96519",
        ("Ellen O. Tauscher",),
        "Classified By: T U/S Ellen O. Tauscher for Reasons 1.4 a,b,and d. ",
    ),
    (
        "08NAIROBI232",
        ("JOHN M. YATES",),
        " \nClassified By: SPECIAL ENVOY JOHN M. YATES \n \n1.  (C) ",
    ),
    (
        "04DJIBOUTI1541",
        ("MARGUERITA D. RAGSDALE",),
        "Classified By: AMBASSSADOR MARGUERITA D. RAGSDALE. \nREASONS 1.4 (B) AND (D). ",
    ),
    ("08STATE3581", ("AFriedt",), "Classified By: EUR/PRA, Dir. AFriedt, Reason 1.4 (b/d) "),
    (
        "06HONGKONG3109",
        ("JEFF ZAISER",),
        "CLASSIFIED BY: ACTING E/P CIEF JEFF ZAISER.  REASONS: 1.4(B,D). ",
    ),
    (
        "08STATE67468",
        ("George Krol",),
        " \nClassified By: SCA/DAS for Central Asia George Krol \n \n 1.  (C) ",
    ),
    (
        "09STATE24316",
        ("GEORGE KROL",),
        "Classified By: DEPUTY ASSISTANT SECRETARY OF STATE FOR \n"
        "CENTRAL ASIA GEORGE KROL FOR REASONS 1.4 (B) AND (D) ",
    ),
    (
        "07ASHGABAT350",
        ("Richard Hoagland",),
        "Classified By: Classified by Acting Charge "
        "d\\'Affaires, Ambassador Richa \nrd Hoagland, for reasons 1.4(B) and (D). ",
    ),
    ("05NEWDELHI8162", ("Bob Blake",), "Classified By: Charge' Bob Blake for Reasons 1.4 (B, D) "),
    (
        "07RIYADH1028",
        ("BOB SILVERMAN",),
        "Classified By: ECONOMIC COUNSELOR BOB SILVERMAN \n FOR 12958 1.4 B, D, AND E ",
    ),
    (
        "09STATE2508",
        ("PATRICIA A. MCNERNEA",),
        "CLASSIFIED BY: ISN ? PATRICIA A. MCNERNEA, ACTING "
        "\nASSISTANT SECRETARY, REASON 1.4 (B) AND (D) ",
    ),
    (
        "03OTTAWA2182",
        ("Mary Witt",),
        "Classified By: A/ Pol Min Mary Witt for reasons 1.5(b) and (d) ",
    ),
    ("07HARARE680", ("Glenn Warren",), "Classified By: Pol/Econ Chief Glenn Warren under 1.4 b/d "),
    (
        "09DHAKA775",
        ("James Moriarty",),
        "Classified By: Ambassador James Moriarty for for reasons 1.4 b and d. ",
    ),
    (
        "04HARARE1722",
        ("Paul Weisenfeld",),
        "Classified By: Classified by Charge d'Affaires Paul Weisenfeld under Se \nction 1.5 b/d ",
    ),
    (
        "05SANTIAGO2540",
        ("SEAN MURPHY",),
        " \nClassified By: CONSUL GENERAL SEAN MURPHY \n \n1. In a December 19 m",
    ),
    (
        "97SOFIA3097",
        ("B0HLEN",),
        " \n1.(U)  CLASSIFIED BY AMBASSAD0R B0HLEN.  REAS0N: \n1.5(B,D). \n ",
    ),
    (
        "99TUNIS2120",
        ("R0BIN L. RAPHEL",),
        " \n(U)  CLASSIFIED BY AMBASSAD0R R0BIN L. RAPHEL BASED 0N 1.5 (B) \nAND (D). \n ",
    ),
    (
        "09LUSAKA523",
        ("Donald E. Booth",),
        "Classified By: Classified By: Ambbassador Donald E. Booth for \nReasons 1.4 (b) and (d) ",
    ),
    (
        "09ANKARA63",
        ("A.F. Godfrey",),
        " \nClassified By: Pol-Mil Counselor A.F. Godfrey \n \n"
        "Will Not Break Silence... \n------------------------- \n \n1. (C) I",
    ),
    (
        "03SANAA1319",
        ("ALAN MISENHEIMER",),
        "Classified By: CHARGE ALAN MISENHEIMER F0R REASONS 1.5 (B) AND (D) ",
    ),
    ("08BAKU668", ("Alan Eyre",), " \nClassified By: Acting Pol/Econ Chief Alan Eyre \n \n(S) In "),
    (
        "07SINGAPORE285",
        ("Ike Reed",),
        "Classified By: Economical and Political Chief Ike Reed; \nreasons 1.4 (b) and (d) ",
    ),
    (
        "07KHARTOUM832",
        ("Roberto Powers",),
        " \nClassified By: CDA Roberto Powers a.y., Sea3on: "
        "Sectaons 9.Q (b+`ald$hd \n)Q \nQ,----/-Qswmmfrq \n=,=--=HQ(@(RBF!&}ioSQB3wktf0r,vu "
        "qDWTel$1` \\ulQlQO~jcvq>&Mw~ifw(U= ;QGM?QQx7Ab8QQ@@)\\Minawi suggested that \nintelligence "
        "chief Salah Ghosh was the sole interlocutor.",
    ),
    (
        "05ANKARA7671",
        ("Nancy McEldowney",),
        " \nClassified By: ADANA 222 \nADANA 216 \nADANA 207 \n"
        "ANKARA 6772 \n \nClassified by DCM Nancy McEldowney; reasons 1.4 b and d. \n ",
    ),
    (
        "04HARARE766",
        ("ROBERT E. WHITEHEAD",),
        "Classified By: DCM ROBERT E. WHITEHEAD DUE TO 1,4 (C) AND (D). ",
    ),
    (
        "00TELAVIV4462",
        ("PSIMONS",),
        "C O N F I D E N T I A L TEL AVIV 004462 \n \n- - C O R R E C"
        " T E D  C O P Y - - CLASSIFIED BY LINE ADDED \n \nE.O. 12958: DECL: 08/24/05 \nTAGS: KWBG, "
        "PTER, PGOV, PREL, IS \nSUBJECT: BIN LADIN CONNECTION IN GAZA FOUND PUZZLING; \nCONNECTION "
        "TO HAMAS QUESTIONED \n \nCLASSIFIED BY DCM PSIMONS PER 1.5 (B) AND (D) \n \n ",
    ),
    ("", ("Kelly A. Keiderling",), "Classified By: CDA Kelly A. Keiderling under 1.4 (b) and (d)"),
)


def _via(text: str) -> str:
    body = text.strip()
    simple = body.lower().startswith("classified") and "\n \n" not in body and "\n\n" not in body
    return "unit" if simple else "cable"


def _case_id(ref_id: str, seen: dict[str, int]) -> str:
    base = f"classified_by-{ref_id.lower() or 'no-id'}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"


_seen: dict[str, int] = {}
CASES: tuple[Case, ...] = tuple(
    Case(_case_id(ref_id, _seen), text, names, via=_via(text), ref_id=ref_id or None)
    for ref_id, names, text in _ROWS
)


def run(case: Case) -> Any:
    if case.via == "unit":
        from cablebase.telegram.values import parse_classified_by

        return tuple(parse_classified_by(case.text.strip()).names)
    from cablebase.telegram.envelope import Envelope
    from cablebase.telegram.parse import parse_cable

    cb = parse_cable(case.text, Envelope(ref_id=case.ref_id)).classified_by
    return tuple(cb.names) if cb else ()
