from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cablebase.errors import StoreError
from cablebase.store.base import Store
from cablebase.store.sqlite import SqliteStore
from cablebase.telegram.parse import parse_cable
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


SEED_LIKE = """CONFIDENTIAL SECTION 01 OF 02 MOSCOW 004420

SIPDIS

E.O. 12958: DECL: 08/31/2017
TAGS: PGOV PREL RS
SUBJECT: A FICTIONAL CABLE FOR THE TEST

Classified By: Political M/C Alice D. Wells for reasons 1.4 (b/d).

1. (C) Summary:  The first paragraph
runs over two lines.  End summary.

2. (C - ENTIRE TEXT) The second one, with
a long marking.

MOSCOW 00004420  002 OF 002

3. (U) The third.

BURNS
"""


def test_paragraphs_are_kept_as_places_in_the_body(tmp_path: Path) -> None:
    cable = parse_cable(SEED_LIKE)
    assert [p.span is not None for p in cable.paragraphs] == [True, True, True]
    db = tmp_path / "a.db"
    with SqliteStore.open(db) as store:
        store.put_many([cable])
        assert store.get_cable(cable.ref_id) == cable
        assert store.get_paragraphs(cable.ref_id) == cable.paragraphs
    conn = sqlite3.connect(db)
    try:
        (stored,) = conn.execute("SELECT paragraphs FROM cables").fetchone()
        assert all("text" not in p and p["end"] > p["start"] for p in json.loads(stored))
        shown = conn.execute(
            "SELECT number, marking, text FROM cable_paragraphs ORDER BY number"
        ).fetchall()
    finally:
        conn.close()
    assert [(n, m) for n, m, _ in shown] == [(1, "C"), (2, "C - ENTIRE TEXT"), (3, "U")]
    assert shown[0][2] == "Summary:  The first paragraph\nruns over two lines.  End summary."
    assert shown[1][2] == "The second one, with\na long marking."


def test_paragraphs_without_a_place_keep_their_text(tmp_path: Path) -> None:
    cable = make_cable()  # built, not parsed: its paragraphs have no place in the body
    assert cable.paragraphs and all(p.span is None for p in cable.paragraphs)
    db = tmp_path / "a.db"
    with SqliteStore.open(db) as store:
        store.put_many([cable])
        assert store.get_cable(cable.ref_id) == cable
    conn = sqlite3.connect(db)
    try:
        texts = [row[0] for row in conn.execute("SELECT text FROM cable_paragraphs")]
    finally:
        conn.close()
    assert texts == [p.text for p in cable.paragraphs]


def test_an_archive_of_schema_1_is_read_and_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cable = parse_cable(SEED_LIKE)
    with SqliteStore.open(db) as store:
        store.put_many([cable])
    conn = sqlite3.connect(db)
    try:
        # What version 1 wrote: the paragraphs with their text, and no view.
        old_form = json.dumps([p.to_json() for p in cable.paragraphs])
        conn.execute("UPDATE cables SET paragraphs = ?", (old_form,))
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        conn.execute("DROP VIEW cable_paragraphs")
        conn.commit()
    finally:
        conn.close()
    with SqliteStore.open(db, read_only=True) as store:
        assert store.get_cable(cable.ref_id) == cable
    with SqliteStore.open(db) as store:
        assert store.get_paragraphs(cable.ref_id) == cable.paragraphs
    conn = sqlite3.connect(db)
    try:
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        texts = [row[0] for row in conn.execute("SELECT text FROM cable_paragraphs")]
    finally:
        conn.close()
    assert version == ("2",) and texts == [p.text for p in cable.paragraphs]
