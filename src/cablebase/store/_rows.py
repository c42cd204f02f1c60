"""Records to SQLite row values and back: the column layout of schema.sql in one place."""

from __future__ import annotations

import json
from typing import Any

from cablebase.model import Article, Json, Paragraph, Source
from cablebase.telegram.body import paragraph_text

CABLE_COLUMNS = (
    "ref_id",
    "ref_id_raw",
    "created",
    "released",
    "classification",
    "origin",
    "precedence",
    "dtg",
    "transmission_id",
    "from",
    "subject",
    "summary",
    "partial",
    "redactions",
    "row_number",
    "tags",
    "captions",
    "to",
    "info",
    "eo",
    "classified_by",
    "references",
    "paragraphs",
    "signers",
    "header",
    "body",
    "warnings",
    "content_hash",
)

# Columns whose value is the record's JSON value written as JSON text.
_JSON_COLUMNS = frozenset(
    {
        "tags",
        "captions",
        "to",
        "info",
        "eo",
        "classified_by",
        "references",
        "paragraphs",
        "signers",
        "warnings",
    }
)

ARTICLE_COLUMNS = (
    "id",
    "title",
    "published",
    "language",
    "url",
    "text",
    "cites",
    "cited_rows",
    "warnings",
    "content_hash",
    "record",
)


# One encoder for every call: `json.dumps` with any option makes a new one each time, about
# a quarter of what encoding a small column costs.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def dumps(value: Any) -> str:
    return _ENCODE(value)


def _quoted(names: tuple[str, ...]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({_quoted(columns)}) VALUES ({marks})"


def upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    """Insert or update in place. Never INSERT OR REPLACE: its delete would cascade to the
    rows that point at the record (versions, tags, citations)."""
    key, *rest = columns
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in rest)
    return f'{insert_sql(table, columns)} ON CONFLICT ("{key}") DO UPDATE SET {updates}'


def stored_paragraphs(paragraphs: tuple[Paragraph, ...], body: str) -> list[Json]:
    """The `paragraphs` column: a paragraph whose place in the body the parser gave is kept
    as that place (`start`, `end`: character offsets, as SQLite's substr counts them), the
    others with their text. Keeping the words once made the archive a third smaller."""
    out: list[Json] = []
    for p in paragraphs:
        if p.span is not None and 0 <= p.span[0] <= p.span[1] <= len(body):
            out.append(
                {"number": p.number, "marking": p.marking, "start": p.span[0], "end": p.span[1]}
            )
        else:
            out.append(p.to_json())
    return out


def paragraphs_json(stored: list[Json], body: str) -> list[Json]:
    """The `to_json()` form of the paragraphs from the `paragraphs` column."""
    return [
        {
            "number": p["number"],
            "marking": p.get("marking"),
            "text": paragraph_text(body[p["start"] : p["end"]]) if "start" in p else p["text"],
        }
        for p in stored
    ]


def cable_values(data: Json, text: str) -> tuple[Any, ...]:
    """Column values of a cable's `to_json()` form; `text` is its content hash."""
    row: list[Any] = []
    for name in CABLE_COLUMNS:
        if name == "content_hash":
            row.append(text)
        elif name in _JSON_COLUMNS:
            value = data[name]
            row.append(None if value is None else dumps(value))
        elif name == "partial":
            row.append(int(data["partial"]))
        else:
            row.append(data[name])
    return tuple(row)


def select_cable_sql(where: str) -> str:
    return f"SELECT {_quoted(CABLE_COLUMNS)} FROM cables {where}"


def cable_json(row: tuple[Any, ...]) -> Json:
    """A cable's `to_json()` form from a `select_cable_sql` row, with no sources."""
    data: Json = {"kind": "cable", "sources": []}
    for name, value in zip(CABLE_COLUMNS, row, strict=True):
        if name == "content_hash":
            continue
        if name in _JSON_COLUMNS:
            data[name] = None if value is None else json.loads(value)
        elif name == "partial":
            data[name] = bool(value)
        else:
            data[name] = value
    data["paragraphs"] = paragraphs_json(data["paragraphs"], data["body"])
    return data


def article_values(article: Article, key: str, digest: str) -> tuple[Any, ...]:
    data = article.to_json()
    return (
        key,
        article.title,
        article.published,
        article.language,
        article.url,
        article.text,
        dumps(data["cites"]),
        dumps(data["cited_rows"]),
        dumps(data["warnings"]),
        digest,
        dumps(data),
    )


def position_key(position: str | None) -> str:
    return position or ""


def source_from_row(path: str, fmt: str, position: str) -> Source:
    return Source(path, fmt, position or None)


def loads(text: str) -> Json:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("stored record is not a JSON object")
    return value
