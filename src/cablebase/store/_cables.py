"""Writing one cable into SQLite: the cables row, its versions, sources, tags and references.

The version a cable shows lives only in the `cables` row (its `cable_versions` row has a NULL
record); every other version keeps its full JSON. A cable is thus stored once, not twice.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from cablebase.model import Cable, Json
from cablebase.store import _rows
from cablebase.store.base import PutCounts, json_hash, quality, text_hash


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_sources(
    conn: sqlite3.Connection, kind: str, key: str, sources: list[Json], digest: str
) -> int:
    """Record where `key` was read; returns how many sources are new or now give other text."""
    changed = 0
    for src in sources:
        cur = conn.execute(
            "INSERT INTO sources (kind, record_id, path, format, position, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (kind, record_id, path, position) DO UPDATE SET"
            " content_hash = excluded.content_hash, format = excluded.format"
            " WHERE content_hash != excluded.content_hash OR format != excluded.format",
            (kind, key, src["path"], src["format"], _rows.position_key(src["position"]), digest),
        )
        changed += cur.rowcount
    return changed


def map_row(
    conn: sqlite3.Connection, number: int, ref_id: str, source: str, *, authoritative: bool
) -> int:
    """Map a cables.csv row number to an ID. A cables.csv row is authoritative; an ID list
    only fills numbers not mapped yet."""
    if authoritative:
        sql = (
            "INSERT INTO row_numbers (row_number, ref_id, source) VALUES (?, ?, ?)"
            " ON CONFLICT (row_number) DO UPDATE SET ref_id = excluded.ref_id,"
            " source = excluded.source"
            " WHERE ref_id != excluded.ref_id OR source != excluded.source"
        )
    else:
        sql = "INSERT OR IGNORE INTO row_numbers (row_number, ref_id, source) VALUES (?, ?, ?)"
    return conn.execute(sql, (number, ref_id, source)).rowcount


def _write_row(conn: sqlite3.Connection, data: Json, text: str, *, fresh: bool) -> None:
    ref_id = data["ref_id"]
    sql = (_rows.insert_sql if fresh else _rows.upsert_sql)("cables", _rows.CABLE_COLUMNS)
    conn.execute(sql, _rows.cable_values(data, text))
    if not fresh:
        conn.execute("DELETE FROM cable_tags WHERE ref_id = ?", (ref_id,))
        conn.execute("DELETE FROM cable_references WHERE ref_id = ?", (ref_id,))
    conn.executemany(
        "INSERT OR IGNORE INTO cable_tags (ref_id, tag) VALUES (?, ?)",
        [(ref_id, tag) for tag in data["tags"]],
    )
    conn.executemany(
        "INSERT INTO cable_references (ref_id, position, label, text, cited_ref_id, kind)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (ref_id, i, r["label"], r["text"], r["ref_id"], r["kind"])
            for i, r in enumerate(data["references"], 1)
        ],
    )


def _version_json(data: Json) -> str:
    # A version's sources are the sources rows with its content_hash; not repeated here.
    return _rows.dumps({**data, "sources": []})


def _insert_version(
    conn: sqlite3.Connection, data: Json, text: str, digest: str, *, shown: bool
) -> None:
    first = data["sources"][0] if data["sources"] else {"path": "", "position": None}
    conn.execute(
        "INSERT INTO cable_versions (ref_id, content_hash, record_hash, record, first_seen,"
        " source_path, source_position) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            data["ref_id"],
            text,
            digest,
            None if shown else _version_json(data),
            _now(),
            first["path"],
            _rows.position_key(first["position"]),
        ),
    )


def put_cable(conn: sqlite3.Connection, cable: Cable, counts: PutCounts) -> None:
    data = cable.to_json()
    ref_id = cable.ref_id
    text, digest = text_hash(cable), json_hash(data)
    if cable.row_number is not None:
        map_row(conn, cable.row_number, ref_id, "cables.csv", authoritative=True)
    row = conn.execute(
        "SELECT content_hash, partial, json_array_length(paragraphs), body, row_number"
        " FROM cables WHERE ref_id = ?",
        (ref_id,),
    ).fetchone()
    if row is None:
        # The cables row goes first: versions, tags and references point at it.
        _write_row(conn, data, text, fresh=True)
        _insert_version(conn, data, text, digest, shown=True)
        add_sources(conn, "cable", ref_id, data["sources"], text)
        counts.cables_new += 1
        return
    shown_text, partial, paragraphs, body, row_number = row
    if data["row_number"] is None:
        data["row_number"] = row_number
    version = conn.execute(
        "SELECT record_hash, source_path, source_position FROM cable_versions"
        " WHERE ref_id = ? AND content_hash = ?",
        (ref_id, text),
    ).fetchone()
    new_sources = add_sources(conn, "cable", ref_id, data["sources"], text)
    if version is None:
        counts.cables_updated += 1
        counts.versions += 1
        if quality(cable) > (0 if partial else 1, paragraphs, len(body.split())):
            _demote(conn, ref_id, shown_text)
            _insert_version(conn, data, text, digest, shown=True)
            _write_row(conn, data, text, fresh=False)
        else:
            _insert_version(conn, data, text, digest, shown=False)
        return
    if version[0] != digest and _first_source(data) == (version[1], version[2]):
        # The source this version came from, read again and parsed differently (a newer
        # parser): refresh it in place rather than adding a version.
        shown = text == shown_text
        conn.execute(
            "UPDATE cable_versions SET record_hash = ?, record = ?"
            " WHERE ref_id = ? AND content_hash = ?",
            (digest, None if shown else _version_json(data), ref_id, text),
        )
        if shown:
            _write_row(conn, data, text, fresh=False)
        counts.cables_updated += 1
    elif new_sources:
        counts.cables_updated += 1
    else:
        counts.cables_unchanged += 1


def _first_source(data: Json) -> tuple[str, str]:
    if not data["sources"]:
        return ("", "")
    first = data["sources"][0]
    return (first["path"], _rows.position_key(first["position"]))


def _demote(conn: sqlite3.Connection, ref_id: str, text: str) -> None:
    """Copy the shown version out of the cables row into its version row, before the cables
    row is overwritten by a better one."""
    data = shown_json(conn, ref_id)
    if data is not None:
        conn.execute(
            "UPDATE cable_versions SET record = ? WHERE ref_id = ? AND content_hash = ?",
            (_version_json(data), ref_id, text),
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
