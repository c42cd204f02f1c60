"""A cable's body cut into blocks: the text before the first numbered paragraph, then one
block per real numbered paragraph, so that each gets its `#parN` anchor and ¶ permalink.

The paragraphs come from the parser (`Cable.paragraphs`), which knows a paragraph from a REF
letter, a year or a list item; this module only finds where each one starts in the body, as
it was printed, so that the page shows the text exactly as the cable has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cablebase.model import Paragraph

_WORD = re.compile(r"[^\W_]+")
_LEAD = re.compile(r"[\s.:)\-]*(?:\(\s*[A-Za-z/ -]{1,30}\s*\))?[\s.:\-]*")
_COMPARED_WORDS = 3


@dataclass(frozen=True, slots=True)
class Block:
    text: str
    number: int | None = None  # the paragraph number; None for text outside paragraphs
    marking: str | None = None


def _first_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[:200])[:_COMPARED_WORDS]]


def _number_line(number: int) -> re.Pattern[str]:
    return re.compile(rf"(?m)^[ \t]*¶?[ \t]*{number}(?!\d)")


def _start_of(body: str, paragraph: Paragraph, pos: int) -> int | None:
    """Where `paragraph` starts in `body` at or after `pos`: the first line opening with its
    number and followed by its first words; failing that, the first line with its number."""
    wanted = _first_words(paragraph.text)
    first: int | None = None
    for m in _number_line(paragraph.number).finditer(body, pos):
        if first is None:
            first = m.start()
        rest = body[m.end() : m.end() + 240]
        lead = _LEAD.match(rest)
        if not wanted or _first_words(rest[lead.end() if lead else 0 :]) == wanted:
            return m.start()
    return first


def body_blocks(body: str, paragraphs: Sequence[Paragraph]) -> list[Block]:
    """The body as blocks, in order; their texts joined give the body back unchanged."""
    starts: list[tuple[int, Paragraph]] = []
    pos = 0
    for paragraph in paragraphs:
        at = _start_of(body, paragraph, pos)
        if at is not None:
            starts.append((at, paragraph))
            pos = at + 1
    blocks: list[Block] = []
    lead_end = starts[0][0] if starts else len(body)
    if lead_end:
        blocks.append(Block(body[:lead_end]))
    for k, (at, paragraph) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(body)
        blocks.append(Block(body[at:end], paragraph.number, paragraph.marking))
    return blocks
