"""Which numbered paragraphs of a cable hold the words a query searched for.

The check runs on the few cables shown, with the index's own analyzers, so a paragraph
counts when the index would have matched the word there: same case and accent folding, same
stems, a prefix compared with the unstemmed words.
"""

from __future__ import annotations

from collections.abc import Sequence

from cablebase.model import Cable
from cablebase.search.index import text_analyzer, word_analyzer
from cablebase.search.query_ast import Phrase, Term


def _contains(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


def matched_paragraphs(cable: Cable, terms: Sequence[Term | Phrase]) -> tuple[int, ...]:
    stem, words = text_analyzer(), word_analyzer()
    wanted: list[list[str]] = []
    prefixes: list[str] = []
    for term in terms:
        if isinstance(term, Term) and term.prefix:
            folded = words.analyze(term.text)
            if folded:
                prefixes.append(folded[-1])
            continue
        text = term.text if isinstance(term, Term) else " ".join(term.words)
        tokens = stem.analyze(text)
        if tokens:
            wanted.append(tokens)
    found = []
    for paragraph in cable.paragraphs:
        stems = stem.analyze(paragraph.text)
        plain = words.analyze(paragraph.text) if prefixes else []
        if any(_contains(stems, w) for w in wanted) or any(
            p.startswith(x) for p in plain for x in prefixes
        ):
            found.append(paragraph.number)
    return tuple(found)
