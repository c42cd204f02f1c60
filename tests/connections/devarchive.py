"""The dev cable pages, the four seed cables and the Cablegate ID list in one archive, built
once per test session for the acceptance measurements (skipped without ../shared)."""

from __future__ import annotations

import json
import re
import tarfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cablebase.archive import Archive
from cablebase.connections.article_input import article_from_text
from cablebase.model import Article
from tests.shared_data import SHARED_DATA, shared_path

SEEDS = SHARED_DATA.parent / "seeds"
SEED_CABLES = ("000", "001", "003", "004")

_BUILT: dict[str, str] = {}


def seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"shared seeds not available: {SEEDS} (sibling checkout ../shared is absent)")
    return found[0]


def dev_archive(factory: pytest.TempPathFactory) -> str:
    """The path of the archive (built on first use)."""
    if "db" not in _BUILT:
        pages = shared_path("wikileaks-2010", "pages.tar.gz")
        ids = shared_path("ids", "cablegate-ids.csv.gz")
        seeds = [str(seed(p)) for p in SEED_CABLES]
        db = factory.mktemp("dev-archive") / "dev.db"
        with Archive.open(db, create=True) as archive:
            archive.ingest([str(pages), *seeds], id_list=str(ids))
        _BUILT["db"] = str(db)
    return _BUILT["db"]


def dev_articles() -> list[tuple[dict[str, Any], Article]]:
    """(truth, article) for each dev article."""
    folder = shared_path("articles-2010")
    with (folder / "truth.jsonl").open(encoding="utf-8") as fh:
        truth = [json.loads(line) for line in fh]
    out = []
    with tarfile.open(folder / "pages.tar.gz") as tar:
        for item in truth:
            member = tar.extractfile(item["path"])
            assert member is not None
            out.append((item, article_from_text(member.read().decode("utf-8"), item["file"])))
    return out


_ID = re.compile(r"#?\b\d{2}[A-Z]{3,}\d{1,7}\b")
_ROW = re.compile(r"(\b(?:cables?|telegramas?|clique aqui|link)\b\s*[-–—:#]?\s*)\d{1,6}\b", re.I)


def without_citations(article: Article) -> Article:
    """The article with its cable IDs and row numbers taken out of the text and the record."""
    text = _ROW.sub(r"\1", _ID.sub("", article.text))
    return replace(article, title=_ID.sub("", article.title), text=text, cites=(), cited_rows=())
