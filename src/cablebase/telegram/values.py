"""One normaliser per header value: DTG, classification, E.O. line, origin name, printed
timestamps. Each is a pure function from text to a value; each tolerates the variants listed in
the format reference and returns None (or an empty value) when the text does not hold what it
should. TAGS and Classified By live in `tags` and `classified_by` and are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from cablebase.model import EOLine
from cablebase.telegram import stations as st
from cablebase.telegram.classified_by import REASON_MEANINGS, parse_classified_by
from cablebase.telegram.refid import origin_code, split_ref_id
from cablebase.telegram.tags import TAG_MEANINGS, parse_tags

__all__ = [
    "REASON_MEANINGS",
    "TAG_MEANINGS",
    "Dtg",
    "iso_datetime",
    "normalise_classification",
    "origin_from_ref_id",
    "origin_name",
    "parse_classified_by",
    "parse_dtg",
    "parse_eo",
    "parse_tags",
]

# --- DTG ---------------------------------------------------------------------------------------

_DTG = re.compile(
    r"^\s*(?:(?P<a>[ZOPRY])(?:\s+(?P<i>[ZOPRY]))?\s+)?"
    r"(?P<d>\d\d)(?P<h>\d\d)(?P<m>\d\d)\s?Z\s+(?P<mon>[A-Za-z]{3})\s+(?P<y>\d{2}|\d{4})\b"
)
_PRECEDENCE = {
    "Z": "FLASH",
    "O": "IMMEDIATE",
    "P": "PRIORITY",
    "R": "ROUTINE",
    "Y": "EMERGENCY COMMAND",
}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


@dataclass(frozen=True, slots=True)
class Dtg:
    """`P 100249Z SEP 07`: precedence word, action/info precedence letters, the DTG as printed
    (month upper-cased) and its ISO 8601 UTC form (None when the date is impossible)."""

    precedence: str | None
    action: str | None
    info: str | None
    dtg: str
    iso: str | None


def parse_dtg(line: str) -> Dtg | None:
    m = _DTG.match(line)
    if not m:
        return None
    month = m.group("mon").upper()
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    iso: str | None = None
    if month in _MONTHS:
        try:
            when = datetime(
                year,
                _MONTHS.index(month) + 1,
                int(m.group("d")),
                int(m.group("h")),
                int(m.group("m")),
            )
            # An f-string is several times faster than strftime, which alone pads no year
            # below 1000 (and has the last word there).
            iso = (
                f"{year}-{when.month:02d}-{when.day:02d}T{when.hour:02d}:{when.minute:02d}:00Z"
                if year >= 1000
                else when.strftime("%Y-%m-%dT%H:%M:%SZ")
            )
        except ValueError:
            iso = None
    action = m.group("a")
    dtg = f"{m.group('d')}{m.group('h')}{m.group('m')}Z {month} {m.group('y')}"
    return Dtg(_PRECEDENCE.get(action) if action else None, action, m.group("i"), dtg, iso)


# --- Classification ------------------------------------------------------------------------------

_LEVELS = ("TOP SECRET", "SECRET", "CONFIDENTIAL", "LIMITED OFFICIAL USE", "UNCLASSIFIED")
_SBU = re.compile(
    r"\bSENSITIVE\b|\bSBU\b|FOR\s+OFFICIAL\s+USE\s+ONLY|\bFOUO\b|NOT\s+FOR\s+INTERNET", re.I
)
_NOFORN = re.compile(r"\bNOFORN\b|\bNF\b|NO\s+FOREIGN", re.I)


def _level(text: str) -> str | None:
    letters = re.sub(r"[^A-Z]", "", text.upper())
    if not letters:
        return None
    if "TOPSECRET" in letters:
        return "TOP SECRET"
    if "LIMITEDOFFICIALUSE" in letters or letters == "LOU":
        return "LIMITED OFFICIAL USE"
    if "NCLAS" in letters:
        return "UNCLASSIFIED"
    # Damaged banners drop or double letters: `O N F I D E N T I A L`, `CSE C R E T`.
    if "ONFIDENTIAL" in letters or "CONFIDENT" in letters:
        return "CONFIDENTIAL"
    if "ECRET" in letters:
        return "SECRET"
    return None


def normalise_classification(
    level: str | None, captions: Sequence[str] = (), *, metadata: str | None = None
) -> str | None:
    """The classification in WikiLeaks' vocabulary (`SECRET//NOFORN`), with `UNCLASSIFIED//FOUO`
    for its `UNCLASSIFIED//FOR OFFICIAL USE ONLY`. A valid `metadata` value wins."""
    if metadata:
        head, _, tail = metadata.partition("//")
        printed = _level(head)
        if printed:
            return _qualify(printed, [tail] if tail else [])
    if level is None:
        return None
    head, _, tail = level.partition("//")
    found = _level(head)
    if found is None:
        return None
    return _qualify(found, [*captions, tail] if tail else list(captions))


def _qualify(level: str, markers: Sequence[str]) -> str:
    joined = " ".join(markers)
    if level == "UNCLASSIFIED":
        return "UNCLASSIFIED//FOUO" if _SBU.search(joined) else level
    return f"{level}//NOFORN" if _NOFORN.search(joined) else level


# --- E.O. line -----------------------------------------------------------------------------------

_EO_ORDER = re.compile(r"\bE\s?\.?\s?O\s?\.?\s*:?\s*(\d{5})\b", re.I)
_TAGS_TAIL = re.compile(r"\s+TAGS?\b\s*:?.*$", re.I | re.S)
_DECL_WORD = re.compile(
    r"(?P<w>DECL[A-Z]*|DECLASSIFY\s+ON|GDS|DNG)\b\s*[:;.]?\s*(?:ON\s+)?(?P<rest>.*)$", re.I | re.S
)
_DATE_FORMS = (
    re.compile(r"^(?P<y>\d{4})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<d>\d{1,2})\b"),
    re.compile(r"^(?P<m>\d{1,3})\s*[/.-]\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<y>\d{4}|\d{2})\b"),
)


# Pure, and called again and again with the same text across an archive (the same TAGS line,
# official, post or address): cached.
@lru_cache(maxsize=8192)
def parse_eo(line: str) -> EOLine:
    """`E.O. 12958: DECL: 08/31/2017` -> order 12958, declassify on 2017-08-31."""
    text = " ".join(_TAGS_TAIL.sub("", line).split())
    order: str | None = None
    rest = text
    m = _EO_ORDER.search(text)
    if m:
        order = m.group(1)
        # Transposed digits of the usual order (`12598`, `19528`) are typing slips.
        if order != "12958" and sorted(order) == sorted("12958"):
            order = "12958"
        rest = text[m.end() :]
    return EOLine(text=text, order=order, declassify_on=_declassify_on(rest))


def _declassify_on(rest: str) -> str | None:
    rest = rest.strip(" :;,.-")
    m = _DECL_WORD.search(rest)
    if m:
        word = m.group("w").upper()
        if word.startswith("DECLASSIFIED") or word == "DNG":
            return None
        rest = m.group("rest")
    return _date(rest.strip())


def _date(text: str) -> str | None:
    for form in _DATE_FORMS:
        m = form.match(text)
        if not m:
            continue
        year = int(m.group("y"))
        if year < 100:
            year += 2000 if year < 50 else 1900
        try:
            return datetime(year, int(m.group("m")), int(m.group("d"))).strftime("%Y-%m-%d")
        except ValueError:
            return None
    return None


# --- Origin --------------------------------------------------------------------------------------

_FM = re.compile(r"^\s*(?:FM|FROM)\s+", re.I)
_OFFICE_TAIL = re.compile(r"\s*//.*$|\s+(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH)\b.*$")


@lru_cache(maxsize=8192)
def origin_name(from_line: str) -> str | None:
    """The WikiLeaks Origin for a FM line: `AMEMBASSY NEW DELHI` -> "Embassy New Delhi"."""
    text = " ".join(_OFFICE_TAIL.sub("", _FM.sub("", from_line.upper())).split())
    if not text:
        return None
    for prefix, kind in (("AMEMBASSY ", "Embassy"), ("AMCONSUL ", "Consulate")):
        if text.startswith(prefix):
            post = text[len(prefix) :]
            code = origin_code(post)
            return f"{kind} {_place(code, post)}"
    code = origin_code(text)
    if code is None and text.startswith("USMISSION "):
        return "Mission " + _place(None, text[len("USMISSION ") :])
    if code is None:
        return None
    return st.SPECIAL_ORIGINS.get(code) or f"Embassy {_place(code, text)}"


def origin_from_ref_id(ref_id: str) -> str | None:
    """A best guess of the Origin from the ID's post when no FM line is available."""
    split = split_ref_id(ref_id)
    if split is None or split[1] in st.UNNAMED_ORIGINS:
        return None
    code = split[1]
    if code in st.SPECIAL_ORIGINS:
        return st.SPECIAL_ORIGINS[code]
    kind = "Consulate" if code in st.CONSULATES else "Embassy"
    return f"{kind} {_place(code, code)}"


def _place(code: str | None, written: str) -> str:
    if code and code in st.SPACED_NAMES:
        return st.SPACED_NAMES[code]
    return " ".join(w[:1].upper() + w[1:].lower() for w in written.split())


# --- Timestamps ----------------------------------------------------------------------------------

_TIMESTAMP_FORMS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%Y-%m-%d",
)


_USUAL_TIMESTAMP = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2})")


def iso_datetime(printed: str) -> str | None:
    """A printed timestamp (`2007-09-10 02:49`, cables.csv `12/28/1966 18:48`) as
    `YYYY-MM-DDTHH:MM:SSZ` (UTC, as every source prints it), or None."""
    m = _USUAL_TIMESTAMP.fullmatch(printed)
    if m is not None and m[1] >= "1000":
        # The form every source is normalised to, read without strptime (several times
        # slower); the result is the same.
        year, month, day, hour, minute = map(int, m.groups())
        try:
            datetime(year, month, day, hour, minute)
        except ValueError:
            return None
        return f"{printed[:10]}T{printed[11:]}:00Z"
    text = " ".join(printed.split())
    for form in _TIMESTAMP_FORMS:
        try:
            return datetime.strptime(text, form).strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            continue
    return None
