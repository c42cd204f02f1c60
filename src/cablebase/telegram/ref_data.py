"""Patterns of the REF block: page headers that intrude, repairs of damaged citations, and the
kinds of non-cable items. Data for `references`."""

from __future__ import annotations

import re

# Page headers a page break left inside the block: `CONFIDENTIAL PAGE 02 ROME 01196 01 OF 02
# 082030Z` (old) and `STATE 00016220 001.2 OF 005` (post cut to 10 letters, 8-digit serial).
PAGE_HEADERS = re.compile(
    r"(?:\b(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED\s+OFFICIAL\s+USE)\s+)?"
    r"\bPAGE\s+\d{2,3}\s+[A-Z ]+?\s+\d{3,8}\s+\d\d\s+OF\s+\d\d\s+\d{6}Z\b"
    r"|\b(?:[A-Z][A-Z.'-]*\s+){1,3}\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\b",
    re.I,
)
# Repairs that keep a citation readable, applied to an item's text in order. Each comes with
# the characters one of which its pattern needs (checked first: most items need no repair).
REPAIRS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"#(?=\d)"), " ", "#"),  # `BAGHDAD #3565`
    (re.compile(r"\((?:U|C|S|SBU|LOU)\)(?=\d)", re.I), "   ", "("),  # `KUWAIT (C)02293`
    (re.compile(r"(?<=[A-Z])0(?=[A-Z])"), "O", "0"),  # `COTON0U`
    (re.compile(r"(?<![\w/.-])[Oo](?=\d{3,}\b)"), "0", "Oo"),  # `LAGOS O1512`
    (re.compile(r"\((\d\d)\)(\s+)(\d+)"), r"\3\2(\1)", "("),  # `STATE (01) 201265`
    # `QUITO 4525-91`
    (re.compile(r"(?<![\w/.-])(\d{3,7})[-/](\d{2})(?![\d/-])"), r"\1 (\2)", "-/"),
    (re.compile(r"(?<![\w/.-])(\d{4,7})\s+(\d{2})(?=\s*(?:[,;]|$))"), r"\1 (\2)", ""),  # `07718 99`
    (re.compile(r"(?<![\w.-])(\d{3,7})/(?=\d{3,7}\b)"), r"\1 / ", "/"),  # `KABUL 936/935`
)
GLUED_POST = re.compile(r"\b([A-Z]{2,})(\d{3,7})\b")  # `HK05511`

KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"\bE-?\s?MAILS?\b|\bEMAIL", re.I)),
    ("osc", re.compile(r"\bOSC\b|\b[A-Z]{3}\d{14}\b", re.I)),
    (
        "intelligence-report",
        re.compile(r"\bIIR\b|\bTD-\d|\bINTELLIGENCE\s+REPORT|\bDIA\s+REPORT", re.I),
    ),
    ("telcon", re.compile(r"\bTELE?CONS?\b|\bPHONE\s+CALL|\bTELEPHONE", re.I)),
    ("letter", re.compile(r"\bLETTERS?\b", re.I)),
    ("meeting", re.compile(r"\bMEETINGS?\b|\bMEMCONS?\b", re.I)),
    ("fam", re.compile(r"\b\d+\s+FA[MH]\b|\bFA[MH]\s+\d", re.I)),
)
