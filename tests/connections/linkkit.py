"""A small archive of fictional cables for the related-cables and article-linking tests.

The people, quotations and events are invented; the places are real so that the place table
has something to find.
"""

from __future__ import annotations

from pathlib import Path

from cablebase.archive import Archive
from cablebase.model import Cable, Paragraph, Reference, Source


def cable(
    ref_id: str,
    subject: str,
    created: str,
    origin: str,
    tags: tuple[str, ...],
    paragraphs: tuple[str, ...],
    refs: tuple[tuple[str, str], ...] = (),
) -> Cable:
    """`refs`: (REF text, cited ID) pairs, written into the body as a REF line too."""
    paras = tuple(Paragraph(i, text, "C") for i, text in enumerate(paragraphs, 1))
    ref_line = "REF: " + "; ".join(text for text, _ in refs) + "\n\n" if refs else ""
    body = ref_line + "\n\n".join(f"{p.number}. (C) {p.text}" for p in paras)
    return Cable(
        ref_id=ref_id,
        created=created,
        classification="CONFIDENTIAL",
        origin=origin,
        subject=subject,
        tags=tags,
        references=tuple(Reference(None, text, ref, "cable") for text, ref in refs),
        paragraphs=paras,
        body=body,
        sources=(Source(f"{ref_id}.txt", "telegram"),),
    )


WINE = (
    "Moldovan winemakers told us the Russian embargo on Moldovan wine has cut their exports "
    "by half, and several wineries near Cricova have stopped buying grapes."
)
CABLES = (
    cable(
        "08CHISINAU100",
        "MOLDOVA: RUSSIAN WINE EMBARGO HURTS WINEMAKERS",
        "2008-03-10T09:00:00Z",
        "Embassy Chisinau",
        ("ETRD", "MD", "RS"),
        (
            WINE,
            "Economy Minister Valeriu Dragoman said the embargo on wine is political and that "
            "Moscow uses it to press Chisinau over Transnistria.",
            "Dragoman expects the wine embargo to last through the harvest.",
        ),
    ),
    cable(
        "08CHISINAU150",
        "MOLDOVA: WINE EMBARGO TALKS WITH RUSSIA STALL",
        "2008-04-02T10:00:00Z",
        "Embassy Chisinau",
        ("ETRD", "MD", "RS"),
        (
            "Talks on the Russian wine embargo stalled again; Minister Dragoman said Moldovan "
            "winemakers and wineries cannot wait for another harvest.",
            "Exports of Moldovan wine to Russia remain banned.",
        ),
        refs=(("CHISINAU 100", "08CHISINAU100"),),
    ),
    cable(
        "09CHISINAU200",
        "MOLDOVA: GRAPE GROWERS SEEK NEW MARKETS",
        "2009-02-11T08:00:00Z",
        "Embassy Chisinau",
        ("ETRD", "MD"),
        (
            "Grape growers and winemakers look for buyers in Poland and Romania now that the "
            "embargo on Moldovan wine keeps them out of Russia.",
            "Wineries near Cricova report falling grape prices.",
        ),
        refs=(("BRASILIA 200", "07BRASILIA200"),),
    ),
    cable(
        "07BRASILIA200",
        "BRAZIL: ETHANOL MINISTER FERRAZ ON BIOFUEL EXPORTS",
        "2007-05-04T12:00:00Z",
        "Embassy Brasilia",
        ("EPET", "ENRG", "BR"),
        (
            "Energy Minister Joaquim Ferraz told the Ambassador that Brazil will double ethanol "
            "exports and wants tariffs on Brazilian ethanol lowered.",
            "Ferraz said sugarcane ethanol from Sao Paulo state is the cheapest biofuel.",
        ),
    ),
    cable(
        "09COLOMBO50",
        "SRI LANKA: ACCOUNTABILITY FOR WAR CRIMES",
        "2009-01-15T06:00:00Z",
        "Embassy Colombo",
        ("PHUM", "PREL", "CE"),
        (
            "Ambassador Ruth Ellery reviewed accountability for the war. No government in "
            "living memory has investigated its own generals while still in office.",
            "The LTTE leadership was killed at the end of the fighting near Mullaitivu.",
        ),
    ),
    cable(
        "09STOCKHOLM30",
        "SWEDEN: DEFENCE MINISTER TALLBERG ON NATO PARTNERSHIP",
        "2009-03-20T14:00:00Z",
        "Embassy Stockholm",
        ("PREL", "MARR", "SW", "NATO"),
        (
            "Defence Minister Arvid Tallberg told the Ambassador that Sweden will deepen its "
            "NATO partnership and join more Nordic exercises.",
            "Tallberg said neutrality is no longer official policy in practice.",
        ),
    ),
    cable(
        "06PARIS900",
        "FRANCE: FARM SUBSIDY DEBATE",
        "2006-06-01T09:00:00Z",
        "Embassy Paris",
        ("EAGR", "FR"),
        ("French farmers protested cuts to subsidies for dairy and cereal production.",),
    ),
    cable(
        "09STATE1000",
        "VISA GUIDANCE FOR POSTS",
        "2009-07-07T16:00:00Z",
        "Secretary of State",
        ("CVIS",),
        ("Posts should apply the revised visa interview rules from August.",),
    ),
)


def build_archive(folder: Path) -> str:
    db = str(folder / "links.db")
    with Archive.open(db, create=True) as archive:
        archive.store.put_many(CABLES)
        archive.store.add_row_numbers([(12345, "06PARIS900")])
        archive.update_index()
    return db
