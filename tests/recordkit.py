"""Small builders of records for store, ingest and CLI tests."""

from __future__ import annotations

from cablebase.model import Article, Cable, Paragraph, Reference, Source


def make_cable(
    ref_id: str = "09NAIROBI2497",
    *,
    body: str = "1. (C) Summary text.\n2. (C) More text.",
    paragraphs: int = 2,
    path: str = "a.html",
    fmt: str = "wikileaks-html",
    position: str | None = None,
    row_number: int | None = None,
    created: str | None = "2009-12-16 14:15",
    classification: str | None = "SECRET",
    partial: bool = False,
    tags: tuple[str, ...] = ("PREL", "KE"),
) -> Cable:
    return Cable(
        ref_id=ref_id,
        created=created,
        classification=classification,
        origin="Embassy Nairobi",
        subject="KENYA: A SUBJECT",
        tags=tags,
        references=(Reference("A", "09NAIROBI2487", "09NAIROBI2487", "cable"),),
        paragraphs=tuple(Paragraph(i, f"Para {i}.", "C") for i in range(1, paragraphs + 1)),
        header="VZCZCXRO7793",
        body=body,
        partial=partial,
        row_number=row_number,
        sources=(Source(path, fmt, position),),
    )


def make_article(
    title: str = "Cablegate: a story",
    *,
    text: str = "The cable 248745 says so.",
    url: str | None = "http://example.org/a.html",
    cites: tuple[str, ...] = ("10BOGOTA243",),
    cited_rows: tuple[int, ...] = (248745,),
    path: str = "story.html",
) -> Article:
    return Article(
        title=title,
        text=text,
        url=url,
        cites=cites,
        cited_rows=cited_rows,
        sources=(Source(path, "article-html"),),
    )
