"""The search index: a tantivy index in `<db>.index/`, one document per cable and article.

Upkeep: a sidecar file in the index folder maps every indexed record ID to a hash of the
fields it was indexed with (`documents.fields_hash`). `update_index` reads every record of
the store, re-indexes only those whose hash changed and deletes those no longer stored. Reading
the store is the fixed cost (about a second per few thousand cables); re-indexing unchanged
records would cost several times more, and a full rebuild is what a missing, damaged or
outdated (`SCHEMA_VERSION`) index gets.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import tantivy

from cablebase.errors import StoreError
from cablebase.search.documents import DocFields, article_fields, cable_fields, fields_hash
from cablebase.search.index_state import STATE_FILE, VERSION_FILE, IndexState, archive_stamp
from cablebase.store.base import Store

__all__ = ["STATE_FILE", "VERSION_FILE", "IndexReport", "build_index", "update_index"]

# Bump when the schema or what goes into a document changes: old indexes are then rebuilt.
SCHEMA_VERSION = 4  # 2: `person`; 3: document hashes without JSON; 4: body not stored
TEXT_TOKENIZER = "cablebase_en"
HEAP_BYTES = 128_000_000

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
    # The body is not stored: the archive holds it (`Store.get_texts`), and a second copy
    # here was two thirds of the index's size and of what a merge writes.
    for name in _TEXT_FIELDS:
        sb.add_text_field(
            name, stored=name != "body", tokenizer_name=TEXT_TOKENIZER, index_option="position"
        )
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


def to_document(fields: DocFields) -> tantivy.Document:
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


def open_index(db_path: str | Path) -> tantivy.Index:
    """The index of an archive, ready to search; StoreError when there is none."""
    folder = index_path(db_path)
    if not IndexState(folder, SCHEMA_VERSION).usable():
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
    return IndexState(index_path(db_path), SCHEMA_VERSION).usable()


def build_index(db_path: str | Path, store: Store) -> IndexReport:
    """Index every record of the archive from scratch, replacing any index there was."""
    started = time.perf_counter()
    stamp = archive_stamp(store)
    folder = index_path(db_path)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    index = tantivy.Index(build_schema(), path=str(folder))
    index.register_tokenizer(TEXT_TOKENIZER, text_analyzer())
    docs: dict[str, str] = {}
    writer = index.writer(HEAP_BYTES)
    for fields in _records(store):
        key = str(fields["id"][0])
        if key in docs:
            continue
        docs[key] = fields_hash(fields)
        writer.add_document(to_document(fields))
    writer.commit()
    writer.wait_merging_threads()
    state = IndexState(folder, SCHEMA_VERSION)
    state.save(docs)
    state.set_archive(stamp)
    return IndexReport(len(docs), 0, 0, time.perf_counter() - started, rebuilt=True)


def update_index(db_path: str | Path, store: Store) -> IndexReport:
    """Bring the index in line with the store: re-index changed records, drop removed ones.
    Builds the index when there is none (or it is from another schema version)."""
    started = time.perf_counter()
    stamp = archive_stamp(store)
    folder = index_path(db_path)
    state = IndexState(folder, SCHEMA_VERSION)
    old = state.load()
    if old is None:
        return build_index(db_path, store)
    index = tantivy.Index.open(str(folder))
    index.register_tokenizer(TEXT_TOKENIZER, text_analyzer())
    docs: dict[str, str] = {}
    added = unchanged = 0
    writer = index.writer(HEAP_BYTES)
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
        writer.add_document(to_document(fields))
        added += 1
    gone = [key for key in old if key not in docs]
    for key in gone:
        writer.delete_documents_by_term("id", key)
    if added or gone:
        state.set_archive(None)
        writer.commit()
        writer.wait_merging_threads()
        state.save(docs)
    else:
        writer.rollback()
    state.set_archive(stamp)
    return IndexReport(added, len(gone), unchanged, time.perf_counter() - started, rebuilt=False)
