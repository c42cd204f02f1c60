"""The reads behind browsing an archive: counts by origin, tag, classification and date, the
latest releases, who cites a cable, the date range and the last ingest.

They only read, and run against indexed columns, so that a reading room over 250,000 cables
answers them in milliseconds; the counts over the whole archive (tens of milliseconds) are
meant to be cached by the caller until `data_version()` changes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

CountField = Literal["origin", "classification", "tag", "created_year", "released_day"]

_SUMMARY_COLUMNS = "ref_id, subject, created, released, origin, classification"
_COUNT_SQL: dict[str, str] = {
    "origin": "SELECT origin, count(*) FROM cables WHERE origin IS NOT NULL"
    " GROUP BY origin ORDER BY origin",
    "classification": "SELECT classification, count(*) FROM cables"
    " WHERE classification IS NOT NULL GROUP BY classification ORDER BY classification",
    "tag": "SELECT tag, count(*) FROM cable_tags GROUP BY tag ORDER BY tag",
    "created_year": "SELECT substr(created, 1, 4) AS y, count(*) FROM cables"
    " WHERE created IS NOT NULL GROUP BY y ORDER BY y",
    "released_day": "SELECT substr(released, 1, 10) AS d, count(*) FROM cables"
    " WHERE released IS NOT NULL GROUP BY d ORDER BY d DESC",
}
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class CableSummary:
    """What a list of cables shows of each: enough for a line, not the text."""

    ref_id: str
    subject: str | None = None
    created: str | None = None
    released: str | None = None
    origin: str | None = None
    classification: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "ref_id": self.ref_id,
            "subject": self.subject,
            "created": self.created,
            "released": self.released,
            "origin": self.origin,
            "classification": self.classification,
        }


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str
    published: str | None = None
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "published": self.published, "url": self.url}


@dataclass(frozen=True, slots=True)
class Citation:
    """A cable an article cites; `via` is "text" (named in it) or "row" (a cables.csv row
    number resolved to the ID); `cable` is None when the cable is not in the archive."""

    ref_id: str
    via: str
    cable: CableSummary | None

    def to_json(self) -> dict[str, Any]:
        return {
            "ref_id": self.ref_id,
            "via": self.via,
            "in_archive": self.cable is not None,
            "cable": self.cable.to_json() if self.cable else None,
        }


@dataclass(frozen=True, slots=True)
class DateRange:
    first_created: str | None = None
    last_created: str | None = None
    first_released: str | None = None
    last_released: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "first_created": self.first_created,
            "last_created": self.last_created,
            "first_released": self.first_released,
            "last_released": self.last_released,
        }


class BrowseSource(Protocol):
    """The browse reads a Store offers (see SqliteBrowse for what each returns)."""

    def data_version(self) -> int: ...

    def count_by(self, field: CountField) -> list[tuple[str, int]]: ...

    def count_created_months(self, year: str) -> list[tuple[str, int]]: ...

    def count_records(self) -> dict[str, int]: ...

    def latest_released(self, limit: int = 10) -> list[CableSummary]: ...

    def latest_created(self, limit: int = 10) -> list[CableSummary]: ...

    def cable_summaries(self, ref_ids: Iterable[str]) -> dict[str, CableSummary]: ...

    def cited_by(self, ref_id: str, limit: int = 200) -> tuple[list[CableSummary], int]: ...

    def citing_articles(self, ref_id: str) -> list[ArticleSummary]: ...

    def article_citations(self, article_id: str) -> list[Citation]: ...

    def date_range(self) -> DateRange: ...

    def last_ingest(self) -> dict[str, Any] | None: ...


class SqliteBrowse:
    """The SQLite implementation, mixed into SqliteStore; reads through its `conn`."""

    conn: sqlite3.Connection

    def data_version(self) -> int:
        """Changes whenever another connection commits to the archive (an ingest running
        while the archive is served): the signal to drop cached counts."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def count_by(self, field: CountField) -> list[tuple[str, int]]:
        """(value, number of cables) for every value of `field`; dates newest first for
        release days, otherwise in value order."""
        return [(str(v), int(n)) for v, n in self.conn.execute(_COUNT_SQL[field])]

    def count_created_months(self, year: str) -> list[tuple[str, int]]:
        """("YYYY-MM", cables) for the months of `year` that have cables."""
        rows = self.conn.execute(
            "SELECT substr(created, 1, 7) AS m, count(*) FROM cables"
            " WHERE created >= ? AND created < ? GROUP BY m ORDER BY m",
            (year, f"{year}-99"),
        )
        return [(str(m), int(n)) for m, n in rows]

    def count_records(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "cables": int(one("SELECT count(*) FROM cables").fetchone()[0]),
            "articles": int(one("SELECT count(*) FROM articles").fetchone()[0]),
        }

    def latest_released(self, limit: int = 10) -> list[CableSummary]:
        """The cables released last; an archive without release dates gives none."""
        return self._summaries(
            f"SELECT {_SUMMARY_COLUMNS} FROM cables WHERE released IS NOT NULL"
            " ORDER BY released DESC LIMIT ?",
            (limit,),
        )

    def latest_created(self, limit: int = 10) -> list[CableSummary]:
        return self._summaries(
            f"SELECT {_SUMMARY_COLUMNS} FROM cables WHERE created IS NOT NULL"
            " ORDER BY created DESC LIMIT ?",
            (limit,),
        )

    def cable_summaries(self, ref_ids: Iterable[str]) -> dict[str, CableSummary]:
        """The summaries of those of `ref_ids` that are in the archive."""
        wanted = sorted(set(ref_ids))
        found: dict[str, CableSummary] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for s in self._summaries(
                f"SELECT {_SUMMARY_COLUMNS} FROM cables WHERE ref_id IN ({marks})", chunk
            ):
                found[s.ref_id] = s
        return found

    def cited_by(self, ref_id: str, limit: int = 200) -> tuple[list[CableSummary], int]:
        """The cables whose references name `ref_id` (oldest first, at most `limit`) and
        how many there are in all."""
        total = self.conn.execute(
            "SELECT count(DISTINCT ref_id) FROM cable_references WHERE cited_ref_id = ?",
            (ref_id,),
        ).fetchone()[0]
        rows = self._summaries(
            f"SELECT {_SUMMARY_COLUMNS} FROM cables WHERE ref_id IN"
            " (SELECT ref_id FROM cable_references WHERE cited_ref_id = ?)"
            " ORDER BY created, ref_id LIMIT ?",
            (ref_id, limit),
        )
        return rows, int(total)

    def citing_articles(self, ref_id: str) -> list[ArticleSummary]:
        """The articles that cite `ref_id`, newest first."""
        rows = self.conn.execute(
            "SELECT id, title, published, url FROM articles WHERE id IN"
            " (SELECT article_id FROM article_cites WHERE ref_id = ?)"
            " ORDER BY published DESC, id",
            (ref_id,),
        )
        return [ArticleSummary(*row) for row in rows]

    def article_citations(self, article_id: str) -> list[Citation]:
        """The cables `article_id` cites, in ID order, each once (named in the text wins
        over a resolved row number)."""
        rows = self.conn.execute(
            "SELECT ref_id, min(via) FROM article_cites WHERE article_id = ?"
            " GROUP BY ref_id ORDER BY ref_id",
            (article_id,),
        ).fetchall()
        summaries = self.cable_summaries(r for r, _ in rows)
        return [Citation(r, via, summaries.get(r)) for r, via in rows]

    def date_range(self) -> DateRange:
        # One min() or max() per query: SQLite answers each from its index in one step, but
        # scans the whole table when a query asks for several.
        def one(sql: str) -> str | None:
            value = self.conn.execute(sql).fetchone()[0]
            return str(value) if value is not None else None

        return DateRange(
            one("SELECT min(created) FROM cables WHERE created IS NOT NULL"),
            one("SELECT max(created) FROM cables"),
            one("SELECT min(released) FROM cables WHERE released IS NOT NULL"),
            one("SELECT max(released) FROM cables"),
        )

    def last_ingest(self) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT id, started, finished, inputs, counts FROM ingests ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return {
            "id": row[0],
            "started": row[1],
            "finished": row[2],
            "inputs": json.loads(row[3]),
            "counts": json.loads(row[4]),
        }

    def _summaries(self, sql: str, args: Iterable[Any]) -> list[CableSummary]:
        return [CableSummary(*row) for row in self.conn.execute(sql, tuple(args))]
