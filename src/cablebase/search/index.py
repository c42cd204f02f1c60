"""The search index: a tantivy index in `<db>.index/`, one document per cable and article.

Upkeep: a sidecar file in the index folder maps every indexed record ID to a hash of the
fields it was indexed with (`documents.fields_hash`). `update_index` reads every record of
the store, re-indexes only those whose hash changed and deletes those no longer stored. Reading
the store is the fixed cost (about a second per few thousand cables); re-indexing unchanged
records would cost several times more, and a full rebuild is what a missing, damaged or
outdated (`SCHEMA_VERSION`) index gets.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import tantivy

from cablebase.errors import StoreError
from cablebase.search.documents import DocFields, article_fields, cable_fields, fields_hash
from cablebase.store.base import Store

# Bump when the schema or what goes into a document changes: old indexes are then rebuilt.
SCHEMA_VERSION = 2  # 2: the `person` field
TEXT_TOKENIZER = "cablebase_en"
STATE_FILE = "cablebase-index.json"
VERSION_FILE = "cablebase-index.version"
_HEAP_BYTES = 128_000_000

_TEXT_FIELDS = ("subject", "body")
_INT_FIELDS = ("created", "released", "year")


def index_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.index")


def text_analyzer() -> tantivy.TextAnalyzer:
    """Words as the index stores them: lower-cased, accents folded, English stems. Queries
    go through the same analyzer, so both sides agree."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


def word_analyzer() -> tantivy.TextAnalyzer:
    """Like `text_analyzer` without stemming: what a prefix (`terror*`) is compared with."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("kind", stored=True, tokenizer_name="raw")
    for name in _TEXT_FIELDS:
        sb.add_text_field(name, stored=True, tokenizer_name=TEXT_TOKENIZER, index_option="position")
    # Facet fields keep the exact value and are fast, which the aggregations need.
    sb.add_text_field("origin", stored=True, fast=True, tokenizer_name="raw")
    sb.add_text_field("classification_exact", stored=True, fast=True, tokenizer_name="raw")
    sb.add_text_field("tags", stored=True, fast=True, tokenizer_name="raw")
    sb.add_text_field("caption", stored=True, fast=True, tokenizer_name="raw")
    for name in ("origin_key", "classification", "signer", "ref", "cites", "person"):
        sb.add_text_field(name, tokenizer_name="raw")
    for name in _INT_FIELDS:
        sb.add_integer_field(name, stored=True, indexed=True, fast=True)
    return sb.build()


def _document(fields: DocFields) -> tantivy.Document:
    doc = tantivy.Document()
    for name, values in fields.items():
        for value in values:
            if isinstance(value, int):
                doc.add_integer(name, value)
            else:
                doc.add_text(name, value)
    return doc


def _records(store: Store) -> Iterator[DocFields]:
    for cable in store.iter_cables(with_sources=False):
        yield cable_fields(cable)
    for article in store.iter_articles():
        yield article_fields(article)


@dataclass(frozen=True)
class IndexReport:
    """What one build or update did."""

    added: int
    removed: int
    unchanged: int
    seconds: float
    rebuilt: bool


class _State:
    """The sidecar: which record IDs the index holds, with the hash of their fields."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / STATE_FILE

    def load(self) -> dict[str, str] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("version") != SCHEMA_VERSION:
            return None
        docs = data.get("docs")
        return docs if isinstance(docs, dict) else None

    def save(self, docs: dict[str, str]) -> None:
        # Written after the commit and renamed into place, so a crash leaves at worst an
        # older sidecar, which only makes the next update re-index a few records.
        tmp = self.path.with_suffix(".tmp")
        data = {"version": SCHEMA_VERSION, "docs": docs}
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.path)
        # The sidecar of a large archive is megabytes: searches read only this small stamp.
        (self.path.parent / VERSION_FILE).write_text(str(SCHEMA_VERSION), encoding="utf-8")

    def usable(self) -> bool:
        """The index was completed by this schema version (without reading the sidecar)."""
        try:
            stamp = (self.path.parent / VERSION_FILE).read_text(encoding="utf-8")
        except OSError:
            return False
        return stamp.strip() == str(SCHEMA_VERSION) and self.path.exists()


def open_index(db_path: str | Path) -> tantivy.Index:
    """The index of an archive, ready to search; StoreError when there is none."""
    folder = index_path(db_path)
    if not _State(folder).usable():
        raise StoreError(f"{folder}: no usable search index; run `cablebase ingest` again")
    stamp = (folder / "meta.json").stat().st_mtime_ns
    cached = _OPEN.get(str(folder))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        index = tantivy.Index.open(str(folder))
    except ValueError as exc:
        raise StoreError(f"{folder}: cannot open the search index ({exc})") from exc
    index.register_tokenizer(TEXT_TOKENIZER, text_analyzer())
    _OPEN[str(folder)] = (stamp, index)
    return index


# Opened indexes, by folder, with the modification time of their meta.json: opening one costs
# far more than a search, and a commit (which rewrites meta.json) makes the next call reopen.
_OPEN: dict[str, tuple[int, tantivy.Index]] = {}


def has_index(db_path: str | Path) -> bool:
    return _State(index_path(db_path)).usable()


def build_index(db_path: str | Path, store: Store) -> IndexReport:
    """Index every record of the archive from scratch, replacing any index there was."""
    started = time.perf_counter()
    folder = index_path(db_path)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    index = tantivy.Index(build_schema(), path=str(folder))
    index.register_tokenizer(TEXT_TOKENIZER, text_analyzer())
    docs: dict[str, str] = {}
    writer = index.writer(_HEAP_BYTES)
    for fields in _records(store):
        key = str(fields["id"][0])
        if key in docs:
            continue
        docs[key] = fields_hash(fields)
        writer.add_document(_document(fields))
    writer.commit()
    writer.wait_merging_threads()
    _State(folder).save(docs)
    return IndexReport(len(docs), 0, 0, time.perf_counter() - started, rebuilt=True)


def update_index(db_path: str | Path, store: Store) -> IndexReport:
    """Bring the index in line with the store: re-index changed records, drop removed ones.
    Builds the index when there is none (or it is from another schema version)."""
    started = time.perf_counter()
    folder = index_path(db_path)
    state = _State(folder)
    old = state.load()
    if old is None:
        return build_index(db_path, store)
    index = tantivy.Index.open(str(folder))
    index.register_tokenizer(TEXT_TOKENIZER, text_analyzer())
    docs: dict[str, str] = {}
    added = unchanged = 0
    writer = index.writer(_HEAP_BYTES)
    for fields in _records(store):
        key = str(fields["id"][0])
        if key in docs:
            continue
        digest = docs[key] = fields_hash(fields)
        if old.get(key) == digest:
            unchanged += 1
            continue
        if key in old:
            writer.delete_documents_by_term("id", key)
        writer.add_document(_document(fields))
        added += 1
    gone = [key for key in old if key not in docs]
    for key in gone:
        writer.delete_documents_by_term("id", key)
    if added or gone:
        writer.commit()
        writer.wait_merging_threads()
        state.save(docs)
    else:
        writer.rollback()
    return IndexReport(added, len(gone), unchanged, time.perf_counter() - started, rebuilt=False)
