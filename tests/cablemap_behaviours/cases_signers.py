"""The end of a cable -> Cable.signers (upper-case, as printed; trailers and noise ignored).

Source: cablemap.core/tests/test_reader_signers.py (its `_TEST_DATA`, c14n=False). Long bodies are
cut to their last lines: the behaviour is about the tail. All cases go through `parse_cable`.
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case

CATEGORY = "signers"
SOURCE = ("test_reader_signers.py",)

C = Case
CASES: tuple[Case, ...] = (
    C(
        "signers-before-classification-trailer",
        "4. AMBASSADOR KIM WILL ATTEMPT CALL PARK IN NEW YORK\nAT OPENING OF BUSINESS TO CONFIRM "
        "RECEIPT OF INSTRUCTIONS,\nAPPEARS TO BE WAVERING.\nSTEIGMAN\nCONFIDENTIAL\n",
        ("STEIGMAN",),
        ref_id="75LIBREVILLE1895",
    ),
    C(
        "signers-before-systematic-review-trailer",
        "ESTABLISHMENT MIGHT SO ARGUE TO THE SHAH AND PRIMIN\nAMOUZEGAR IN EFFORT TO REVERSE "
        "RELATIVE LIBERALIZATION OF\nRECENT MONTHS.\n\nSULLIVAN\n\nCONFIDENTIAL\n\nDeclassified/"
        "Released US Department of State EO Systematic\nReview 30 JUN 2006\n",
        ("SULLIVAN",),
        ref_id="78TEHRAN389",
    ),
    C(
        "signers-blank-lines-around",
        "(FROM THE WESTERN POINT OF VIEW) NEGOTIATING PROCESS.\n\n\nLAINGEN\n\nCONFIDENTIAL\n",
        ("LAINGEN",),
        ref_id="79TEHRAN8980",
    ),
    C(
        "signers-after-long-paragraph-lines",
        "7. COMMENT: WHILE NEW TO THE JOB, KOKSAL, FORMERLY WITH THE POLICY PLANNING STAF, WAS "
        "SUBSTANTIALLY MORE OPEN THAN HIS PREDECESSORS IN DISCUSSING KURDISH QUESTION.\n\nSPIERS\n",
        ("SPIERS",),
        ref_id="79ANKARA6618",
    ),
    C(
        "signers-after-quoted-paragraph",
        "4. THE SOVIETS THINK THE PGOI'S MOST DANGEROUS PROBLEM IS THE KURDISH REVOLT.  \"THEY ARE "
        'JUST CRAZY PEOPLE."\n\nLAINGEN\n',
        ("LAINGEN",),
        ref_id="79TEHRAN12130",
    ),
    C(
        "signers-after-dash-line",
        "5.  (U) REGARDING REFTEL'S PARA 5, AKIYAMA\nCONFIRMED THAT 106 SPERM WHALES, ALL MALES,\n"
        "HAD BEEN HARVESTED BY THE JAPANESE COASTAL\nWHALING FLEET THROUGH JANUARY 7.\n-\nCLARK\n",
        ("CLARK",),
    ),
    C(
        "signers-after-two-blank-lines",
        "IN BEIRUT (ASSOCIATED PRESS, LOS ANGELES TIMES,\nAND NEW YORK TIMES); SOME OF THESE ARE "
        "THINKING ABOUT\nLEAVING.\n\n\nBARTHOLOMEW\n",
        ("BARTHOLOMEW",),
    ),
    C(
        "signers-after-end-comment",
        'FROM BOTSWANA." THE PRESS RELEASE ALSO FOLLOWS A SIRO REPORT. THE ANC GROUP REPORTEDLY '
        "FLED BACK INTO\nBOTSWANA. END COMMENT.\n\n\nMAINO\n",
        ("MAINO",),
    ),
    C(
        "signers-on-minimize-line",
        "20.  NOTE:  POST WOULD WELCOME CRITICISMS AND\nCONTRIBUTIONS TO THIS STUDY.\n\n"
        "21.  BEIRUT MINIMIZE CONSIDERED.  EAGLETON\n",
        ("EAGLETON",),
    ),
    C(
        "signers-short-name",
        "PROSPECTS MAY BE BOTH DEPENDENT ON AND AN INDICATION OF THE\nEXISTENCE OF SUCH CONCERN."
        "\n\n\nKING\n",
        ("KING",),
    ),
    C("signers-mixed-case-body", "significant progress soon.\nVERSHBOW\n", ("VERSHBOW",)),
    C(
        "signers-hyphenated",
        "BILLION DOLLARS IN OUTSTANDING DEBT--MIGHT BE IN\nJEOPARDY.\n\nSTRAUSZ-HUPE\n",
        ("STRAUSZ-HUPE",),
    ),
    C(
        "signers-before-repeated-trailers",
        "EMBASSY GROUNDS AND WAS NOT HINDERED IN HIS OBSERVATIONS.\nRICKERT\n\n\nCONFIDENTIAL\n\n"
        "SIPDIS\n",
        ("RICKERT",),
    ),
    C(
        "signers-before-oc-t-note",
        "QUIET.  END COMMENT.\n\nBARTHOLOMEW\n\nNOTE BY OC/T:  HEADING AS RECEIVED.  CORRECTION TO "
        "FOLLOW.\n",
        ("BARTHOLOMEW",),
    ),
    C(
        "signers-hash-marks",
        "IMAGE WHILE PROCEEDING WITH BUSINESS AS USUAL.\n\nGILLESPIE##\n",
        ("GILLESPIE",),
    ),
    C(
        "signers-after-end-text-hash-marks",
        "CROWN PRINCE IS PRESIDENT OF THE SAUDI EQUESTRIAN CLUB\nIN RIYADH.\n\n\nEND TEXT.\n\n\n"
        "HORAN##\n",
        ("HORAN",),
    ),
    C("signers-trailing-period", "ARE\nAPT TO BE OVERTURNED.\n\nMCNAMARA.\n", ("MCNAMARA",)),
    C(
        "signers-after-end-of-text",
        "     REPORT.  END OF TEXT. BAKER\n\n\nUNCLASSIFIED\n",
        ("BAKER",),
    ),
    C(
        "signers-after-gp-line",
        "WHICH WOULD APPEAR MOST LIKELY TO SUCCEED.\n\nGP-3\nSACCIO\n",
        ("SACCIO",),
    ),
    C(
        "signers-before-page-header-and-nnnn",
        "UNDERTAKES SOMETHING.  END TEXT.\nEINIK\n                       UNCLASSIFIED\n\n\n"
        "                       UNCLASSIFIED\n\nPAGE 04        ZAGREB  01569  04 OF 04  071629Z\n"
        "\n\n\n                       UNCLASSIFIED\n\n\n\n\nNNNN\n",
        ("EINIK",),
    ),
    C(
        "signers-after-slash-junk",
        "MAKING THE SOVIETS A SUFFICIENTLY ATTRACTIVE OFFER TO SWITCH\nSIDES.-/\n\n\nNEWTON\n",
        ("NEWTON",),
        ref_id="85BAGHDAD3988",
    ),
    C(
        "signers-after-unquote",
        "4.  KAMPALA MINIMIZE CONSIDERED.\nUNQUOTE\n\nSHULTZ\n",
        ("SHULTZ",),
        ref_id="86STATE29781",
    ),
    C(
        "signers-trailing-spaces",
        "EGYPTIAN-ISRAELI TIES.  TUVAL IS ASSISTED IN HIS \n \n \nHAMBLEY \n",
        ("HAMBLEY",),
        ref_id="86ALEXANDRIA1240",
    ),
    C(
        "signers-no-final-newline",
        "\u00b64.  PLEASE NOTE A CHANGE IN VON DER ASSEN'S PHONE NUMBER.\nIT NOW IS 31-70-378 4921."
        "\nSCHNEIDER",
        ("SCHNEIDER",),
        ref_id="00THEHAGUE1810",
    ),
    C(
        "signers-before-nnnn-and-archive-line",
        "this support will last only as long as the cash flows.\n(Drafted: PAS: Victoria Alvarado.)"
        "\nSHAPIRO\n\n\nNNNN\n\n      2004CARACA01540 - UNCLASSIFIED",
        ("SHAPIRO",),
        ref_id="04CARACAS1540",
    ),
    C(
        "signers-before-not-passed-note",
        "END COMMENT.\nPETERSON\n\nNOTE: NOT PASSED TO ABOVE ADDRESSEE(S)\n\n"
        "                       CONFIDENTIAL",
        ("PETERSON",),
        ref_id="00HANOI2480",
    ),
    C(
        "signers-after-page-header-mid-sentence",
        "TO OR IN THE CARRYING OUT OF THESE ILLEGAL ACTIVITIES.)  END\n"
        "                       UNCLASSIFIED\n\nPAGE 04        HANOI  02605  300858Z\nTEXT.\n\n"
        "PETERSON\n\n                       UNCLASSIFIED",
        ("PETERSON",),
        ref_id="00HANOI2605",
    ),
    C(
        "signers-after-page-break-line",
        "\u00b621.  (U)  Kupolokun also said that a gas development\nagreement will be drafted.  "
        "The\nNNPC retains ownership of PSC gas.\nBROWNE",
        ("BROWNE",),
        ref_id="07LAGOS97",
    ),
    C(
        "signers-none-when-truncated",
        "\nKINSHASA 00000329  008 OF 008\n\n\n\u00b656. (U) At a meeting in Matadi, the GDRC decided "
        "that at the end of\nthe month they will auction containers.\n\nMonthly Inflation and "
        "Exchange Rates\n------------------------------------\n\n\u00b657. (U) The monthly "
        "inflation rate for March was 5.6 percent. The",
        (),
        ref_id="08KINSHASA329",
    ),
    C(
        "signers-after-all-caps-paragraph",
        "PLANNED MEETINGS IN EARLY 2002 OF THE ASEAN FOREIGN AND\nDEFENSE MINISTERS ARE LIKELY "
        "FURTHER TO DISCUSS SUCH\nEXPANDED ANTI-TERRORISM COOPERATION.\nPORTER\n\n"
        "                       UNCLASSIFIED",
        ("PORTER",),
        ref_id="01HANOI3209",
    ),
    C(
        "signers-two-word-surname",
        "(SAARC) TO ADDRESS THE PROBLEM OF INTERNATIONAL\nTERRORISM.  BANGLADESH'S UNGA VOTING "
        "RECORD ON TERRORISM\nIS UNAVAILABLE AT POST.\n\n\nDE PREE\n",
        ("DE PREE",),
        ref_id="88DHAKA2166",
    ),
    C(
        "signers-after-yyy",
        "OUR ALLIES.  END FYI. YYY\n\n\nWHITEHEAD",
        ("WHITEHEAD",),
        ref_id="88STATE271057",
    ),
    C(
        "signers-before-lou-and-nnnn",
        "ADMINISTRATION OF CHINA (CAAC) WHICH SERVES AS AIR\nMONGOLIA'S AGENT IN CHINA.\n\nLORD\n"
        "LIMITED OFFICIAL USE\nNNNN",
        ("LORD",),
        ref_id="88BEIJING25961",
    ),
    C(
        "signers-apostrophe",
        "EXTEND HIS VISIT IF HE WISHED.\n\n\nO'DONOHUE",
        ("O'DONOHUE",),
        ref_id="89BANGKOK3838",
    ),
    C(
        "signers-after-regards",
        "H. NO CHANGE.\n \nREGARDS \n \nCARSON \n",
        ("CARSON",),
        ref_id="91KAMPALA4929",
    ),
    C(
        "signers-page-break-and-trailing-dot",
        "that any further delays will only increase instability on the \nground and will not "
        "provide softer landings. \n \nBRUSSELS 00003382  003 OF 003 \n \n \nGRAY \n.",
        ("GRAY",),
        ref_id="07BRUSSELS3382",
    ),
    C(
        "signers-after-quoted-note-address",
        "high and distinguished consideration. \n \nNovember 16, 2007 \nTo the Honorable Embassy of "
        "the United States of America \nCity \nARREAGA",
        ("ARREAGA",),
        ref_id="07PANAMA1797",
    ),
    C(
        "signers-before-classification-and-archive-line",
        "RABTA FOR ILLICIT B/CW PRODUCTION. \nSEMBLER \n \n                          SECRET \n \n> \n"
        " 2002ROME01748 - Classification: SECRET",
        ("SEMBLER",),
        ref_id="02ROME1748",
    ),
)


def run(case: Case) -> Any:
    from cablebase.telegram.envelope import Envelope
    from cablebase.telegram.parse import parse_cable

    return tuple(parse_cable(case.text, Envelope(ref_id=case.ref_id)).signers)
