"""Which numbered paragraphs of a cable hold the words a query searched for.

The check runs on the few cables shown, with the index's own analyzers, so a paragraph
counts when the index would have matched the word there: same case and accent folding, same
stems, a prefix compared with the unstemmed words.
"""

from __future__ import annotations

from collections.abc import Sequence

from cablebase.model import Paragraph
from cablebase.search.documents import fold
from cablebase.search.index import text_analyzer, word_analyzer
from cablebase.search.query_ast import Phrase, Term


def _contains(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


def matched_paragraphs(
    paragraphs: Sequence[Paragraph], terms: Sequence[Term | Phrase]
) -> tuple[int, ...]:
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
    # A stem differs from the word it came from only at its end (`happi` from `happy`), so a
    # paragraph without the start of any wanted stem or prefix cannot match: skip analysing it.
    keys = [w[0][: max(3, len(w[0]) - 1)] for w in wanted] + prefixes
    found = []
    for paragraph in paragraphs:
        plain_text = paragraph.text.lower()
        if not plain_text.isascii():
            plain_text = fold(plain_text)
        if not any(key in plain_text for key in keys):
            continue
        stems = stem.analyze(paragraph.text)
        plain = words.analyze(paragraph.text) if prefixes else []
        if any(_contains(stems, w) for w in wanted) or any(
            p.startswith(x) for p in plain for x in prefixes
        ):
            found.append(paragraph.number)
    return tuple(found)
