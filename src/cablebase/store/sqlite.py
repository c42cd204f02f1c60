"""The SQLite archive store: one file, WAL mode, one transaction per batch of records.

All SQL that writes lives here; the queries that only read are in `sqlite_read.py`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from cablebase.errors import StoreError
from cablebase.model import Article, Cable, Failure, Record
from cablebase.store import _rows
from cablebase.store._cables import add_sources, map_row, put_cables
from cablebase.store.base import PutCounts, article_id, content_hash
from cablebase.store.browse import SqliteBrowse
from cablebase.store.connections import SqliteConnections
from cablebase.store.prepared import PreparedCable, prepare_cable, source_key
from cablebase.store.sqlite_read import SqliteReads

# 2: paragraphs kept as places in the body. An archive of version 1 (paragraphs as text) is
# read as it is and marked 2 when opened for writing: version 2 only adds a form.
SCHEMA_VERSION = 2


def _schema() -> str:
    return resources.files("cablebase.store").joinpath("schema.sql").read_text()


# The secondary indexes of the schema (name -> statement).
LOOKUPS = {
    m[2]: m[1]
    for m in re.finditer(r"^(CREATE INDEX IF NOT EXISTS (\w+) ON [^;]+);", _schema(), re.M)
}
# Those an ingest into an empty archive makes at the end (`pause_lookups`). People rows come
# in no order their lookups keep: kept up row by row, most of their pages were rewritten by
# every batch (55 s of the 251,287-row ingest); made at the end, 3 s. The other lookups cost
# about as much to make at the end as they save.
PAUSED_LOOKUPS = ("cable_people_person", "cable_people_surname")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _connect(path: str) -> sqlite3.Connection:
    # Autocommit mode: transactions are opened and closed explicitly, one per batch.
    conn = sqlite3.connect(path, isolation_level=None)

    def setup() -> None:
        conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Batches of 2,000 cables touch many index pages; the default 2 MB cache re-reads them.
        conn.execute("PRAGMA cache_size = -65536")
        conn.executescript(_schema())
        if (_schema_version(conn, path) or 0) < SCHEMA_VERSION:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (SCHEMA_VERSION,),
            )

    return _set_up(conn, path, setup)


def _connect_read_only(path: str) -> sqlite3.Connection:
    """A connection that cannot write, for serving: whatever a request asks, the archive stays
    as it was. A server may run its handlers on several threads; they share it for reading."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)

    def setup() -> None:
        conn.execute("PRAGMA cache_size = -65536")
        if _schema_version(conn, path) is None:
            raise StoreError(f"{path}: not a cablebase archive (no schema version)")

    return _set_up(conn, path, setup)


