"""An archive for the connections tests: the fictional cables of the linking tests (real
places, invented people), one cable with a hostile subject that another cites, and two stored
articles, one citing a cable and one discussing a cable without citing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.model import (
    Article,
    Cable,
    ClassifiedBy,
    Paragraph,
    Recipient,
    Reference,
    Source,
)
from cablebase.store.base import article_id
from tests.connections.linkkit import CABLES
from tests.web.webkit import ONERROR, SCRIPT

HOSTILE_REF = "09COLOMBO66"
CITING_REF = "09COLOMBO70"
MISSING_REF = "09STATE12345"

DISCUSSING = Article(
    title="War crimes in Sri Lanka",
    text=(
        "A cable sent by US ambassador Ruth Ellery, dated 15 January 2009, says: “No government "
        "in living memory has investigated its own generals while still in office.” Ellery also "
        "wrote about the LTTE and Sri Lanka."
    ),
    published="2011-03-01",
    sources=(Source("war-crimes.txt", "article-text"),),
)
CITING = Article(
    title="The wine war, in the cables",
    text="Cable 08CHISINAU100 tells of the Russian embargo on Moldovan wine.",
    published="2011-02-01",
    cites=("08CHISINAU100",),
    sources=(Source("wine.txt", "article-text"),),
)
DISCUSSING_ID = article_id(DISCUSSING)
CITING_ID = article_id(CITING)


def _hostile_pair() -> list[Cable]:
    cited = Cable(
        ref_id=HOSTILE_REF,
        created="2009-01-10T06:00:00Z",
        classification="CONFIDENTIAL",
        origin="Embassy Colombo",
        subject=f"{SCRIPT} {ONERROR} GOSL & MFA",
        body=f"1. (C) The MFA and the GOSL said {SCRIPT} <b>DCM</b> here.",
        paragraphs=(Paragraph(1, f"The MFA and the GOSL said {SCRIPT} <b>DCM</b> here.", "C"),),
        sources=(Source("hostile.txt", "telegram"),),
    )
    citing = Cable(
        ref_id=CITING_REF,
        created="2009-01-20T06:00:00Z",
        classification="CONFIDENTIAL",
        origin="Embassy Colombo",
        subject="SRI LANKA: FOLLOW-UP",
        from_="AMEMBASSY COLOMBO",
        to=(Recipient("SECSTATE WASHDC", "RUEHC", "PRIORITY"),),
        references=(
            Reference("A", "COLOMBO 66", HOSTILE_REF, "cable"),
            Reference("B", "STATE 12345", MISSING_REF, "cable"),
        ),
        classified_by=ClassifiedBy(
            "Classified By: DCM Ruth Ellery for reasons 1.4 (b)",
            ("Ruth Ellery",),
            "DCM",
            ("1.4(b)",),
        ),
        body=(
            "REF: A. COLOMBO 66\n     B. STATE 12345\n\n"
            "1. (C) DFM Perera met the DCM; the DCM listened.\n\nELLERY"
        ),
        paragraphs=(Paragraph(1, "DFM Perera met the DCM; the DCM listened.", "C"),),
        signers=("ELLERY",),
        sources=(Source("citing.txt", "telegram"),),
    )
    return [cited, citing]


def build_linked(db: Path) -> Path:
    with Archive.open(db, create=True) as archive:
        archive.store.put_many([*CABLES, *_hostile_pair(), DISCUSSING, CITING])
        archive.update_people()
        archive.update_index()
    return db


_BUILT: dict[str, Path] = {}


def linked_db(factory: pytest.TempPathFactory) -> Path:
    """The archive, built once per test session."""
    if "db" not in _BUILT:
        _BUILT["db"] = build_linked(factory.mktemp("web-linked") / "linked.db")
    return _BUILT["db"]
