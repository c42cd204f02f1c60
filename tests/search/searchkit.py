"""A small archive of fictional cables and one article for the search tests."""

from __future__ import annotations

from pathlib import Path

from cablebase.archive import Archive
from cablebase.model import Article, Cable, Paragraph, Reference, Source
from cablebase.store.base import article_id


def cable(
    ref_id: str,
    paragraphs: tuple[str, ...],
    *,
    subject: str,
    created: str,
    origin: str,
    classification: str = "CONFIDENTIAL",
    tags: tuple[str, ...] = ("PREL",),
    captions: tuple[str, ...] = (),
    signers: tuple[str, ...] = (),
    cites: tuple[str, ...] = (),
) -> Cable:
    paras = tuple(Paragraph(i, text, "C") for i, text in enumerate(paragraphs, 1))
    body = "\n\n".join(f"{p.number}. (C) {p.text}" for p in paras)
    return Cable(
        ref_id=ref_id,
        created=created,
        released="2010-11-28T18:00:00Z",
        classification=classification,
        origin=origin,
        subject=subject,
        tags=tags,
        captions=captions,
        signers=signers,
        references=tuple(Reference(None, r, r, "cable") for r in cites),
        paragraphs=paras,
        body=body,
        sources=(Source(f"{ref_id}.txt", "telegram"),),
    )


CABLES = (
    cable(
        "07MOSCOW100",
        (
            "The ministers will negotiate a new treaty on gas transit.",
            "Gazprom officials declined to comment.",
            "The Café Pushkin meeting ended with nuclear weapons talk.",
        ),
        subject="RUSSIA: GAS TRANSIT TALKS",
        created="2007-03-05T10:00:00Z",
        origin="Embassy Moscow",
        classification="SECRET//NOFORN",
        tags=("ENRG", "PREL", "RS"),
        captions=("NOFORN",),
        signers=("BURNS",),
    ),
    cable(
        "08MOSCOW200",
        (
            "Negotiations on weapons stalled again.",
            "Terrorism remains the main concern of the services.",
        ),
        subject="RUSSIA: STALLED NEGOTIATIONS",
        created="2008-06-20T09:30:00Z",
        origin="Embassy Moscow",
        classification="SECRET",
        tags=("PREL", "PTER", "RS"),
        signers=("BEYRLE",),
        cites=("07MOSCOW100",),
    ),
    cable(
        "08KYIV300",
        (
            "Kyiv officials discussed gas prices with the visiting delegation.",
            "The weapons nuclear debate continued in parliament.",
        ),
        subject="UKRAINE: GAS PRICES",
        created="2008-12-01T15:00:00Z",
        origin="Embassy Kyiv",
        classification="CONFIDENTIAL",
        tags=("ENRG", "UP"),
        cites=("07MOSCOW100",),
    ),
    cable(
        "09STATE400",
        ("Posts should report on sanctions enforcement.", "Terror financing is a priority."),
        subject="GUIDANCE ON SANCTIONS",
        created="2009-01-15T12:00:00Z",
        origin="Secretary of State",
        classification="UNCLASSIFIED//FOUO",
        tags=("ETTC", "PTER"),
        cites=("08MOSCOW200",),
    ),
)

ARTICLE = Article(
    title="Leaked cables on gas diplomacy",
    text="Cables show how Moscow and Kyiv argued over gas, a reporter writes.",
    published="2010-12-05",
    url="http://example.org/gas.html",
    cites=("07MOSCOW100",),
    sources=(Source("gas.html", "article-html"),),
)


def build_archive(path: Path, *, index: bool = True) -> str:
    db = str(path / "search.db")
    with Archive.open(db, create=True) as archive:
        archive.store.put_many([*CABLES, ARTICLE])
        if index:
            archive.update_index()
    return db


ARTICLE_ID = article_id(ARTICLE)
