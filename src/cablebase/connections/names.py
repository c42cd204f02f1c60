"""Personal names as cables write them: parsing a written name into a normalised `Name`, and
finding the titles that introduce one ("DFM Losyukov", "AMBASSADOR WILLIAM J. BURNS")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from cablebase.connections.people_data import (
    ABBREVIATED_TITLES,
    NOT_NAMES,
    PARTICLES,
    SHOUTED_NAME_WORDS,
    SUFFIXES,
    WORD_TITLES,
)


@dataclass(frozen=True, slots=True)
class Name:
    full: str  # display form: "William J. Burns", "Losyukov"
    surname: str  # "Burns", "de Villepin"
    given: str | None = None  # "William"; None when only the surname is known
    key: str = field(init=False)  # `person_key(surname, given)`, kept: it is read often

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", person_key(self.surname, self.given))


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Lower case, accents folded, anything else a hyphen: `Ki-moon` -> ki-moon."""
    folded = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


@lru_cache(maxsize=65536)
def person_key(surname: str, given: str | None = None) -> str:
    """The key people are indexed by: `burns-william`, or `losyukov` without a given name."""
    return slug(surname) + (f"-{slug(given)}" if given else "")


def display(token: str) -> str:
    """A name word as a name is printed: LOSYUKOV -> Losyukov, O'BRIEN -> O'Brien."""
    if token.lower() in PARTICLES:
        return token.lower()
    if not token.isupper() or len(token) < 2 or token.endswith("."):
        return token
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), token)


def is_initial(token: str) -> bool:
    return len(token) == 2 and token[1] == "." and token[0].isupper()


@lru_cache(maxsize=65536)
def parse_name(text: str) -> Name | None:
    """A person's name from its written form; None when it holds no name word."""
    tokens = [display(t) for t in text.replace(",", " ").split()]
    while tokens and tokens[-1].upper() in SUFFIXES:
        tokens.pop()
    words = [t for t in tokens if not is_initial(t) and t.lower() not in PARTICLES]
    if not words or not all(w[0].isupper() for w in words) or tokens[-1] not in words:
        return None
    start = len(tokens) - 1
    while start > 0 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    given = next((t for t in tokens[:start] if t in words), None)
    return Name(" ".join(tokens), " ".join(tokens[start:]), given)


def name_key(text: str) -> str | None:
    """The key of a written name ("William Burns" -> burns-william); None if no name."""
    name = parse_name(text)
    return name.key if name else None


# -- titles ------------------------------------------------------------------------------


_Trie = dict[str, "_Trie"]


def trie_pattern(spellings: Iterable[str]) -> str:
    """An alternation as a prefix tree: Python's regex engine then rejects most positions at
    the first character instead of trying every title there."""
    root: _Trie = {}
    for s in spellings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + render(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return render(root)


def _spellings() -> dict[str, str]:
    """Every written form of a title (as listed, in capitals, in title case) -> display."""
    out: dict[str, str] = {}
    for shown, forms in WORD_TITLES.items():
        for form in forms:
            for variant in (form, form.upper(), form.title()):
                out.setdefault(variant, shown)
    for shown, forms in ABBREVIATED_TITLES.items():
        out.update(dict.fromkeys(forms, shown))
    return out


_SPELLINGS = _spellings()
# Case-sensitive on purpose: a title starts with a capital, so every lower-case position is
# skipped at once, and "pm" (a time) or "president" (no name follows) are not titles.
# A name starts with a capital: titles without one after them are rejected inside the regex.
_TITLE = re.compile(trie_pattern(_SPELLINGS) + r"(?![\w'’/-])(?=[ \t]*\n?[ \t]*[^\W\da-z_])")
_TOKEN = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_](?:[\w'’]|-(?=\w))*\.?)")
_REDACTED = re.compile(r"X{4,}")
_MAX_TOKENS = 4
# Every word of every title: "Deputy" or "Minister" after a title is not a name.
_TITLE_WORDS = frozenset(w.lower().rstrip(".") for s in _SPELLINGS for w in s.split())


def title_display(written: str) -> str:
    """A title as shown: a known one in its usual form (DCM, Ambassador), others with their
    words capitalised except codes (POLITICAL COUNSELOR -> Political Counselor, EUR/FIC)."""
    written = " ".join(written.split())
    known = _SPELLINGS.get(written)
    if known:
        return known
    return " ".join(
        w if "/" in w or (w.isupper() and len(w) <= 4) else w.capitalize() if w.isupper() else w
        for w in written.split()
    )


def titles(text: str) -> Iterator[tuple[str, int, int]]:
    """(display title, start, end) of each title in `text` that stands as a word."""
    for m in _TITLE.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "/.'’-_"):
            continue
        written = " ".join(m.group().split())
        yield _SPELLINGS.get(written, written), start, m.end()


def _name_word(core: str, shouting: bool) -> bool:
    return (
        core[0].isupper()
        and core.lower() not in NOT_NAMES
        and core.lower() not in _TITLE_WORDS
        and not _REDACTED.match(core)
        # In ordinary text a word in capitals after a title is an acronym (`Minister MFA`).
        and (shouting or not core.isupper())
    )


def name_after(text: str, pos: int, shouting: bool) -> tuple[int, int] | None:
    """The span of the name that starts at `pos`, right after a title, if one does."""
    spans: list[tuple[int, int, str]] = []
    longest = SHOUTED_NAME_WORDS if shouting else _MAX_TOKENS
    words = 0
    while words < longest and (m := _TOKEN.match(text, pos)):
        token = m.group(1)
        initial = is_initial(token)
        core = token if initial else token.rstrip(".").rstrip("'’")
        if core[-2:] in ("'s", "’s", "'S", "’S"):
            core = core[:-2]
        if not core or not (initial or _name_word(core, shouting) or (spans and core in PARTICLES)):
            break
        spans.append((m.start(1), m.start(1) + len(core), core))
        words += not initial and core not in PARTICLES
        pos = m.end()
        if len(core) < len(token) and not initial:
            break  # "Zubkov's", or a full stop: the name ends here
    while spans and spans[-1][2] in PARTICLES:
        spans.pop()
    return (spans[0][0], spans[-1][1]) if spans else None


_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()


def shouting(text: str) -> bool:
    """Whether a text is written in capitals (old cables, subject lines)."""
    sample = text[:3000].encode("ascii", "ignore")
    lower = len(sample) - len(sample.translate(None, _LOWER))
    upper = len(sample) - len(sample.translate(None, _UPPER))
    return lower * 10 < upper


def word_spans(text: str, word: str) -> list[int]:
    """Where `word` stands as a whole word in `text`. str.find, not a regex: the surnames
    looked for are too many and too varied across an archive to compile a pattern each."""
    found: list[int] = []
    size = len(word)
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + size] if at + size < len(text) else " "
        if not (before.isalnum() or before in "_'’-" or after.isalnum() or after in "_'’-"):
            found.append(at)
        at = text.find(word, at + size)
    return found
