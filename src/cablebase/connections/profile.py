"""An article's clues made ready for checking candidate cables, and the candidates' text.

Everything that depends only on the article (the rarity of its names, the windows of its
quotations) is worked out once here; `evidence` then only looks words up in a `CableText`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from cablebase.connections.clues import Clues, name_forms
from cablebase.connections.places import Place, fold
from cablebase.connections.textterms import STOP, IndexView, Weighted

QUOTE_WINDOW = 5
QUOTE_SHOWN = 80

_WORD = re.compile(r"\w+")
# The same words in ASCII text (nearly every cable), found twice as fast.
_ASCII_WORD = re.compile(r"[a-z0-9_]+")


def words_of(text: str) -> list[str]:
    """The folded words of `text`."""
    folded = fold(text)
    return (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)


def saturated(count: int, half: float = 1.0) -> float:
    """0 for none, 0.5 at `half`, towards 1 for many: repetition counts, less and less."""
    return count / (count + half)


@dataclass(frozen=True, slots=True)
class CableText:
    """The parts of a candidate cable the evidence is checked against."""

    ref_id: str
    post: str | None
    origin: str | None
    created: date | None
    words: Counter[str]  # folded words of subject and body, how many times each comes
    joined: str  # the folded words, space-separated with spaces around: phrase lookups
    subject: frozenset[str]

    @classmethod
    def of(
        cls,
        ref_id: str,
        post: str | None,
        origin: str | None,
        created: date | None,
        subject: str,
        body: str,
    ) -> CableText:
        words = words_of(f"{subject}\n{body}")
        joined = f" {' '.join(words)} "
        return cls(
            ref_id, post, origin, created, Counter(words), joined, frozenset(words_of(subject))
        )


@dataclass(frozen=True, slots=True)
class _Name:
    text: str
    phrase: str | None  # " michael wood " for a name of several words
    words: tuple[tuple[tuple[str, float], ...], ...]  # per word: (form, idf) to look for
    strength: float  # how much the article makes of it


@dataclass(frozen=True, slots=True)
class _Quote:
    shown: str
    words: frozenset[str]  # its content words: longer than three letters, no stop words
    windows: tuple[str, ...]  # " w1 w2 w3 w4 w5 ", each QUOTE_WINDOW words


@dataclass(frozen=True, slots=True)
class Profile:
    """An article's clues made ready for checking candidates."""

    names: tuple[_Name, ...]
    places: tuple[tuple[Place, float, tuple[tuple[str, float], ...]], ...]
    quotes: tuple[_Quote, ...]
    clues: Clues
    topics: tuple[Weighted, ...]

    @classmethod
    def of(cls, view: IndexView, clues: Clues, topics: list[Weighted]) -> Profile:
        def rarity(word: str) -> float:
            stems = view.stemmer.analyze(word)
            return view.idf(stems[0]) if stems else 0.0

        names = tuple(
            _Name(
                n.text,
                f" {' '.join(n.words)} " if len(n.words) > 1 else None,
                tuple(tuple((f, rarity(f)) for f in name_forms(w)) for w in n.words),
                saturated(n.count, 2.0),
            )
            for n in clues.names
        )
        most = max(clues.places.values(), default=1)
        places = tuple(
            (p, math.sqrt(n / most), tuple((w, rarity(w)) for w in p.words))
            for p, n in clues.places.items()
        )
        quotes = []
        for quote in clues.quotes:
            words = words_of(quote)
            shown = " ".join(quote.split())
            if len(shown) > QUOTE_SHOWN:
                shown = shown[: QUOTE_SHOWN - 3].rsplit(" ", 1)[0] + " …"
            windows = tuple(
                f" {' '.join(words[i : i + QUOTE_WINDOW])} "
                for i in range(len(words) - QUOTE_WINDOW + 1)
            )
            content = frozenset(w for w in words if len(w) > 3 and w not in STOP)
            quotes.append(_Quote(shown, content, windows))
        return cls(names, places, tuple(quotes), clues, tuple(topics))
