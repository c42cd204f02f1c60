from cablebase.telegram.textheader import find_banner, parse_text_header, unglue

SEED_000_TEXT = """C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 004420

SIPDIS

SIPDIS

E.O. 12958: DECL: 08/31/2017
TAGS: PGOV PREL IN PK RS XD
SUBJECT: RUSSIA WANTS A STABLE PAKISTAN BUT AVOIDS DIRECT
BACKING OF MUSHARRAF

Classified By: Political M/C Alice D. Wells for reasons 1.4 (b/d).

1. (C) Summary:  Russia seeks a stable Pakistan, preferably"""


def test_fields_of_a_standard_text_header() -> None:
    lines = SEED_000_TEXT.split("\n")
    banner = find_banner(lines)
    assert banner == 0
    th = parse_text_header(lines, banner)
    assert (th.level, th.post, th.mrn, th.section) == (
        "C O N F I D E N T I A L",
        "MOSCOW",
        "004420",
        1,
    )
    assert th.captions == ["SIPDIS", "SIPDIS"]
    assert th.eo == "E.O. 12958: DECL: 08/31/2017"
    assert th.tags == "PGOV PREL IN PK RS XD"
    assert th.subject == "RUSSIA WANTS A STABLE PAKISTAN BUT AVOIDS DIRECT BACKING OF MUSHARRAF"
    assert th.classified_by == "Classified By: Political M/C Alice D. Wells for reasons 1.4 (b/d)."
    assert lines[th.body_start].startswith("1. (C) Summary")


def test_ref_block_with_hanging_items_and_passing_lines() -> None:
    text = """C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000478

SIPDIS

STATE FOR SCA/CEN, S/SRAP, EUR/RUS, NEA/IR

E.O. 12958: DECL: 03/17/2029
TAGS: PGOV PREL PROP MARR IR RS AF KZ
SUBJECT: KAZAKHSTAN:  "MOSCOW WANTS YOU TO FAIL IN
AFGHANISTAN"

REF: A. ASTANA 0426
     B. ASTANA 0376

Classified By: Ambassador Richard E. Hoagland:  1.4 (B), (D)

1.  (C) SUMMARY:  A Kazakhstani foreign-policy insider told"""
    lines = text.split("\n")
    th = parse_text_header(lines, find_banner(lines))
    assert th.passing == ["STATE FOR SCA/CEN, S/SRAP, EUR/RUS, NEA/IR"]
    assert th.subject == 'KAZAKHSTAN:  "MOSCOW WANTS YOU TO FAIL IN AFGHANISTAN"'
    assert th.ref == "A. ASTANA 0426\nB. ASTANA 0376"
    assert th.classified_by is not None and "Hoagland" in th.classified_by


def test_repeated_header_block_is_dropped() -> None:
    block = """C O N F I D E N T I A L MOSCOW 000434

SIPDIS

E.O. 12958: DECL: 02/15/2018
TAGS: PREL PARM RS
SUBJECT: DFM LOSYUKOV ON IRAN

Classified By: Ambassador William J. Burns. Reasons 1.4 (B/D).
"""
    lines = (block + "\n" + block + "\n\n1. (C) Summary. In a February 14 meeting").split("\n")
    th = parse_text_header(lines, find_banner(lines))
    assert th.subject == "DFM LOSYUKOV ON IRAN"
    assert lines[th.body_start].startswith("1. (C)")
    second_banner = lines.index("C O N F I D E N T I A L MOSCOW 000434", 1)
    assert second_banner in th.dropped


def test_subject_with_glued_ref_and_page_break() -> None:
    lines = [
        "UNCLAS SECTION 01 OF 03 BRASILIA 001378",
        "",
        "E.O. 12958: N/A",
        "TAGS: SENV KSCA BR",
        "SUBJECT: BRAZIL DEFORESTATION UPDATE - OCTOBER, 2008 REF: BRASILIA 1159 "
        "BRASILIA 00001378 001.2 OF 003",
        "",
        "1. (U) THIS CABLE IS SENSITIVE BUT UNCLASSIFIED.",
    ]
    th = parse_text_header(lines, find_banner(lines))
    assert th.subject == "BRAZIL DEFORESTATION UPDATE - OCTOBER, 2008"
    assert th.ref == "BRASILIA 1159"


def test_eo_line_merged_with_tags() -> None:
    lines = [
        "S E C R E T STATE 000001",
        "E.O. 12958: DECL: 2035/01/07 TAGS: ECON PTER",
        "SUBJECT: X",
        "",
    ]
    th = parse_text_header(lines, find_banner(lines))
    assert th.eo == "E.O. 12958: DECL: 2035/01/07"
    assert th.tags == "ECON PTER"


def test_glued_reformatted_banner_is_split() -> None:
    line = (
        "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 000228  SIPDIS  STATE FOR EUR/RUS  "
        "E.O. 12958: DECL: 01/28/2020"
    )
    assert unglue(line) == [
        "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 000228",
        "SIPDIS  STATE FOR EUR/RUS",
        "E.O. 12958: DECL: 01/28/2020",
    ]
    lines = [line, "", "TAGS: EINV RS", "", "SUBJECT: RUSSIAN DRAFT BILL", "", "1. (C) Text."]
    assert find_banner(lines) == 0
    th = parse_text_header(lines, 0)
    assert th.eo == "E.O. 12958: DECL: 01/28/2020" and th.tags == "EINV RS"


def test_no_banner_starts_at_given_line() -> None:
    lines = [
        "FM AMEMBASSY LA PAZ",
        "TO SECSTATE WASHDC",
        "",
        "SIPDIS",
        "",
        "TAGS: ASEC PREL",
        "SUBJECT: MILITARY STANDDOWN",
        "",
        "1. (S) Summary: text",
    ]
    assert find_banner(lines) is None
    th = parse_text_header(lines, None, 3)
    assert th.captions == ["SIPDIS"] and th.tags == "ASEC PREL"
    assert th.subject == "MILITARY STANDDOWN"
