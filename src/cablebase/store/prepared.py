"""A cable with the store's per-record work done: JSON columns, hashes and quality.

Serialising and hashing a cable costs about as much as writing it to SQLite. `prepare_cable`
does it wherever the cable was parsed (in the ingest worker processes), so the one process that
writes the archive only executes SQL. A `PreparedCable` is a plain tuple of strings and numbers:
it pickles several times faster than the `Cable` dataclass tree it comes from.
"""

from __future__ import annotations

import hashlib
from typing import Any, NamedTuple

from cablebase.model import Cable, Json
from cablebase.store import _rows

_ROW_NUMBER = _rows.CABLE_COLUMNS.index("row_number")
# Where a record was read and what was odd about it are not what it says (`base.json_hash`).
_WARNINGS = _rows.CABLE_COLUMNS.index("warnings")
# Key order of `Cable.to_json()`, so that JSON rebuilt from the columns reads the same.
_JSON_KEYS = tuple(Cable(ref_id="").to_json())

SourceKey = tuple[str, str, str]  # path, format, position ('' when none)
ReferenceRow = tuple[str | None, str, str | None, str]  # label, text, ref_id, kind


class PreparedCable(NamedTuple):
    ref_id: str
    row_number: int | None
    values: tuple[Any, ...]  # the `cables` row, in `_rows.CABLE_COLUMNS` order
    tags: tuple[str, ...]
    references: tuple[ReferenceRow, ...]
    sources: tuple[SourceKey, ...]
    text_hash: str  # names the version: its words, layout ignored
    record_hash: str  # all parsed fields
    quality: tuple[int, int, int]

    def with_row_number(self, number: int | None) -> PreparedCable:
        values = (*self.values[:_ROW_NUMBER], number, *self.values[_ROW_NUMBER + 1 :])
        return self._replace(row_number=number, values=values)

    def version_json(self) -> str:
        """The JSON a non-shown version keeps, sources left out (they are rows of `sources`)."""
        data = _rows.cable_json(self.values)
        return _rows.dumps({key: data[key] for key in _JSON_KEYS})


def source_key(src: Json) -> SourceKey:
    return (src["path"], src["format"], _rows.position_key(src["position"]))


def prepare_cable(cable: Cable) -> PreparedCable:
    data = cable.to_json()
    data["paragraphs"] = _rows.stored_paragraphs(cable.paragraphs, cable.body)
    # `text_hash` and `quality` both split the body into words: split it once (the words of
    # header and body are those of the header followed by those of the body).
    body_words = cable.body.split()
    text = words_hash([*cable.header.split(), *body_words])
    values = _rows.cable_values(data, text)
    return PreparedCable(
        ref_id=cable.ref_id,
        row_number=cable.row_number,
        values=values,
        tags=cable.tags,
        references=tuple((r.label, r.text, r.ref_id, r.kind) for r in cable.references),
        sources=tuple(source_key(src) for src in data["sources"]),
        text_hash=text,
        record_hash=values_hash(values),
        quality=(0 if cable.partial else 1, len(cable.paragraphs), len(body_words)),
    )


def values_hash(values: tuple[Any, ...]) -> str:
    """A hash of everything a `cables` row says but its warnings. It hashes the column text
    already made rather than the record's JSON once more (which cost half as much as the
    rest of preparing a cable); each value is length-prefixed, so no two rows collide."""
    parts = []
    for i, value in enumerate(values):
        if i != _WARNINGS:
            text = "" if value is None else str(value)
            parts.append(f"{len(text)}{'~' if value is None else ':'}{text}")
    return hashlib.sha256("".join(parts).encode("utf-8")).hexdigest()


def words_hash(words: list[str]) -> str:
    """`text_hash` of a cable whose header and body hold these words."""
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
