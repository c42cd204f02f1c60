from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cablebase.errors import StoreError
from cablebase.store.base import Store
from cablebase.store.sqlite import SqliteStore
from tests.recordkit import make_article, make_cable
from tests.store.store_contract import StoreContract


@pytest.fixture
def store_factory(tmp_path: Path) -> Iterator[Callable[[], Store]]:
    opened: list[SqliteStore] = []

    def factory() -> Store:
        opened.append(SqliteStore.open(tmp_path / "archive.db"))
        return opened[-1]

    yield factory
    for store in opened:
        store.close()


class TestSqliteStore(StoreContract):
    pass


def test_schema_is_plain_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with SqliteStore.open(db) as store:
        store.put_many([make_cable(), make_article()])
    conn = sqlite3.connect(db)
    try:
        tags = conn.execute("SELECT json_extract(tags, '$[0]') FROM cables").fetchone()[0]
        joined = conn.execute(
            "SELECT tag FROM cable_tags JOIN cables USING (ref_id) ORDER BY tag"
        ).fetchall()
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        refs = conn.execute("SELECT cited_ref_id FROM cable_references").fetchall()
    finally:
        conn.close()
    assert tags == "PREL"
    assert joined == [("KE",), ("PREL",)]
    assert refs == [("09NAIROBI2487",)]
    assert mode == "wal"


def test_open_without_create_refuses_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such archive"):
        SqliteStore.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a cablebase archive"):
        SqliteStore.open(bogus)


def test_failed_batch_rolls_back(tmp_path: Path) -> None:
    with SqliteStore.open(tmp_path / "a.db") as store:
        with pytest.raises(AttributeError):
            store.put_many([make_cable("09A1"), "not a record"])  # type: ignore[list-item]
        assert store.stats().cables == 0
