"""The read side of the SQLite store: records back as dataclasses, stats, failures."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from cablebase.closing import Closing
from cablebase.model import (
    Article,
    Cable,
    Paragraph,
    Source,
    article_from_json,
    cable_from_json,
    paragraphs_from_json,
)
from cablebase.store import _rows
from cablebase.store._cables import shown_json, sources_json
from cablebase.store.base import Stats, StoredFailure

# SQLite allows at most 999 bound parameters in old builds; stay well below.
_CHUNK = 500


class SqliteReads(Closing):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def close(self) -> None:
        self.conn.close()

    def _sources(self, kind: str, key: str) -> tuple[Source, ...]:
        """Where a record was read, in the order its sources were first seen."""
        rows = self.conn.execute(
            "SELECT path, format, position FROM sources WHERE kind = ? AND record_id = ?"
            " ORDER BY id",
            (kind, key),
        )
        return tuple(_rows.source_from_row(*row) for row in rows)

    def _cable(self, row: tuple[Any, ...], with_sources: bool = True) -> Cable:
        data = _rows.cable_json(row)
        if with_sources:
            data["sources"] = sources_json(self.conn, data["ref_id"])
        return cable_from_json(data)

    def get_cable(self, ref_id: str) -> Cable | None:
        sql = _rows.select_cable_sql("WHERE ref_id = ?")
        row = self.conn.execute(sql, (ref_id,)).fetchone()
        return self._cable(row) if row else None

    def get_paragraphs(self, ref_id: str) -> tuple[Paragraph, ...]:
        """Only the numbered paragraphs of a cable (search shows which ones matched)."""
        row = self.conn.execute(
            "SELECT paragraphs, body FROM cables WHERE ref_id = ?", (ref_id,)
        ).fetchone()
        if not row or not row[0]:
            return ()
        return paragraphs_from_json(_rows.paragraphs_json(json.loads(row[0]), row[1]))

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT record FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return article_from_json(_rows.loads(row[0])) if row else None

    def get_texts(self, keys: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        unique = list(dict.fromkeys(keys))
        for at in range(0, len(unique), _CHUNK):
            chunk = unique[at : at + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            sql = (
                f"SELECT ref_id, body FROM cables WHERE ref_id IN ({marks})"
                f" UNION ALL SELECT id, text FROM articles WHERE id IN ({marks})"
            )
            out.update(self.conn.execute(sql, (*chunk, *chunk)))
        return out

    def cable_versions(self, ref_id: str) -> list[Cable]:
        """Every version of a cable, oldest first, each with the sources that gave it."""
        rows = self.conn.execute(
            "SELECT content_hash, record FROM cable_versions WHERE ref_id = ?"
            " ORDER BY first_seen, rowid",
            (ref_id,),
        ).fetchall()
        out = []
        for text, record in rows:
            data = _rows.loads(record) if record is not None else shown_json(self.conn, ref_id)
            if data is not None:
                data["sources"] = sources_json(self.conn, ref_id, text)
                out.append(cable_from_json(data))
        return out

    def iter_cables(self, *, with_sources: bool = True) -> Iterator[Cable]:
        """Every cable; `with_sources=False` skips a query per cable where they are not
        needed (the search index)."""
        for row in self.conn.execute(_rows.select_cable_sql("ORDER BY ref_id")):
            yield self._cable(row, with_sources)

    def iter_articles(self) -> Iterator[Article]:
        for (record,) in self.conn.execute("SELECT record FROM articles ORDER BY id"):
            yield article_from_json(_rows.loads(record))

    def ref_ids_like(self, prefix: str, limit: int = 10) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT ref_id FROM cables WHERE ref_id LIKE ? ESCAPE '\\' ORDER BY ref_id LIMIT ?",
            (escaped + "%", limit),
        )
        return [r[0] for r in rows]

    def resolve_rows(self, numbers: Iterable[int]) -> dict[int, str]:
        wanted = sorted(set(numbers))
        found: dict[int, str] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = self.conn.execute(
                f"SELECT row_number, ref_id FROM row_numbers WHERE row_number IN ({marks})", chunk
            )
            found.update((int(n), str(ref)) for n, ref in rows)
        return found

    def failures(self, limit: int | None = None) -> list[StoredFailure]:
        rows = self.conn.execute(
            "SELECT path, reason, position, format, ingest_id FROM failures ORDER BY id LIMIT ?",
            (-1 if limit is None else limit,),
        )
        return [StoredFailure(p, r, pos or None, f, i) for p, r, pos, f, i in rows]

    def _count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def stats(self) -> Stats:
        out = Stats(
            cables=self._count("cables"),
            articles=self._count("articles"),
            failures=self._count("failures"),
            versions=self._count("cable_versions"),
            sources=self._count("sources"),
            row_numbers=self._count("row_numbers"),
        )
        out.by_classification = {
            str(c or "unknown"): int(n)
            for c, n in self.conn.execute(
                "SELECT classification, count(*) FROM cables GROUP BY classification"
                " ORDER BY count(*) DESC, classification"
            )
        }
        out.by_year = {
            str(y or "unknown"): int(n)
            for y, n in self.conn.execute(
                "SELECT substr(created, 1, 4) AS y, count(*) FROM cables GROUP BY y ORDER BY y"
            )
        }
        out.first_created, out.last_created = self.conn.execute(
            "SELECT min(created), max(created) FROM cables"
        ).fetchone()
        row = self.conn.execute(
            "SELECT id, started, finished, inputs, counts FROM ingests ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row:
            out.last_ingest = {
                "id": row[0],
                "started": row[1],
                "finished": row[2],
                "inputs": json.loads(row[3]),
                "counts": json.loads(row[4]),
            }
        return out
