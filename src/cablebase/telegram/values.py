"""One normaliser per header value: DTG, classification, E.O. line, TAGS, Classified By, origin
name, printed timestamps. Each is a pure function from text to a value; each tolerates the
variants listed in the format reference and returns None (or an empty value) when the text does
not hold what it should.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cablebase.model import ClassifiedBy, EOLine
from cablebase.telegram import stations as st
from cablebase.telegram.refid import origin_code, split_ref_id

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
            iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
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


def iso_datetime(printed: str) -> str | None:
    """A printed timestamp (`2007-09-10 02:49`, cables.csv `12/28/1966 18:48`) as
    `YYYY-MM-DDTHH:MM:SSZ` (UTC, as every source prints it), or None."""
    text = " ".join(printed.split())
    for form in _TIMESTAMP_FORMS:
        try:
            return datetime.strptime(text, form).strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            continue
    return None


# --- TAGS ----------------------------------------------------------------------------------------

TAG_MEANINGS: dict[str, str] = {
    **st.GEO_TAGS,
    **st.SUBJECT_TAGS,
    **st.PROGRAM_TAGS,
    **st.ORG_TAGS,
    **{code: "Regional grouping (region not publicly documented)" for code in st.REGION_TAGS},
}
_KNOWN_TAGS = frozenset(TAG_MEANINGS) | st.KNOWN_WITHOUT_MEANING
# Pieces a fused run (`ECONEFIN`) may be cut into: country codes, 3-letter orgs, 4-letter tags.
_PIECES = frozenset(t for t in _KNOWN_TAGS if 2 <= len(t) <= 4 and t.isalpha())
_TAG_CUT = re.compile(r"\b(?:S?UBJ(?:ECT)?|REF(?:TEL)?S?|CLASSIFIED\s+BY)\s*:.*$", re.I | re.S)
_PAGE_NUMBERS = re.compile(r"\b\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\b", re.I)
_TAG_TOKEN = re.compile(r"[^\s(]+(?:\s*\([^)]*\)?)?|\([^)]*\)?")
_NOT_TAGS = st.words("SIPDIS NOFORN")
_SUBJECT_SHAPE = re.compile(r"^[ABCEKLMOPST][A-Z]{3}$|^[A-Z]{2}$")


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags of a TAGS line (label removed), upper-cased, in order, de-duplicated.

    Fused and misspelled tags are repaired. A person group becomes its own tag
    (`OVIP (CLINTON, HILLARY)` -> OVIP, `CLINTON, HILLARY`; `OVIP BIDEN JOSEPH` -> OVIP,
    `BIDEN, JOSEPH`). Unrecognised words form one free-text tag per comma-separated item
    (`Organized Crime`); on a line without commas each is its own tag, as the WikiLeaks site
    linked them, except known phrases (`COUNTER TERRORISM`)."""
    text = _drop_page_breaks(_TAG_CUT.sub("", text))
    lower = text == text.lower()
    items = _split_outside_parens(text)
    out: list[str] = []
    for item in items:
        free: list[str] = []
        tokens = _TAG_TOKEN.findall(item)
        while tokens:
            token = tokens.pop(0)
            if out and out[-1] == "OVIP" and not free and _unknown_pair(token, tokens):
                out.append(f"{token.upper()}, {tokens.pop(0).upper()}")  # `OVIP BIDEN JOSEPH`
                continue
            tags = _person_tags(token) if "(" in token else _word_tags(token, lower)
            if tags is None:
                free.append(token.strip(".:").upper())
                continue
            out.extend(_free_tags(free, len(items) > 1))
            free = []
            out.extend(tags)
        out.extend(_free_tags(free, len(items) > 1))
    return tuple(dict.fromkeys(t for t in out if t and t not in _NOT_TAGS))


def _unknown_pair(token: str, rest: list[str]) -> bool:
    """Whether `token` and the next one are a surname and given name, not tags."""
    pair = [token, *rest[:1]]
    return len(pair) == 2 and all(
        w.isalpha() and w.upper() not in _KNOWN_TAGS and w.upper() not in st.TAG_FIXES for w in pair
    )


def _free_tags(words: list[str], comma_separated: bool) -> list[str]:
    if not words:
        return []
    if comma_separated:
        return [st.TAG_PHRASES.get(" ".join(words), " ".join(words))]
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2):
            phrase = " ".join(words[i : i + size])
            if len(words) - i >= size and phrase in st.TAG_PHRASES:
                out.append(st.TAG_PHRASES[phrase])
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _drop_page_breaks(text: str) -> str:
    # The post before the numbers is cut to 10 letters (`BUENOS AIR`): drop the words that
    # are not tags along with the numbers.
    while m := _PAGE_NUMBERS.search(text):
        words = text[: m.start()].split()
        while words and words[-1].upper() not in _KNOWN_TAGS and words[-1].isalpha():
            words.pop()
        text = " ".join(words) + " " + text[m.end() :]
    return text


