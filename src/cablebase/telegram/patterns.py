"""The telegram's structural patterns, in one place.

Each pattern is tolerant of the damage seen in the wild (see docs/cable-format.md in the shared
folder for the variants and how often they occur). Value normalisers (DTG, TAGS, E.O. ...) keep
their own patterns next to their code in `values.py`; this module holds the patterns that find
where things are.
"""

from __future__ import annotations

import re

# --- Routing header (ACP-127 format lines) ------------------------------------------------------

TRANSMISSION_ID = re.compile(r"^(VZCZC[A-Z]{3}\d*)\s*$")
# FL2: precedence prosign pair followed by relay routing indicators (may wrap).
PROSIGN_LINE = re.compile(r"^(ZZ|OO|PP|RR)(?:\s+(R[A-Z]{3,7}))+\s*$")
RELAY_CONTINUATION = re.compile(r"^(?:R[A-Z]{3,7}\s*)+$")
DE_LINE = re.compile(r"^DE\s+(R[A-Z]{3,7})\s+#\s?(\d{1,5})(?:/(\d+))?\s+(\d{3})(\d{4})\b")
SECURITY_LINE = re.compile(r"^ZN[RY]\s+([UCSTE])\1{4}(?:\s+ZZH)?\s*$")
DTG_LINE = re.compile(
    r"^(?:[ZOPRY](?:\s+[ZOPRY])?\s+)?\d{6}Z\s+[A-Za-z]{3}\s+\d{2}\s*$",
)
FROM_LINE = re.compile(r"^FM\s+(.+?)\s*$")
TO_LINE = re.compile(r"^TO\s+(.*?)\s*$")
INFO_LINE = re.compile(r"^INFO\s+(.*?)\s*$")
XMT_LINE = re.compile(r"^XMT\s+(.*?)\s*$")
BT_LINE = re.compile(r"^(?:BT|NNNN)\s*$")
# State-internal distribution copies: `PAGE 01 HARARE 06677 01 OF 03 291400Z`, `ACTION AF-00`.
DISTRIBUTION_NOISE = re.compile(
    r"^(?:PAGE\s+\d{2}\s|ACTION\s+[A-Z]+-\d\d|INFO\s+LOG-\d\d|ORIGIN\s+[A-Z]+-\d\d|-{6,}[A-Z0-9]*\s+\d{6}Z"
    r"|[A-Z]{2,5}-\d\d\s+(?:[A-Z]{2,5}-\d\d\s*)+)"
)
PARTIAL_EXTRACT = re.compile(
    r"This\s+record\s+is\s+a\s+partial\s+extract\s+of\s+the\s+original\s+cable", re.IGNORECASE
)

# --- Text header ---------------------------------------------------------------------------------

