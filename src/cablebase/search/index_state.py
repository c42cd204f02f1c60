"""The files beside the search index that say what it holds.

- the sidecar (`STATE_FILE`): every indexed record ID with a hash of its document fields;
- the version stamp (`VERSION_FILE`): the schema version that completed the index, read by
  searches, which never need the megabytes of the sidecar;
- the archive stamp (`ARCHIVE_FILE`): which state of the archive the index was last brought
  in line with (its last ingest and its numbers of cables and articles). An ingest that finds
  it matching the archive keeps the index in step as it stores records, instead of reading
  the whole archive back afterwards.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cablebase.store.base import Store

STATE_FILE = "cablebase-index.json"
VERSION_FILE = "cablebase-index.version"
ARCHIVE_FILE = "cablebase-index.archive"

ArchiveStamp = tuple[int, int, int]  # last ingest ID (0 before any), cables, articles


def archive_stamp(store: Store) -> ArchiveStamp:
    last = store.last_ingest()
    counts = store.count_records()
    return (int(last["id"]) if last else 0, counts["cables"], counts["articles"])


class IndexState:
    """The files of the index in `folder`, written by schema version `version`."""

    def __init__(self, folder: Path, version: int) -> None:
        self.version = version
        self.path = folder / STATE_FILE
        self._version = folder / VERSION_FILE
        self._archive = folder / ARCHIVE_FILE

    def load(self) -> dict[str, str] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("version") != self.version:
            return None
        docs = data.get("docs")
        return docs if isinstance(docs, dict) else None

    def save(self, docs: dict[str, str]) -> None:
        # Written after the commit and renamed into place, so a crash leaves at worst an
        # older sidecar, which only makes the next update re-index a few records.
        tmp = self.path.with_suffix(".tmp")
        data = {"version": self.version, "docs": docs}
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.path)
        self._version.write_text(str(self.version), encoding="utf-8")

    def usable(self) -> bool:
        """The index was completed by this schema version (without reading the sidecar)."""
        try:
            stamp = self._version.read_text(encoding="utf-8")
        except OSError:
            return False
        return stamp.strip() == str(self.version) and self.path.exists()

    def archive(self) -> ArchiveStamp | None:
        """The archive state the index was last brought in line with, None when unknown."""
        try:
            value = json.loads(self._archive.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not (isinstance(value, list) and len(value) == 3):
            return None
        if not all(isinstance(n, int) for n in value):
            return None
        return (value[0], value[1], value[2])

    def set_archive(self, stamp: ArchiveStamp | None) -> None:
        """Record (or, with None, forget: before the index changes) the archive state."""
        if stamp is None:
            self._archive.unlink(missing_ok=True)
        else:
            self._archive.write_text(json.dumps(list(stamp)), encoding="utf-8")
