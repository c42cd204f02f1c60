"""Writing cables into SQLite: the cables row, its versions, sources, tags and references.

The version a cable shows lives only in the `cables` row (its `cable_versions` row has a NULL
record); every other version keeps its full JSON. A cable is thus stored once, not twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from cablebase.model import Json
from cablebase.store import _rows
from cablebase.store.base import PutCounts
from cablebase.store.prepared import PreparedCable, SourceKey


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_SOURCE_SQL = (
    "INSERT INTO sources (kind, record_id, path, format, position, content_hash)"
    " VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (kind, record_id, path, position) DO UPDATE SET"
    " content_hash = excluded.content_hash, format = excluded.format"
    " WHERE content_hash != excluded.content_hash OR format != excluded.format"
)
_ROW_SQL = {
    # A cables.csv row is authoritative; an ID list only fills numbers not mapped yet.
    True: "INSERT INTO row_numbers (row_number, ref_id, source) VALUES (?, ?, ?)"
    " ON CONFLICT (row_number) DO UPDATE SET ref_id = excluded.ref_id,"
    " source = excluded.source"
    " WHERE ref_id != excluded.ref_id OR source != excluded.source",
    False: "INSERT OR IGNORE INTO row_numbers (row_number, ref_id, source) VALUES (?, ?, ?)",
}
_TAG_SQL = "INSERT OR IGNORE INTO cable_tags (ref_id, tag) VALUES (?, ?)"
_REFERENCE_SQL = (
    "INSERT INTO cable_references (ref_id, position, label, text, cited_ref_id, kind)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_VERSION_SQL = (
    "INSERT INTO cable_versions (ref_id, content_hash, record_hash, record, first_seen,"
    " source_path, source_position) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CABLE = _rows.insert_sql("cables", _rows.CABLE_COLUMNS)
_UPSERT_CABLE = _rows.upsert_sql("cables", _rows.CABLE_COLUMNS)


def add_sources(
    conn: sqlite3.Connection, kind: str, key: str, sources: Iterable[SourceKey], digest: str
) -> int:
    """Record where `key` was read; returns how many sources are new or now give other text."""
    changed = 0
    for path, fmt, position in sources:
        changed += conn.execute(_SOURCE_SQL, (kind, key, path, fmt, position, digest)).rowcount
    return changed


def map_row(
    conn: sqlite3.Connection, number: int, ref_id: str, source: str, *, authoritative: bool
) -> int:
    """Map a cables.csv row number to an ID (see `_ROW_SQL`)."""
    return conn.execute(_ROW_SQL[authoritative], (number, ref_id, source)).rowcount


def _tags_and_references(conn: sqlite3.Connection, cables: list[PreparedCable]) -> None:
    conn.executemany(_TAG_SQL, [(c.ref_id, tag) for c in cables for tag in c.tags])
    conn.executemany(
        _REFERENCE_SQL,
        [(c.ref_id, i, *r) for c in cables for i, r in enumerate(c.references, 1)],
    )


def _write_row(conn: sqlite3.Connection, cable: PreparedCable) -> None:
    """Overwrite the cables row of a stored cable with another version."""
    conn.execute(_UPSERT_CABLE, cable.values)
    conn.execute("DELETE FROM cable_tags WHERE ref_id = ?", (cable.ref_id,))
    conn.execute("DELETE FROM cable_references WHERE ref_id = ?", (cable.ref_id,))
    _tags_and_references(conn, [cable])


def _version_row(cable: PreparedCable, *, shown: bool, now: str) -> tuple[Any, ...]:
    path, _, position = cable.sources[0] if cable.sources else ("", "", "")
    record = None if shown else cable.version_json()
    return (cable.ref_id, cable.text_hash, cable.record_hash, record, now, path, position)


def put_cables(
    conn: sqlite3.Connection, cables: Sequence[PreparedCable], counts: PutCounts
) -> None:
    """Store a batch in one go: cables not stored yet by one `executemany` per table, the rest
    one by one. The outcome is that of storing them one by one, in order."""
    # Row numbers first, in input order: when two cables claim a number, the later one wins.
    conn.executemany(
        _ROW_SQL[True],
        [(c.row_number, c.ref_id, "cables.csv") for c in cables if c.row_number is not None],
    )
    keys = json.dumps([c.ref_id for c in cables])
    seen = {
        row[0]
        for row in conn.execute(
            "SELECT ref_id FROM cables WHERE ref_id IN (SELECT value FROM json_each(?))", (keys,)
        )
    }
    fresh: list[PreparedCable] = []
    again: list[PreparedCable] = []
    for cable in cables:
        # A second reading of a cable in the same batch waits until its first is stored.
        (again if cable.ref_id in seen else fresh).append(cable)
        seen.add(cable.ref_id)
    now = _now()
    # The cables rows go first: versions, tags and references point at them.
    conn.executemany(_INSERT_CABLE, [c.values for c in fresh])
    conn.executemany(_VERSION_SQL, [_version_row(c, shown=True, now=now) for c in fresh])
    conn.executemany(
        _SOURCE_SQL,
        [("cable", c.ref_id, *src, c.text_hash) for c in fresh for src in c.sources],
    )
    _tags_and_references(conn, fresh)
    counts.cables_new += len(fresh)
    for cable in again:
        _put_stored(conn, cable, counts)


def _put_stored(conn: sqlite3.Connection, cable: PreparedCable, counts: PutCounts) -> None:
    """Another reading of a cable already stored: a new source, a new version, or nothing."""
    ref_id, text = cable.ref_id, cable.text_hash
    shown_text, row_number = conn.execute(
        "SELECT content_hash, row_number FROM cables WHERE ref_id = ?", (ref_id,)
    ).fetchone()
    if cable.row_number is None:
        cable = cable.with_row_number(row_number)
    version = conn.execute(
        "SELECT record_hash, source_path, source_position FROM cable_versions"
        " WHERE ref_id = ? AND content_hash = ?",
        (ref_id, text),
    ).fetchone()
    new_sources = add_sources(conn, "cable", ref_id, cable.sources, text)
    if version is None:
        counts.cables_updated += 1
        counts.versions += 1
        if cable.quality > _shown_quality(conn, ref_id):
            _demote(conn, ref_id, shown_text)
            conn.execute(_VERSION_SQL, _version_row(cable, shown=True, now=_now()))
            _write_row(conn, cable)
        else:
            conn.execute(_VERSION_SQL, _version_row(cable, shown=False, now=_now()))
        return
    first = (cable.sources[0][0], cable.sources[0][2]) if cable.sources else ("", "")
    if version[0] != cable.record_hash and first == (version[1], version[2]):
        # The source this version came from, read again and parsed differently (a newer
        # parser): refresh it in place rather than adding a version.
        shown = text == shown_text
        conn.execute(
            "UPDATE cable_versions SET record_hash = ?, record = ?"
            " WHERE ref_id = ? AND content_hash = ?",
            (cable.record_hash, None if shown else cable.version_json(), ref_id, text),
        )
        if shown:
            _write_row(conn, cable)
        counts.cables_updated += 1
    elif new_sources:
        counts.cables_updated += 1
    else:
        counts.cables_unchanged += 1


def _shown_quality(conn: sqlite3.Connection, ref_id: str) -> tuple[int, int, int]:
    partial, paragraphs, body = conn.execute(
        "SELECT partial, json_array_length(paragraphs), body FROM cables WHERE ref_id = ?",
        (ref_id,),
    ).fetchone()
    return (0 if partial else 1, paragraphs, len(body.split()))


def _demote(conn: sqlite3.Connection, ref_id: str, text: str) -> None:
    """Copy the shown version out of the cables row into its version row, before the cables
    row is overwritten by a better one."""
    data = shown_json(conn, ref_id)
    if data is not None:
        conn.execute(
            "UPDATE cable_versions SET record = ? WHERE ref_id = ? AND content_hash = ?",
            (_rows.dumps({**data, "sources": []}), ref_id, text),
        )


def shown_json(conn: sqlite3.Connection, ref_id: str) -> Json | None:
    """The JSON of the version a cable shows, from its columns (sources left empty)."""
    cur = conn.execute(_rows.select_cable_sql("WHERE ref_id = ?"), (ref_id,))
    row = cur.fetchone()
    return _rows.cable_json(row) if row else None


def sources_json(conn: sqlite3.Connection, ref_id: str, text: str | None = None) -> list[Any]:
    sql = "SELECT path, format, position FROM sources WHERE kind = 'cable' AND record_id = ?"
    args: tuple[str, ...] = (ref_id,)
    if text is not None:
        sql += " AND content_hash = ?"
        args += (text,)
    rows = conn.execute(sql + " ORDER BY id", args)
    return [{"path": p, "format": f, "position": pos or None} for p, f, pos in rows]
