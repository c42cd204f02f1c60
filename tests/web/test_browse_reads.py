"""The store's browse reads (cablebase.store.browse) through the Archive, and read-only opening."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.errors import StoreError, UsageError
from cablebase.store.sqlite import SqliteStore
from tests.recordkit import make_cable


def test_counts(demo_db: Path) -> None:
    with Archive.open(demo_db, read_only=True) as archive:
        assert archive.count_records() == {"cables": 5, "articles": 2}
        assert dict(archive.count_by("classification")) == {
            "CONFIDENTIAL": 2,
            "CONFIDENTIAL//NOFORN": 1,
            "SECRET": 1,
            "UNCLASSIFIED//FOUO": 1,
        }
        assert dict(archive.count_by("tag"))["PREL"] == 4
        assert archive.count_by("created_year") == [("2008", 1), ("2009", 4)]
        assert archive.count_by("released_day") == [("2011-08-30", 1), ("2010-12-05", 1)]
        assert archive.count_created_months("2009") == [
            ("2009-02", 2),
            ("2009-03", 1),
            ("2009-04", 1),
        ]
        assert archive.count_created_months("1999") == []


def test_lists_around_a_cable(demo_db: Path) -> None:
    with Archive.open(demo_db, read_only=True) as archive:
        cited_by, total = archive.cited_by("09STATE20114")
        assert total == 1 and [c.ref_id for c in cited_by] == ["09VALMORA140"]
        assert archive.cited_by("09STATE20114", limit=0) == ([], 1)
        assert [a.id for a in archive.citing_articles("09VALMORA112")] == ["aa925035413deeb4f"]
        assert archive.citing_articles("08VALMORA77") == []
        summaries = archive.cable_summaries(["09VALMORA112", "NOPE"])
        assert list(summaries) == ["09VALMORA112"]
        assert summaries["09VALMORA112"].origin == "Embassy Valmora"
        citations = archive.article_citations("aa925035413deeb4f")
        assert [(c.ref_id, c.via, c.cable is not None) for c in citations] == [
            ("09STATE20114", "text", True),
            ("09TERRANO88", "row", True),
            ("09VALMORA112", "text", True),
        ]


def test_dates_and_latest(demo_db: Path) -> None:
    with Archive.open(demo_db, read_only=True) as archive:
        dates = archive.date_range()
        assert dates.first_created == "2008-11-03T07:12:00Z"
        assert dates.last_created == "2009-04-21T10:15:00Z"
        assert dates.last_released == "2011-08-30T01:44:00Z"
        assert [c.ref_id for c in archive.latest_released(1)] == ["09VALMORA140"]
        assert [c.ref_id for c in archive.latest_created(2)] == ["09VALMORA140", "09STATE20114"]
        last = archive.last_ingest()
        assert last is not None and last["finished"] and len(last["inputs"]) == 1


def test_read_only_archive_cannot_write(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(demo_db, db)
    with Archive.open(db, read_only=True) as archive:
        with pytest.raises(Exception, match="readonly"):
            archive.store.put_many([make_cable("09NAIROBI1")])
        assert archive.get("09NAIROBI1") is None


def test_read_only_needs_an_archive(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no archive here"):
        Archive.open(tmp_path / "none.db", read_only=True)
    with pytest.raises(StoreError, match="no such archive"):
        SqliteStore.open(tmp_path / "none.db", read_only=True)
    assert not (tmp_path / "none.db").exists()
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a cablebase archive"):
        Archive.open(tmp_path / "junk.db", read_only=True)


def test_data_version_moves_when_another_connection_writes(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(demo_db, db)
    with Archive.open(db, read_only=True) as reader, Archive.open(db) as writer:
        before = reader.data_version()
        assert reader.data_version() == before
        writer.store.put_many([make_cable("09NAIROBI1")])
        assert reader.data_version() != before
        assert reader.count_records()["cables"] == 6
