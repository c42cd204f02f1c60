"""Document text cut for the glossary: the highlight fragments of `web.text`, cut again where
a glossary term starts or ends, each piece carrying the hover text of its term (or None).

Like `web.text`, nothing here produces markup: the templates escape every piece and wrap the
glossed ones in `<abbr title="...">`, so the title and the text are both escaped by jinja.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cablebase.archive import Archive
from cablebase.connections.glossary import Entry, TermSpan
from cablebase.web.text import Fragment

Glossed = tuple[str, bool, str | None]  # (text, highlighted, glossary hover text)
Span = tuple[int, int, str]  # start, end, hover text


def hover_text(entry: Entry) -> str:
    """What a reader sees on hover: "expansion — explanation"."""
    return f"{entry.expansion} — {entry.note}" if entry.note else entry.expansion


def spans_of(terms: Iterable[TermSpan], shift: int = 0) -> list[Span]:
    return [(t.start - shift, t.end - shift, hover_text(t.entry)) for t in terms]


def glossed(fragments: Sequence[Fragment], spans: Sequence[Span]) -> list[Glossed]:
    """`fragments` (whose texts joined are the text the `spans` index) cut at the spans'
    ends. Spans must be in order and not overlap (as `glossary_terms` gives them); a span
    crossing a highlight boundary is cut in two, each piece glossed."""
    out: list[Glossed] = []
    at = k = 0
    for text, hit in fragments:
        end = at + len(text)
        pos = at
        while pos < end:
            while k < len(spans) and spans[k][1] <= pos:
                k += 1
            if k == len(spans) or spans[k][0] >= end:
                out.append((text[pos - at :], hit, None))
                break
            start, stop, title = spans[k]
            if start > pos:
                out.append((text[pos - at : start - at], hit, None))
                pos = start
            cut = min(stop, end)
            out.append((text[pos - at : cut - at], hit, title))
            pos = cut
        at = end
    return out


def gloss_text(
    archive: Archive, fragments: Sequence[Fragment], ref_id: str | None
) -> list[Glossed]:
    """Fragments of a short text (a subject, an address) with its glossary terms."""
    text = "".join(t for t, _ in fragments)
    return glossed(fragments, spans_of(archive.glossary_terms(text, ref_id=ref_id)))


def gloss_blocks(
    terms: Sequence[TermSpan], blocks: Sequence[tuple[int, Sequence[Fragment]]]
) -> list[list[Glossed]]:
    """The fragments of consecutive blocks of one text, each given with its offset in that
    text, glossed with the `terms` found in the whole text (so that a term's context, such as
    whether the text is written in capitals, is the text's, not the block's)."""
    out = []
    k = 0
    for offset, fragments in blocks:
        length = sum(len(t) for t, _ in fragments)
        while k < len(terms) and terms[k].end <= offset:
            k += 1
        mine = []
        j = k
        while j < len(terms) and terms[j].start < offset + length:
            mine.append(terms[j])
            j += 1
        out.append(glossed(fragments, spans_of(mine, offset)))
    return out
