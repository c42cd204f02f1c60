"""Reference IDs (`07MOSCOW4420`): canonical form, repair of malformed WikiLeaks IDs, post names.

An ID is two year digits, the origin code (post name without spaces) and the unpadded serial.
About 150 of the 251,287 Cablegate IDs are damaged; `canonical_ref_id` repairs the shapes seen
there (SECTION or caption text glued in, address prefixes, padded serials with suffixes,
garbled post names) and says what it did.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cablebase.telegram.stations import (
    ID_ALIASES,
    ORIGIN_JUNK_PREFIXES,
    ORIGIN_TYPOS,
    OTHER_ORIGINS,
    POST_ALIASES,
    REF_ALIASES,
    STATIONS,
)

_WELL_FORMED = re.compile(r"^(\d{2})([A-Z]+)([1-9]\d{0,6})$")
_SHAPED = re.compile(r"^(\d{2})([A-Z]+)(\d{1,7})$")
_SPLIT = re.compile(r"(\d{2})([A-Z]+)(\d{1,7})")
_PLUSD_SUFFIX = re.compile(r"_[A-Z]{1,2}$")
_FOUR_DIGIT_YEAR = re.compile(r"^(19[4-9]\d|20[0-4]\d)(?=\d*[A-Z])")
_DOUBLED_YEAR = re.compile(r"^(\d\d)\1(?=[A-Z])")
_GROUP = re.compile(r"([A-Z]+)(\d+)")
_ADDRESS_PREFIX = re.compile(r"^(?:AMEMBASSY|AMCONSUL|USMISSION|AMEMB|AMCON)\s+")
_NOT_LETTERS = re.compile(r"[\s.'’-]+")


def split_ref_id(ref_id: str) -> tuple[int, str, int] | None:
    """(4-digit year, origin code, serial) of a canonical ID, or None if it is not one."""
    m = _SPLIT.fullmatch(ref_id)
    if not m:
        return None
    yy = int(m.group(1))
    return (2000 + yy if yy < 50 else 1900 + yy), m.group(2), int(m.group(3))


def make_ref_id(year: int, origin: str, serial: int) -> str:
    return f"{year % 100:02d}{origin}{serial}"


# Pure, and called again and again with the same text across an archive (the same TAGS line,
# official, post or address): cached.
@lru_cache(maxsize=8192)
def origin_code(post: str) -> str | None:
    """The ID origin code for a post as text writes it (`SAO PAULO`, `SECSTATE`, `AMEMBASSY
    NEW DELHI`), or None when the text is not a known post."""
    return _origin_code(post, ref_context=False)


@lru_cache(maxsize=8192)
def ref_origin_code(post: str) -> str | None:
    """As `origin_code`, also accepting the short forms only REF items use (`BA`, `KL`)."""
    return _origin_code(post, ref_context=True)


def _origin_code(post: str, *, ref_context: bool) -> str | None:
    text = " ".join(post.upper().replace("’", "'").split()).strip(" .,:;")
    if not text:
        return None
    for candidate in (text, _ADDRESS_PREFIX.sub("", text)):
        if candidate in POST_ALIASES:
            return POST_ALIASES[candidate]
        if ref_context and candidate in REF_ALIASES:
            return REF_ALIASES[candidate]
        compact = _NOT_LETTERS.sub("", candidate)
        if compact in STATIONS or compact in OTHER_ORIGINS:
            return compact
        if compact in POST_ALIASES:
            return POST_ALIASES[compact]
    if ref_context:
        return _damaged_post(text)
    return None


def _damaged_post(text: str) -> str | None:
    """A REF item's post as damage leaves it: cut to the 10 characters of a page header
    (`RIO DE JAN`) or misspelled in a long name (`COLOMOBO`)."""
    compact = _NOT_LETTERS.sub("", text)
    if not compact.isalpha():
        return None
    if len(text) == 10:
        longer = [s for s in STATIONS if s.startswith(compact) and s != compact]
        if len(longer) == 1:
            return longer[0]
    return _nearest_station(compact) if len(compact) >= 7 else None


@lru_cache(maxsize=8192)
def canonical_ref_id(raw: str) -> tuple[str, tuple[str, ...]]:
    """The canonical form of a reference ID and the repairs made to reach it. Never raises:
    input that cannot be repaired comes back cleaned as far as possible, with a warning."""
    text = raw.strip().upper()
    warnings: list[str] = []
    compact = re.sub(r"[\s-]+", "", text)
    if compact != text:
        warnings.append(f"removed spaces or hyphens from reference ID {raw.strip()!r}")
    text = compact
    if _PLUSD_SUFFIX.search(text):
        text = _PLUSD_SUFFIX.sub("", text)
        warnings.append(f"stripped the PlusD suffix of {raw.strip()!r}")
    well_formed = _SHAPED.match(text)
    if _WELL_FORMED.match(text) and well_formed and well_formed.group(2) in STATIONS:
        return text, tuple(warnings)

    year, rest = _split_year(text, warnings)
    if year is None:
        warnings.append(f"reference ID {raw.strip()!r} does not start with a year")
        return text, tuple(warnings)
    groups = [(m.group(1), m.group(2), m.start()) for m in _GROUP.finditer(rest)]
    for letters, digits, start in groups:
        origin = repair_origin(letters)
        serial = int(digits)
        if origin is None or serial == 0:
            continue
        result = f"{year}{origin}{serial}"
        if result != text:
            warnings.append(f"repaired malformed reference ID {raw.strip()!r} to {result}")
        if start or rest[start + len(letters) + len(digits) :]:
            warnings.append(f"dropped text around {origin} {digits} in {raw.strip()!r}")
        return result, tuple(warnings)
    warnings.append(f"reference ID {raw.strip()!r} has no known post and serial; kept as is")
    if well_formed:
        # A well-formed ID from a post missing from our table: only the padding is ours to fix.
        return f"{well_formed.group(1)}{well_formed.group(2)}{int(well_formed.group(3))}", tuple(
            warnings
        )
    return text, tuple(warnings)


def _split_year(text: str, warnings: list[str]) -> tuple[str | None, str]:
    m = _FOUR_DIGIT_YEAR.match(text)
    if m:
        return m.group(1)[2:], text[4:]
    m = _DOUBLED_YEAR.match(text)
    if m:
        warnings.append(f"dropped the doubled year of {text!r}")
        return m.group(1), text[4:]
    if re.match(r"\d\d", text):
        return text[:2], text[2:]
    return None, text


def repair_origin(letters: str) -> str | None:
    """The station code a possibly garbled origin stands for, or None."""
    if letters in STATIONS or letters in OTHER_ORIGINS:
        return letters
    if letters in ORIGIN_TYPOS:
        return ORIGIN_TYPOS[letters]
    if letters in ID_ALIASES:
        return ID_ALIASES[letters]
    for prefix in ORIGIN_JUNK_PREFIXES:
        if letters.startswith(prefix) and len(letters) > len(prefix):
            tail = letters[len(prefix) :]
            if tail in STATIONS:
                return tail
            if tail in ORIGIN_TYPOS:
                return ORIGIN_TYPOS[tail]
            if prefix == "EMBASSY" and len(tail) >= 4:
                return tail  # `05EMBASSYBLABLA1`: the word is junk even if the post is unknown
    return _nearest_station(letters)


def _nearest_station(letters: str) -> str | None:
    """A unique station one edit away (two for long names): dropped, doubled or wrong letters."""
    if len(letters) < 4:
        return None
    limit = 2 if len(letters) >= 8 else 1
    best: list[str] = []
    best_distance = limit + 1
    for station in STATIONS:
        if abs(len(station) - len(letters)) > limit:
            continue
        d = _edit_distance(letters, station, limit)
        if d > limit:
            continue
        if d < best_distance:
            best, best_distance = [station], d
        elif d == best_distance:
            best.append(station)
    return best[0] if len(best) == 1 else None


def _edit_distance(a: str, b: str, limit: int) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
