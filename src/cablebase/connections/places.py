"""Places an article names, in whatever language it is written, as the cables name them.

`find_places("A Rússia e o Paquistão")` gives Russia and Pakistan, each with the words cables
use for it and the posts that report from it. Also here: folding text for comparison and the
transliteration of Cyrillic to the Latin spelling cables use for Russian names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from cablebase.connections.places_data import PLACES


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # "Russia"
    words: tuple[str, ...]  # ("russia", "russian", "gor"): what cables call it
    posts: tuple[str, ...]  # ("MOSCOW", ...): station codes of the posts there


# The combining marks NFKD leaves: Latin accents, the Cyrillic breve, Arabic vowels and hamza.
_MARKS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670]")


def fold(text: str) -> str:
    """Lower case without accents, in any script (Arabic hamza forms become bare alef)."""
    lower = text.lower()
    if lower.isascii():
        return lower
    return _MARKS.sub("", unicodedata.normalize("NFKD", lower))


_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Arabic writes "and", "in", "to" ... as letters glued to the next word.
_PROCLITICS = frozenset("\u0648\u0641\u0628\u0644\u0643")

# A variant: its words, each with whether it is a prefix (`росси*`).
_Variant = tuple[tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class _Table:
    places: dict[str, Place]
    by_word: dict[str, list[tuple[_Variant, str]]]  # first word -> variants starting so
    by_prefix: dict[str, list[tuple[_Variant, str]]]  # first word's prefix (starred)
    # The first two letters of every prefix: most words start otherwise and need no lookups.
    heads: frozenset[str] = frozenset()


def table_entries() -> list[tuple[str, str, str, str]]:
    """(name, words, posts, variants) of each entry of the table."""
    entries: list[tuple[str, str, str, str]] = []
    for line in PLACES.strip().splitlines():
        if line.startswith(" "):
            name, words, posts, variants = entries[-1]
            entries[-1] = (name, words, posts, f"{variants};{line.strip()}".strip(";"))
        else:
            name, words, posts = (part.strip() for part in line.split("|"))
            entries.append((name, words, posts, ""))
    return entries


@lru_cache(maxsize=1)
def _table() -> _Table:
    table = _Table({}, {}, {})
    for name, words, posts, variants in table_entries():
        table.places[name] = Place(name, tuple(words.split()), tuple(posts.split()))
        english = [name] + [w for w in words.split() if len(w) >= 4]
        for variant in {fold(v) for v in [*variants.split(";"), *english] if v.strip()}:
            parts = tuple((w.rstrip("*"), w.endswith("*")) for w in re.split(r"[\s-]+", variant))
            first, starred = parts[0]
            index = table.by_prefix if starred else table.by_word
            index.setdefault(first, []).append((parts, name))
    return replace(table, heads=frozenset(stem[:2] for stem in table.by_prefix))


def _word_matches(token: str, word: str, starred: bool) -> bool:
    return token.startswith(word) if starred else token == word


def _candidates(table: _Table, token: str) -> list[tuple[_Variant, str]]:
    found = list(table.by_word.get(token, ()))
    if token[:2] in table.heads:
        for end in range(2, len(token) + 1):
            found.extend(table.by_prefix.get(token[:end], ()))
    return found


def find_places(text: str) -> dict[Place, int]:
    """Places named in `text`, with how many times each is named."""
    table = _table()
    tokens = _WORD.findall(fold(text))
    found: dict[Place, int] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        forms = [token]
        if _ARABIC.match(token):
            forms += [
                token[n:] for n in (1, 2) if len(token) > n + 2 and set(token[:n]) <= _PROCLITICS
            ]
        matched = next((m for m in (_match_at(table, tokens, i, f) for f in forms) if m), None)
        if matched is None:
            i += 1
            continue
        length, name = matched
        place = table.places[name]
        found[place] = found.get(place, 0) + 1
        i += length
    return found


def _match_at(table: _Table, tokens: list[str], i: int, form: str) -> tuple[int, str] | None:
    """(words, place) of the longest variant starting at token `i` (read as `form`)."""
    best: tuple[int, str] | None = None
    for variant, name in _candidates(table, form):
        if not _word_matches(form, *variant[0]):
            continue
        rest = variant[1:]
        if i + len(rest) >= len(tokens):
            continue
        matches = all(_word_matches(tokens[i + 1 + k], w, s) for k, (w, s) in enumerate(rest))
        if matches and (best is None or len(variant) > best[0]):
            best = (len(variant), name)
    return best


# Russian to the Latin spelling of names in US cables (Lavrov, Losyukov, Serdyukov, Khodorkovskiy).
_CYRILLIC_LATIN = "a b v g d e z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya e"
_CYRILLIC = dict(zip("абвгдезийклмнопрстуфхцчшщъыьэюяё", _CYRILLIC_LATIN.split(), strict=True))
_CYRILLIC.update({"ж": "zh"})
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


def _latin(word: str) -> str:
    lower = word.lower()
    out = []
    for i, ch in enumerate(lower):
        latin = _CYRILLIC.get(ch, ch)
        if latin == "-":
            latin = ""
        elif ch == "е" and (i == 0 or lower[i - 1] in "аеиоуыэюяъь"):
            latin = "ye"
        out.append(latin)
    text = "".join(out)
    return text.capitalize() if word[:1].isupper() else text


def transliterate(text: str) -> str:
    """Cyrillic words in Latin letters; other text unchanged."""
    return _CYRILLIC_WORD.sub(lambda m: _latin(m.group(0)), text)
