"""TAGS values: the index terms of a TAGS line, in the cable's order, de-duplicated, with fused
and misspelled tags repaired and person groups kept together (format reference §4.4, §6)."""

from __future__ import annotations

import re
from functools import lru_cache

from cablebase.telegram import tag_data as td
from cablebase.telegram.stations import words

__all__ = ["TAG_MEANINGS", "parse_tags"]

TAG_MEANINGS: dict[str, str] = {
    **td.GEO_TAGS,
    **td.SUBJECT_TAGS,
    **td.PROGRAM_TAGS,
    **td.ORG_TAGS,
    **{code: "Regional grouping (region not publicly documented)" for code in td.REGION_TAGS},
}
_KNOWN_TAGS = frozenset(TAG_MEANINGS) | td.KNOWN_WITHOUT_MEANING
# Pieces a fused run (`ECONEFIN`) may be cut into: country codes, 3-letter orgs, 4-letter tags.
_PIECES = frozenset(t for t in _KNOWN_TAGS if 2 <= len(t) <= 4 and t.isalpha())
_TAG_CUT = re.compile(r"\b(?:S?UBJ(?:ECT)?|REF(?:TEL)?S?|CLASSIFIED\s+BY)\s*:.*$", re.I | re.S)
_PAGE_NUMBERS = re.compile(r"\b\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\b", re.I)
_TAG_TOKEN = re.compile(r"[^\s(]+(?:\s*\([^)]*\)?)?|\([^)]*\)?")
_NOT_TAGS = words("SIPDIS NOFORN")
_SUBJECT_SHAPE = re.compile(r"^[ABCEKLMOPST][A-Z]{3}$|^[A-Z]{2}$")


# Pure, and called again and again with the same text across an archive (the same TAGS line,
# official, post or address): cached.
@lru_cache(maxsize=8192)
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
            pair = [token.upper(), *(w.upper() for w in tokens[:1])]
            if len(items) == 1 and pair[0] not in _KNOWN_TAGS and _person(pair):
                free.append(token.upper())  # `CROS GERARD`: a surname shaped like a tag
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
        w.isalpha() and w.upper() not in _KNOWN_TAGS and w.upper() not in td.TAG_FIXES for w in pair
    )


def _free_tags(run: list[str], comma_separated: bool) -> list[str]:
    if not run:
        return []
    if comma_separated:
        return [td.TAG_PHRASES.get(" ".join(run), " ".join(run))]
    out: list[str] = []
    i = 0
    while i < len(run):
        for size in (4, 3, 2):
            phrase = " ".join(run[i : i + size])
            if len(run) - i >= size and phrase in td.TAG_PHRASES:
                out.append(td.TAG_PHRASES[phrase])
                i += size
                break
        else:
            if _person(run[i : i + 2]):
                out.append(f"{run[i]}, {run[i + 1]}")  # `NOVO GUILLERMO`: surname, given name
                i += 2
                continue
            out.append(run[i])
            i += 1
    return out


def _person(pair: list[str]) -> bool:
    """A surname followed by a known given name, as person tags are written without commas."""
    return (
        len(pair) == 2
        and pair[1] in td.GIVEN_NAMES
        and pair[0] not in td.GIVEN_NAMES
        and all(w.isalpha() for w in pair)
    )


def _drop_page_breaks(text: str) -> str:
    # The post before the numbers is cut to 10 letters (`BUENOS AIR`): drop the words that
    # are not tags along with the numbers.
    while m := _PAGE_NUMBERS.search(text):
        kept = text[: m.start()].split()
        while kept and kept[-1].upper() not in _KNOWN_TAGS and kept[-1].isalpha():
            kept.pop()
        text = " ".join(kept) + " " + text[m.end() :]
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
    return [td.TAG_FIXES.get(head, head), inner] if head else [inner]


def _word_tags(word: str, lower: bool) -> list[str] | None:
    """The tag(s) a single word stands for; [] for noise; None for a free-text word."""
    w = word.strip(".:")
    upper = w.upper()
    if not w or re.fullmatch(r"[\d.]+", w):
        return []
    if upper in td.TAG_FIXES:
        return [td.TAG_FIXES[upper]]
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
        return _split_in_fours(run)
    long_parts = sum(len(p) > 2 for p in parts)
    return parts if long_parts >= len(parts) - long_parts else None


def _split_in_fours(run: str) -> list[str] | None:
    """`AMEDCASCKFLO` -> AMED CASC KFLO: subject-shaped four-letter pieces, most of them known
    (a tag missing from our lists may sit among them; a word like ECONOMIC has one known piece
    in two)."""
    if len(run) % 4:
        return None
    parts = [run[i : i + 4] for i in range(0, len(run), 4)]
    if not all(_SUBJECT_SHAPE.match(p) for p in parts):
        return None
    return parts if 2 * sum(p in _KNOWN_TAGS for p in parts) > len(parts) else None
