"""The pipeline with the real format modules over ../shared/data (skipped when absent)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cablebase.archive import Archive

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
ARTICLES = DATA / "articles-2010" / "pages.tar.gz"
IDS = DATA / "ids" / "cablegate-ids.csv.gz"
SAMPLE = DATA / "cables-csv" / "cables_sample.csv"

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not (ARTICLES.exists() and IDS.exists()), reason="no ../shared/data"),
]


def test_articles_cite_rows_resolved_through_the_id_list(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive.open(db, create=True) as archive:
        report = archive.ingest([str(ARTICLES), str(SAMPLE)], id_list=str(IDS))
        assert report.counts.row_numbers == 251_287
        assert report.counts.articles_new >= 10
        assert report.failure_count == 0
        again = archive.ingest([str(ARTICLES), str(SAMPLE)], id_list=str(IDS))
        assert again.counts.cables_new == again.counts.articles_new == 0
        assert again.counts.versions == 0
    conn = sqlite3.connect(db)
    try:
        rows = dict(
            conn.execute(
                "SELECT row_number, ref_id FROM article_cites WHERE via = 'row'"
            ).fetchall()
        )
    finally:
        conn.close()
    # Pairs checked by hand in ../shared/data/ids/README.md.
    assert rows[248745] == "10BOGOTA243"


def test_csv_sample_rows_map_row_numbers(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        archive.ingest([str(SAMPLE)])
        assert archive.store.resolve_rows([1, 2]) == {1: "66BUENOSAIRES2481", 2: "72TEHRAN1164"}
        cable = archive.get("66BUENOSAIRES2481")
        assert cable is not None and cable.row_number == 1
