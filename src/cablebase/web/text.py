"""Document text as fragments for the templates: pieces of plain text, each marked or not.

Nothing here produces markup. The templates escape every fragment and wrap the marked ones
in `<mark>`, so text taken from documents can never become HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import tantivy

from cablebase.errors import QueryError
from cablebase.search.documents import fold
from cablebase.search.engine import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
from cablebase.search.index import text_analyzer
from cablebase.search.query import parse_query
from cablebase.search.query_ast import Term, positive_terms

Fragment = tuple[str, bool]  # (text, highlighted)

_MARKERS = re.compile(re.escape(HIGHLIGHT_OPEN) + "(.*?)" + re.escape(HIGHLIGHT_CLOSE), re.S)
_WORD = re.compile(r"[^\W_]+")


def snippet_fragments(snippet: str) -> list[Fragment]:
    """A search snippet with `[[word]]` markers as fragments, the markers removed."""
    out: list[Fragment] = []
    at = 0
    for m in _MARKERS.finditer(snippet):
        if m.start() > at:
            out.append((snippet[at : m.start()], False))
        out.append((m.group(1), True))
        at = m.end()
    if at < len(snippet):
        out.append((snippet[at:], False))
    return out


@lru_cache(maxsize=1)
def _analyzer() -> tantivy.TextAnalyzer:
    return text_analyzer()


@dataclass(frozen=True)
class Highlighter:
    """Marks the words of a text that a query searched for, compared as the index compares
    them (case and accents folded, English stems; a prefix against the plain word)."""

    stems: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def from_query(cls, query: str) -> Highlighter | None:
        """None when the query marks nothing (filters only) or does not parse: a page reached
        with a broken `?q=` still shows, just without marks."""
        try:
            terms = positive_terms(parse_query(query))
        except QueryError:
            return None
        stems: set[str] = set()
        prefixes: list[str] = []
        for term in terms:
            text = term.text if isinstance(term, Term) else " ".join(term.words)
            if isinstance(term, Term) and term.prefix:
                prefixes.append(fold(text).lower().rstrip("*"))
            else:
                stems.update(_analyzer().analyze(text))
        if not stems and not prefixes:
            return None
        return cls(frozenset(stems), tuple(p for p in prefixes if p))

    def _hit(self, word: str, seen: dict[str, bool]) -> bool:
        found = seen.get(word)
        if found is None:
            folded = fold(word).lower()
            found = any(folded.startswith(p) for p in self.prefixes) or any(
                s in self.stems for s in _analyzer().analyze(word)
            )
            seen[word] = found
        return found

    def fragments(self, text: str, seen: dict[str, bool] | None = None) -> list[Fragment]:
        """`text` cut into marked words and the unmarked text between them. `seen` caches
        the verdict per word across the texts of one page."""
        memo: dict[str, bool] = {} if seen is None else seen
        out: list[Fragment] = []
        at = 0
        for m in _WORD.finditer(text):
            if self._hit(m.group(), memo):
                if m.start() > at:
                    out.append((text[at : m.start()], False))
                out.append((m.group(), True))
                at = m.end()
        if at < len(text):
            out.append((text[at:], False))
        return out


def plain(text: str) -> list[Fragment]:
    return [(text, False)] if text else []


def fragments(text: str, highlighter: Highlighter | None, seen: dict[str, bool]) -> list[Fragment]:
    return highlighter.fragments(text, seen) if highlighter else plain(text)
