"""A tiny line-based format for pipeline tests, independent of the real parsers.

CABLE <ref_id> <body words...>     a cable
ARTICLE <title> <row>              an article citing cables.csv row <row>
BAD <reason>                       a Failure at that line
BOOM                               the reader raises
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from cablebase.formats.base import Format, Item, RawInput
from cablebase.model import Article, Cable, Failure, Paragraph, Source

NAME = "fake"


def sniff(raw: RawInput) -> float:
    return 1.0 if raw.head.startswith((b"CABLE", b"ARTICLE", b"BAD", b"BOOM")) else 0.0


def read(raw: RawInput) -> Iterator[Item]:
    for number, line in enumerate(raw.text().splitlines(), 1):
        word, _, rest = line.partition(" ")
        where = f"line {number}"
        if word == "CABLE":
            ref_id, _, body = rest.partition(" ")
            paragraphs = tuple(Paragraph(i, w) for i, w in enumerate(body.split(), 1))
            yield Cable(
                ref_id=ref_id,
                created="2009-01-02 03:04",
                classification="SECRET",
                body=body,
                paragraphs=paragraphs,
                sources=(Source(raw.path, NAME, where),),
            )
        elif word == "ARTICLE":
            title, _, row = rest.partition(" ")
            yield Article(title=title, text=line, cited_rows=(int(row),))
        elif word == "BAD":
            yield Failure(raw.path, rest, where, NAME)
        elif word == "BOOM":
            raise RuntimeError("the reader tripped over line " + str(number))


def detect(raw: RawInput) -> tuple[Format, float] | None:
    module: Format = sys.modules[__name__]
    return (module, 1.0) if sniff(raw) else None
