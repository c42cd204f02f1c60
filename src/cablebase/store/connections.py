"""The SQL of the connections: reference-graph edges and the upkeep of the people index
(cable_people, people_state, people, people_dirty; its reads are in `people_read.py`). A mixin
of `SqliteStore`; the logic lives in `cablebase.connections`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from cablebase.connections.graph import CableInfo, EdgeRow
from cablebase.connections.people import Person
from cablebase.connections.people_index import CablePersonRow, PersonEntry
from cablebase.model import Cable, ClassifiedBy
from cablebase.store.people_read import (
    PERSON_SQL,
    PersonRow,
    SqlitePeopleReads,
    chunks,
    entry_row,
    person_from_row,
    person_row,
)

# Cablegate's size: a row_numbers table this full is a complete ID list even without --ids.
CABLEGATE_CABLES = 251_287
_IN = "IN (SELECT value FROM json_each(?))"


class SqliteConnections(SqlitePeopleReads):
    conn: sqlite3.Connection
    _id_list_cache: tuple[tuple[int, int], bool] | None = None

    # -- reference graph -------------------------------------------------------------------

    def _edges(self, column: str, ref_ids: Iterable[str]) -> list[EdgeRow]:
        out: list[EdgeRow] = []
        for chunk in chunks(ref_ids):
            out += self.conn.execute(
                "SELECT ref_id, cited_ref_id, label FROM cable_references"
                f" WHERE cited_ref_id IS NOT NULL AND {column} {_IN}"
                " ORDER BY ref_id, position",
                (chunk,),
            ).fetchall()
        return out

    def edges_from(self, ref_ids: Iterable[str]) -> list[EdgeRow]:
        return self._edges("ref_id", ref_ids)

    def edges_to(self, ref_ids: Iterable[str]) -> list[EdgeRow]:
        return self._edges("cited_ref_id", ref_ids)

    def cable_info(self, ref_ids: Iterable[str]) -> dict[str, CableInfo]:
        out: dict[str, CableInfo] = {}
        for chunk in chunks(ref_ids):
            for ref, *info in self.conn.execute(
                "SELECT ref_id, subject, created, origin, classification FROM cables"
                f" WHERE ref_id {_IN}",
                (chunk,),
            ):
                out[ref] = CableInfo(*info)
        return out

    def known_ref_ids(self, ref_ids: Iterable[str]) -> set[str] | None:
        if not self._has_id_list():
            return None
        found: set[str] = set()
        for chunk in chunks(ref_ids):
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT ref_id FROM row_numbers WHERE ref_id {_IN}", (chunk,)
                )
            )
        return found

    def _has_id_list(self) -> bool:
        """An ID list was ingested, or cables.csv rows make a complete one. Both questions scan
        row_numbers (tens of ms on a full archive), so the answer is kept until the archive
        changes: this connection's writes or (data_version) another one's."""
        stamp = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        cached = self._id_list_cache
        if cached is not None and cached[0] == stamp:
            return cached[1]
        has_list = (
            bool(
                self.conn.execute(
                    "SELECT EXISTS (SELECT 1 FROM row_numbers WHERE source = 'ids')"
                ).fetchone()[0]
            )
            or int(self.conn.execute("SELECT count(*) FROM row_numbers").fetchone()[0])
            >= CABLEGATE_CABLES
        )
        self._id_list_cache = (stamp, has_list)
        return has_list

    # -- people index: upkeep --------------------------------------------------------------

    def people_version(self) -> int | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'people_version'").fetchone()
        return int(row[0]) if row else None

    def people_stale(self, *, everything: bool) -> list[str]:
        if everything:
            # One statement each, in autocommit: a crash in between leaves the index to be
            # rebuilt again, which is what the missing version stamp then asks for.
            self.conn.execute("DELETE FROM meta WHERE key = 'people_version'")
            for table in ("cable_people", "people_state", "people", "people_dirty"):
                self.conn.execute(f"DELETE FROM {table}")
        rows = self.conn.execute(
            "SELECT c.ref_id FROM cables AS c LEFT JOIN people_state AS s USING (ref_id)"
            " WHERE s.content_hash IS NOT c.content_hash ORDER BY c.ref_id"
        )
        return [r[0] for r in rows]

    def cables_for_people(self, ref_ids: Sequence[str]) -> Iterator[tuple[Cable, str]]:
        for chunk in chunks(ref_ids):
            rows = self.conn.execute(
                "SELECT ref_id, subject, body, classified_by, signers, content_hash FROM cables"
                f" WHERE ref_id {_IN} ORDER BY ref_id",
                (chunk,),
            ).fetchall()
            for ref, subject, body, classified, signers, digest in rows:
                cb = json.loads(classified) if classified else None
                cable = Cable(
                    ref_id=ref,
                    subject=subject,
                    body=body,
                    classified_by=ClassifiedBy(
                        cb["text"], tuple(cb["names"]), cb.get("title"), tuple(cb["reasons"])
                    )
                    if cb
                    else None,
                    signers=tuple(json.loads(signers)),
                )
                yield cable, digest

    def put_cable_people(
        self, items: Sequence[tuple[str, str, Sequence[Person]]], version: int
    ) -> None:
        rows = [(ref, digest, [person_row(p) for p in people]) for ref, digest, people in items]
        self._put_people_rows(rows, version, replace=True)

    def add_cable_people(
        self, items: Sequence[tuple[str, str, Sequence[PersonRow]]], version: int
    ) -> None:
        self._put_people_rows(items, version, replace=False)

    def _put_people_rows(
        self, items: Sequence[tuple[str, str, Sequence[PersonRow]]], version: int, replace: bool
    ) -> None:
        touched: set[str] = set()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if replace:
                for chunk in chunks(ref for ref, _, _ in items):
                    touched.update(
                        r[0]
                        for r in self.conn.execute(
                            f"DELETE FROM cable_people WHERE ref_id {_IN} RETURNING surname",
                            (chunk,),
                        )
                    )
            rows = [(ref, *row) for ref, _, people in items for row in people]
            self.conn.executemany(
                "INSERT INTO cable_people (ref_id, person, surname, name, surname_shown,"
                " titles, roles, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            touched.update(row[2] for row in rows)
            self.conn.executemany(
                "INSERT OR IGNORE INTO people_dirty (surname) VALUES (?)", [(t,) for t in touched]
            )
            self.conn.executemany(
                "INSERT INTO people_state (ref_id, content_hash) VALUES (?, ?)"
                " ON CONFLICT (ref_id) DO UPDATE SET content_hash = excluded.content_hash",
                [(ref, digest) for ref, digest, _ in items],
            )
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('people_version', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(version),),
            )
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def people_dirty(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT surname FROM people_dirty ORDER BY 1")]

    def cable_people_rows(self, surnames: Iterable[str]) -> list[CablePersonRow]:
        out: list[CablePersonRow] = []
        for chunk in chunks(surnames):
            rows = self.conn.execute(
                f"{PERSON_SQL} WHERE surname {_IN} ORDER BY ref_id, person", (chunk,)
            )
            out += [CablePersonRow(row[0], person_from_row(row[1:])) for row in rows]
        return out

    def put_people(self, surnames: Iterable[str], entries: Sequence[PersonEntry]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for chunk in chunks(surnames):
                self.conn.execute(f"DELETE FROM people WHERE surname {_IN}", (chunk,))
                self.conn.execute(f"DELETE FROM people_dirty WHERE surname {_IN}", (chunk,))
            self.conn.executemany(
                "INSERT INTO people (key, canonical, surname, name, surname_shown, titles,"
                " roles, mentions, cables) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [entry_row(e) for e in entries],
            )
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
