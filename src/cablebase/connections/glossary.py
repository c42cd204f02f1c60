"""A reader's glossary of the abbreviations cables use (GOR, DFM, SIPDIS, REFTEL ...).

`find_terms(text, post=...)` gives the spans of the glossary terms in a text, so that a page can
wrap each in `<abbr title="...">`. The host-government codes (`GOI`, `GoP`) are read with the
post that wrote the cable: GOI is the Government of India in a New Delhi cable and of Iraq in a
Baghdad one; elsewhere the entry names the usual country first and then the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cablebase.connections.glossary_data import (
    ALIASES,
    GOVERNMENT_WORDS,
    HOST_GOVERNMENTS,
    TERMS,
    WORDS,
)
from cablebase.connections.names import shouting, trie_pattern
from cablebase.telegram.refid import split_ref_id

HOST_NOTE = "How cables name the host country's government: GO and the country's initial(s)."


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    expansion: str
    note: str

    def to_json(self) -> dict[str, str]:
        return {"term": self.term, "expansion": self.expansion, "note": self.note}


@dataclass(frozen=True, slots=True)
class TermSpan:
    """A glossary term in a text: `text[start:end]` as written, and its entry."""

    start: int
    end: int
    text: str
    entry: Entry

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, **self.entry.to_json()}


def post_of(ref_id: str | None) -> str | None:
    """The post code of a reference ID (07MOSCOW4420 -> MOSCOW)."""
    parts = split_ref_id(ref_id.strip().upper()) if ref_id else None
    return parts[1] if parts else None


def _government(code: str, post: str | None) -> Entry:
    countries = HOST_GOVERNMENTS[code]
    if post:
        for country, posts in countries.items():
            if post in posts.split():
                return Entry(code, f"Government of {country}", HOST_NOTE)
    if len(countries) == 1:
        return Entry(code, f"Government of {next(iter(countries))}", HOST_NOTE)
    first, *others = countries
    return Entry(code, f"Government of {first} (or of {', '.join(others)})", HOST_NOTE)


def lookup(term: str, *, post: str | None = None) -> Entry | None:
    """The entry of a term as written (`Poloff`, `GoI`), None when the glossary lacks it."""
    term = ALIASES.get(term, term)
    code = term.upper()
    if term not in TERMS and code.startswith("GO") and code in HOST_GOVERNMENTS:
        return _government(code, post)
    found = TERMS.get(term)
    return Entry(term, *found) if found else None


def entries() -> tuple[Entry, ...]:
    """Every entry, sorted by term; the host-government codes with all their countries."""
    out = [Entry(term, *value) for term, value in TERMS.items()]
    out += [_government(code, None) for code in HOST_GOVERNMENTS]
    return tuple(sorted(out, key=lambda e: (e.term.upper(), e.term)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    codes = [*HOST_GOVERNMENTS, *(c[:1] + "o" + c[2:] for c in HOST_GOVERNMENTS)]
    alternatives = trie_pattern([*TERMS, *ALIASES, *codes])
    # No look-behind in front: it would cost the regex engine its fast scan for the first
    # letters; `find_terms` checks the character before instead.
    return re.compile(rf"(?:{alternatives})(?![\w/]|\.\w)")


_AFTER_NUMBER = re.compile(r"\d[ \t]?$")


def _skip(text: str, written: str, start: int, caps: bool) -> bool:
    if caps and (written in WORDS or written in GOVERNMENT_WORDS):
        return True  # "START" or "GOT" in a text written in capitals is the word
    if written == "PM" and _AFTER_NUMBER.search(text, max(0, start - 2), start):
        return True  # 3 PM
    line = text[text.rfind("\n", 0, start) + 1 : start]
    # The TAGS line holds country codes (AF is Afghanistan there); `FM AMEMBASSY ...` at the
    # start of a line is the "from" of a telegram's routing.
    return line.lstrip().startswith("TAGS") or (written == "FM" and not line)


def find_terms(text: str, *, post: str | None = None) -> tuple[TermSpan, ...]:
    """The glossary terms in `text`, in order, without overlaps. `post` (a reference-ID post
    code such as NEWDELHI, see `post_of`) decides what a host-government code means."""
    caps = shouting(text)
    spans: list[TermSpan] = []
    for m in _pattern().finditer(text):
        written, start = m.group(), m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_/"):
            continue  # inside a word or a path (X/CT)
        if _skip(text, written, start, caps):
            continue
        entry = lookup(written, post=post)
        if entry is not None:
            spans.append(TermSpan(m.start(), m.end(), written, entry))
    return tuple(spans)
