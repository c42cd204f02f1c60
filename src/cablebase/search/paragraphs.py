"""Which numbered paragraphs of a cable hold the words a query searched for.

The check runs on the few cables shown, with the index's own analyzers, so a paragraph
counts when the index would have matched the word there: same case and accent folding, same
stems, a prefix compared with the unstemmed words.

Analysing every paragraph of every hit was half the time of a search, so most paragraphs are
decided by a text scan first: a paragraph holding a query word exactly, or a word starting
with a query prefix, matches; one holding no start of any wanted stem cannot. Only the rest
(a stem reached from another form of the word, a phrase) go through the analyzer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import tantivy

from cablebase.model import Paragraph
from cablebase.search.documents import fold
from cablebase.search.index import text_analyzer, word_analyzer
from cablebase.search.query_ast import Phrase, Term

# A word as the index's tokenizer cuts them: a run of letters and digits (not `_`).
_BEFORE = r"(?<![^\W_])"
_AFTER = r"(?![^\W_])"


@lru_cache(maxsize=1)
def _analyzers() -> tuple[tantivy.TextAnalyzer, tantivy.TextAnalyzer]:
    return text_analyzer(), word_analyzer()


@dataclass(frozen=True)
class _Wanted:
    stems: tuple[tuple[str, ...], ...]  # each a term's or phrase's stems, in order
    keys: tuple[str, ...]  # starts of the first stems: a matching paragraph holds one
    # Exact words and prefixes, each with a pattern for it as a whole word or a word's start:
    # a paragraph holding one matches. The plain substring test first spares most regex scans.
    sure: tuple[tuple[str, re.Pattern[str]], ...]


def _wanted(terms: Sequence[Term | Phrase]) -> _Wanted:
    stem, words = _analyzers()
    stems: list[tuple[str, ...]] = []
    sure: list[tuple[str, re.Pattern[str]]] = []
    for term in terms:
        folded = words.analyze(term.text if isinstance(term, Term) else " ".join(term.words))
        if isinstance(term, Term) and term.prefix:
            if folded:
                sure.append((folded[-1], re.compile(_BEFORE + re.escape(folded[-1]))))
            continue
        tokens = stem.analyze(term.text if isinstance(term, Term) else " ".join(term.words))
        if not tokens:
            continue
        stems.append(tuple(tokens))
        if len(folded) == 1:
            sure.append((folded[0], re.compile(_BEFORE + re.escape(folded[0]) + _AFTER)))
    # A stem differs from the word it came from only at its end (`happi` from `happy`).
    keys = tuple(s[0][: max(3, len(s[0]) - 1)] for s in stems)
    return _Wanted(tuple(stems), keys, tuple(sure))


def _scan_text(text: str) -> str:
    """The paragraph lower-cased, with its accented words also given folded."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return lowered + "\n" + fold(" ".join(w for w in lowered.split() if not w.isascii()))


def _contains(haystack: list[str], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    first = needle[0]
    return any(
        haystack[i] == first and tuple(haystack[i : i + size]) == needle
        for i in range(len(haystack) - size + 1)
    )


def _matches(paragraph: Paragraph, wanted: _Wanted) -> bool:
    text = _scan_text(paragraph.text)
    if any(word in text and pattern.search(text) for word, pattern in wanted.sure):
        return True
    if not any(key in text for key in wanted.keys):
        return False
    stems = _analyzers()[0].analyze(paragraph.text)
    return any(_contains(stems, w) for w in wanted.stems)


def matched_paragraphs(
    paragraphs: Sequence[Paragraph], terms: Sequence[Term | Phrase]
) -> tuple[int, ...]:
    wanted = _wanted(terms)
    if not wanted.stems and not wanted.sure:
        return ()
    return tuple(p.number for p in paragraphs if _matches(p, wanted))