def _schema_version(conn: sqlite3.Connection, path: str) -> int | None:
    """The archive's schema version (None when it has none yet); StoreError when a newer
    cablebase wrote it."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is not None and int(row[0]) > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: the archive was written by a newer cablebase (schema {row[0]}); "
            "upgrade cablebase to open it"
        )
    return None if row is None else int(row[0])


def _set_up(conn: sqlite3.Connection, path: str, setup: Callable[[], None]) -> sqlite3.Connection:
    """`conn` once `setup` ran on it; closed, and the reason given, when it failed."""
    try:
        setup()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a cablebase archive ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


class SqliteStore(SqliteBrowse, SqliteConnections, SqliteReads):
    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        super().__init__(conn)
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> SqliteStore:
        """Open (or create) the archive at `path`; `read_only` opens an existing one for
        reading only (serving it), never creating or upgrading anything."""
        name = str(path)
        if (read_only or not create) and name != ":memory:" and not Path(name).is_file():
            raise StoreError(f"{name}: no such archive")
        try:
            return cls(_connect_read_only(name) if read_only else _connect(name), name)
        except sqlite3.Error as exc:
            raise StoreError(f"{name}: cannot open the archive ({exc})") from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- records ---------------------------------------------------------------------------

    def pause_lookups(self) -> None:
        for name in PAUSED_LOOKUPS:
            self.conn.execute(f"DROP INDEX IF EXISTS {name}")

    def resume_lookups(self) -> None:
        for name in PAUSED_LOOKUPS:
            self.conn.execute(LOOKUPS[name])

    def put_many(self, records: Iterable[Record | PreparedCable]) -> PutCounts:
        counts = PutCounts()
        cables: list[PreparedCable] = []
        articles: list[Article] = []
        for record in records:
            if isinstance(record, Article):
                articles.append(record)
            else:
                cables.append(prepare_cable(record) if isinstance(record, Cable) else record)
        # Cables and articles never touch each other's rows, so their order is free.
        with self._transaction():
            put_cables(self.conn, cables, counts)
            for article in articles:
                self._put_article(article, counts)
        return counts

    def _put_article(self, article: Article, counts: PutCounts) -> None:
        key = article_id(article)
        digest = content_hash(article)
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (key,)).fetchone()
        sources = [source_key(src.to_json()) for src in article.sources]
        new_sources = add_sources(self.conn, "article", key, sources, digest)
        if row is not None and row[0] == digest and not new_sources:
            counts.articles_unchanged += 1
            return
        if row is None:
            counts.articles_new += 1
        else:
            counts.articles_updated += 1
        article = replace(article, sources=self._sources("article", key))
        self.conn.execute(
            _rows.upsert_sql("articles", _rows.ARTICLE_COLUMNS),
            _rows.article_values(article, key, digest),
        )
        if row is not None and row[0] == digest:
            return
        self.conn.execute("DELETE FROM article_cites WHERE article_id = ? AND via = 'text'", (key,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_cites (article_id, ref_id, via) VALUES (?, ?, 'text')",
            [(key, ref) for ref in article.cites],
        )
        self.conn.execute("DELETE FROM article_cited_rows WHERE article_id = ?", (key,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_cited_rows (article_id, row_number) VALUES (?, ?)",
            [(key, n) for n in article.cited_rows],
        )

    # -- row numbers -----------------------------------------------------------------------

    def add_row_numbers(self, pairs: Iterable[tuple[int, str]], source: str = "ids") -> int:
        added = 0
        with self._transaction():
            for number, ref_id in pairs:
                added += map_row(self.conn, number, ref_id, source, authoritative=False)
        return added

    def link_article_rows(self) -> int:
        with self._transaction() as conn:
            return conn.execute(
                "INSERT OR IGNORE INTO article_cites (article_id, ref_id, via, row_number)"
                " SELECT c.article_id, r.ref_id, 'row', c.row_number"
                " FROM article_cited_rows AS c JOIN row_numbers AS r USING (row_number)"
            ).rowcount

    # -- ingest log ------------------------------------------------------------------------

    def begin_ingest(self, inputs: Sequence[str]) -> int:
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO ingests (started, inputs) VALUES (?, ?)",
                (_now(), _rows.dumps(list(inputs))),
            )
            return int(cur.lastrowid or 0)

    def finish_ingest(self, ingest_id: int, counts: Mapping[str, Any]) -> None:
        with self._transaction() as conn:
            conn.execute(
                "UPDATE ingests SET finished = ?, counts = ? WHERE id = ?",
                (_now(), _rows.dumps(dict(counts)), ingest_id),
            )

    def record_failures(self, failures: Iterable[Failure], ingest_id: int | None = None) -> int:
        n = 0
        with self._transaction() as conn:
            for f in failures:
                conn.execute(
                    "INSERT INTO failures (path, position, format, reason, ingest_id)"
                    " VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (path, position, reason) DO UPDATE SET"
                    " ingest_id = excluded.ingest_id, format = excluded.format",
                    (f.path, _rows.position_key(f.position), f.format, f.reason, ingest_id),
                )
                n += 1
        return n