# The classification banner: level in spaced (or damaged) capitals, optional SECTION, post, MRN.
_LEVEL = (
    r"(?P<level>"
    r"T\s?O\s?P\s+S\s?E\s?C\s?R\s?E\s?T"
    r"|S{1,2}\s?E\s?C\s?R\s?E\s?T|C?S\s?E\s?C\s?R\s?E\s?T|E\s?C\s?R\s?E\s?T"
    r"|C{1,2}\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L|O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L"
    r"|U{1,2}NCLAS(?:SIFIED)?|L\s?I\s?M\s?I\s?T\s?E\s?D\s+O\s?F\s?F\s?I\s?C\s?I\s?A\s?L\s+U\s?S\s?E"
    r")"
)
BANNER = re.compile(
    r"^\s*" + _LEVEL + r"(?:\s*//\s*[A-Z/ ]+?)?"
    r"(?:\s+(?:SECTION|section|Section)\s+(?P<section>\d{1,2})\s+(?:OF|of|Of)\s+(?P<sections>\d{1,2}))?"
    r"\s+(?P<post>[A-Za-z][A-Za-z .'-]*?|X{4,})\s+(?P<mrn>\d{1,8})\s*$",
    re.IGNORECASE,
)
# A banner with no post/MRN (`CONFIDENTIAL`, `UNCLASSIFIED`) or with trailing text.
BANNER_LOOSE = re.compile(r"^\s*" + _LEVEL + r"(?=\s|$|/)", re.IGNORECASE)
CAPTION_LINE = re.compile(
    r"^\s*(SIPDIS|NOFORN|SENSITIVE(?:\s+BUT\s+UNCLASSIFIED)?|NOT\s+FOR\s+INTERNET\s+DISTRIBUTION"
    r"|EXDIS|NODIS|LIMDIS|STADIS|CHEROKEE|EFTO|FOR\s+OFFICIAL\s+USE\s+ONLY"
    r"|C\s?O\s?R\s?R\s?E\s?C\s?T\s?E\s?D\s+C\s?O\s?P\s?Y(?:\s*\(.*\))?)"
    r"(?:\s*[,;]\s*(SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|SENSITIVE))*\s*[.,]?\s*$",
    re.IGNORECASE,
)
EO_LABEL = re.compile(r"\bE\.?\s?O\.?\s*1\d{4}\b|\bEO\s+1\d{4}\b", re.IGNORECASE)
EO_LINE = re.compile(
    r"^\s*(?:DEPT\s+FOR\s+\S+\s+)?(?:E\s?\.?\s?O\s?\.?\s*1\d{4}|DECL\s*:\s*\d)", re.IGNORECASE
)
TAGS_LINE = re.compile(r"^\s*(?:TAGS?|TAGE|TAS|TABS|TGS|AGS)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
SUBJECT_LINE = re.compile(
    r"^\s*(?:(?i:S?UBJ(?:ECT)?)\s*:|(?:SUBJECT|SUBJ)\s+(?=[A-Z(\[\"]))\s*(?P<rest>.*)$"
)
REF_LINE = re.compile(
    r"^\s*(?:PROGRAM\s+)?(?:REF(?:TEL)?S?|REF\(S\))\s*:?\s*(?P<rest>.*)$", re.IGNORECASE
)
# Inside a SUBJECT line; scraping can glue it to the last word (`UK PRIMEREF: A. LONDON 1939`).
REF_LABEL_INLINE = re.compile(r"(?:\s|(?<=[A-Z]))(?i:REF(?:TEL)?S?|REF\(S\))\s*:\s*")
CLASSIFIED_BY = re.compile(
    r"^\s*(?:\d{1,2}\.\s*)?(?:\(\s*[A-Z/]+\s*\)\s*)?CLASSIFIED\s+BY\b\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Inline variant: `(U) Classified by ...` after other text on the same line.
CLASSIFIED_BY_INLINE = re.compile(r"\bCLASSIFIED\s+BY\b\s*:?", re.IGNORECASE)

# --- Body ----------------------------------------------------------------------------------------

# Page-break lines: post truncated to 10 characters, 8-digit MRN, page `NNN` or `NNN.d`, OF total.
PAGE_BREAK = re.compile(
    r"^\s*(?:[A-Z][A-Z .'-]{0,12}?|X{4,})\s*\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\s*$",
    re.IGNORECASE,
)
# The same, glued to the end of a line (inside SUBJECT or REF lines).
PAGE_BREAK_TAIL = re.compile(
    r"\s+(?:[A-Z][A-Z .'-]{0,12}?|X{4,})\s*\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\s*$",
    re.IGNORECASE,
)
OLD_PAGE_HEADER = re.compile(
    r"^\s*PAGE\s+\d{2}\s+[A-Z][A-Z ]+\s+\d{4,6}\s+\d{2}\s+OF\s+\d{2}\s+\d{6}Z?"
)
PARAGRAPH_START = re.compile(
    r"^(?:\s{0,3}¶?\s{0,2}(?P<num>\d{1,3})\s?\.|¶?(?P<pnum>\d{1,3})\))"
    r"(?:\s*\(\s*(?P<mark>[A-Za-z][A-Za-z/ -]{0,30}?)\s*\)\s*[.:]?)?"
    r"(?=\s|$)"
)
# The same at any line start of a longer text.
PARAGRAPH_START_IN_TEXT = re.compile(PARAGRAPH_START.pattern, re.MULTILINE)
PORTION_MARK = re.compile(r"^[A-Z]{1,4}(?:\s*/{1,2}\s*[A-Z][A-Z ]{0,20})*$|^C - ENTIRE TEXT$")
# Summary marks, each tried where a spelling of "summary" starts (see body.extract_summary).
SUMMARY_START_AT = re.compile(
    r"SUMM?A?R?Y(?:\s+AND\s+(?:COMMENT|ACTION\s+REQUEST|INTRODUCTION))?\s*(?:[:.\-\u2010-\u2015]|\n)",
    re.IGNORECASE,
)
SUMMARY_END_AT = re.compile(
    r"END\s+(?:OF\s+)?SUMM?A?R?Y(?:\s+AND\s+[A-Z]+)?\b\s*\.?", re.IGNORECASE
)
DASH_LINE = re.compile(r"^\s*-{3,}(?:\s+-+)?\s*$")
# Redactions: runs of X (lower-case in reformatted texts) and bracketed removal notes.
X_RUN = re.compile("XXXX+")
x_RUN = re.compile("xxxxx+")
REMOVED_NOTE = re.compile(
    r"\[(?:NAME|DETAILS|SOURCE|LOCATION|Name|Details|Source|Location)\s+(?:REMOVED|[Rr]emoved)\]"
)
WEEKDAY_DATE = re.compile(
    r"^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"(?:,\s+\d{1,2}:\d{2})?\s*$"
)