def _split_outside_parens(text: str) -> list[str]:
    items: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",;" and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return [i for i in items if i.strip()]


def _person_tags(token: str) -> list[str]:
    head, _, group = token.partition("(")
    inner = " ".join(group.rstrip(")").split()).upper()
    head = head.strip().upper()
    return [st.TAG_FIXES.get(head, head), inner] if head else [inner]


def _word_tags(word: str, lower: bool) -> list[str] | None:
    """The tag(s) a single word stands for; [] for noise; None for a free-text word."""
    w = word.strip(".:")
    upper = w.upper()
    if not w or re.fullmatch(r"[\d.]+", w):
        return []
    if upper in st.TAG_FIXES:
        return [st.TAG_FIXES[upper]]
    if upper in _KNOWN_TAGS:
        return [upper]
    if (w.isupper() or lower) and _SUBJECT_SHAPE.match(upper):
        return [upper]
    if w.isupper() and len(w) >= 6:
        return _split_fused(w)
    return None


def _split_fused(run: str) -> list[str] | None:
    """`ECONEFIN` -> ECON EFIN: the cut into known pieces with fewest parts, accepted only when
    long pieces dominate (a place name like BRUSSELS also splits into country codes)."""
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for size in (4, 3, 2):
            start = end - size
            prev = best[start] if start >= 0 else None
            if prev is None or run[start:end] not in _PIECES:
                continue
            if best[end] is None or len(prev) + 1 < len(best[end] or ()):
                best[end] = [*prev, run[start:end]]
    parts = best[-1]
    if not parts or len(parts) < 2:
        return None
    long_parts = sum(len(p) > 2 for p in parts)
    return parts if long_parts >= len(parts) - long_parts else None


# --- Classified By -------------------------------------------------------------------------------

REASON_MEANINGS: dict[str, str] = {
    "a": "Military plans, weapons systems or operations",
    "b": "Information from or about foreign governments",
    "c": "Intelligence activities, sources or methods, and cryptology",
    "d": "US foreign relations and activities abroad, including confidential sources",
    "e": "Scientific, technological or economic matters bearing on national security",
    "f": "US government programmes to safeguard nuclear materials or facilities",
    "g": "Weaknesses or capabilities of systems, installations, infrastructure, projects, plans "
    "or protective services",
    "h": "Weapons of mass destruction",
}

_CB_LABEL = re.compile(
    r"^\s*(?:\d{1,2}\.\s*)?(?:\(\s*[A-Z/]+\s*\)\s*)?(?:CLASSIFIED\s+BY\b\s*:?\s*)+", re.I
)
# A word broken by reformatting (`Michae  l`, `Affai \nrs`): one side is a one- or two-letter
# fragment that is not a word of its own.
_BROKEN_WORD = re.compile(r"([A-Za-z]+)(?:[ \t]*\n[ \t]*|[ \t]{2,})([a-z]+)")
# Words (and the reason letters a-h) that are never half of a broken word.
_SHORT_WORDS = st.words("a b c d e f g h an and as at be by do for if in is it of on or so to up")
_SPLIT_AND = re.compile(r"\ba\s*n\s*d\b|\ban\s+d\b", re.I)
_SECTION = re.compile(r"(?<![\d.])1\s?(?:[./:]\s?([45])(?!\d)|([45])(?=\s?\())")
_REASONS_WORD = re.compile(r"(?:\b(?:for|per|by|under)\s+)?\bR\s*E\s*A\s*S?\s*O\s*N\s*S?\b", re.I)
_EO_CITE = re.compile(r"\bE\.?\s?O\.?\s*1\d{4}", re.I)
_LETTER_SEP = re.compile(r"[\s,/&+.;:-]*(?:(?:and|or)\b[\s,/&+.;:-]*)?", re.I)
_LETTER_GROUP = re.compile(
    r"\(\s*[a-h](?:[\s,/&+.-]*(?:and\s)?\s*[a-h](?![a-z]))*\.?\s*(?:\)|$)|[a-h](?![a-z])", re.I
)
_LONE_LETTER = re.compile(r"(?<![a-z])[a-h](?![a-z])", re.I)
_TRAILING_WORDS = re.compile(r"(?:[\s,;:-]+(?:for|fo|per|by|under|section|acting))+$", re.I)
_NAME_SUFFIXES = st.words("JR SR II III IV")
_TITLE_WORDS = st.words(
    """ambassador ambassador-designate charge charge' chargé d'affaires d’affaires a.i. a.i cda
    dcm deputy chief mission of the political economic pol econ polecon counselor counsellor
    officer acting consul general principal section director dir. minister minister-counselor
    head affairs assistant secretary under poloff econoff coordinator advisor adviser attache
    defense regional security public senior management consular office unit representative
    permanent polcouns rso pao cg dpo embassy us u.s. usun usnato bureau department state interim
    mc das amb amb. dir dir. leader team for and in to by"""
)


def parse_classified_by(text: str) -> ClassifiedBy:
    """`Political M/C Alice D. Wells for reasons 1.4 (b/d).` -> names, title, reasons."""
    raw = _CB_LABEL.sub("", text)
    body = " ".join(raw.split())
    clean = " ".join(_SPLIT_AND.sub("and", _BROKEN_WORD.sub(_join_broken, raw)).split())
    cuts = [m.start() for p in (_REASONS_WORD, _SECTION, _EO_CITE) if (m := p.search(clean))]
    person = clean[: min(cuts)] if cuts else clean
    names, title = _names_and_title(_TRAILING_WORDS.sub("", person.strip(" .,;:-")))
    return ClassifiedBy(text=body, names=names, title=title, reasons=_reasons(clean))


def _join_broken(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    if (len(a) <= 2 or len(b) <= 2) and not {a.lower(), b} & _SHORT_WORDS:
        return a + b
    return f"{a} {b}"


def _reasons(text: str) -> tuple[str, ...]:
    found: list[str] = []
    starts = [(m.group(1) or m.group(2), m.end()) for m in _SECTION.finditer(text)]
    if not starts and (word := _REASONS_WORD.search(text)):
        starts = [("4", word.end())]  # `for reasons b, d`: the section is implied
    for section, pos in starts:
        while True:
            sep = _LETTER_SEP.match(text, pos)
            pos = sep.end() if sep else pos
            group = _LETTER_GROUP.match(text, pos)
            if not group:
                break
            letters = _LONE_LETTER.findall(group.group().replace("and", " "))
            found.extend(f"1.{section}({letter.lower()})" for letter in letters)
            pos = group.end()
    return tuple(dict.fromkeys(found))


def _names_and_title(person: str) -> tuple[tuple[str, ...], str | None]:
    if not person or person.lower().startswith("derived from"):
        return (), None
    person = re.sub(r"\s*\([^)]*\)$", "", person)  # `U/S Maria Otero (G)`: the office letter
    segments = [s.strip() for s in re.split(r"[,;]", person) if s.strip()]
    suffix = ""
    if len(segments) > 1 and segments[1].upper().rstrip(".") in _NAME_SUFFIXES:
        suffix = ", " + segments.pop(1)  # `THOMAS W. SIMONS, JR., AMBASSADOR`
    # `Gerald Feierstein, CDA` / `Ramin Asgard, Director, Iran Regional Presence Office`
    first = segments[0].split() if segments else []
    if len(segments) > 1 and 2 <= len(first) <= 4 and all(map(_name_like, first)):
        return (segments[0] + suffix,), segments[1]
    # `Ambassador William J. Burns` / `CDA, A.I. RON MCMULLEN`: the name ends a segment.
    for i, segment in enumerate(segments):
        tokens = segment.split()
        name = _trailing_name(tokens)
        if name:
            before = [*segments[:i], " ".join(tokens).strip(" -")]
            title = ", ".join(b for b in before if b)
            if not title and i + 1 < len(segments):
                title = segments[i + 1]
            return (" ".join(name) + suffix,), title or None
    return (), person or None


def _trailing_name(tokens: list[str]) -> list[str]:
    """Pop the name off the end of `tokens`: [suffix] surname, initials, one given name and a
    leading initial at most - anything before is read as the title (`Team Leader`, `LTC`)."""
    name: list[str] = []
    if tokens and tokens[-1].upper().rstrip(".") in _NAME_SUFFIXES:
        name.append(tokens.pop())
    if not tokens or not _name_like(tokens[-1]) or _is_initial(tokens[-1]):
        tokens.extend(name)
        return []
    name.insert(0, tokens.pop())
    while tokens and _name_like(tokens[-1]) and _is_initial(tokens[-1]):
        name.insert(0, tokens.pop())
    if tokens and _name_like(tokens[-1]):
        name.insert(0, tokens.pop())
        if tokens and _name_like(tokens[-1]) and _is_initial(tokens[-1]):
            name.insert(0, tokens.pop())
    return name


def _is_initial(token: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z0]\.)+[A-Z]?\.?|[A-Z]", token))


def _name_like(token: str) -> bool:
    return (
        "/" not in token
        and token.lower() not in _TITLE_WORDS
        and (token[0].isupper() or token[0] in "\"'")
    )
