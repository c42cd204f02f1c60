"""Keeping the search index in step with an ingest, batch by batch.

`update_index` reads every record of the archive back and compares its document with the
sidecar: on the 251,287-cable benchmark archive that took as long as the ingest itself. When
the index matches the archive as the ingest begins (its archive stamp, see `index_state`), an
`IndexSession` instead takes the documents the ingest workers made from the cables they parsed:

- a cable stored new (not in the archive before its batch) shows exactly what was parsed: its
  document goes straight into the index;
- a cable stored again whose document is the one indexed needs nothing, whichever version the
  archive now shows (both have that document);
- any other cable stored again, and the articles when any changed, are read back from the
  archive at the end, as `update_index` would: few in an ingest.

Nothing is committed before the end, so an ingest that fails leaves the index as it was, with
its old archive stamp: the next ingest then updates it the slow way.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import tantivy

from cablebase.search.documents import DocFields, article_fields, cable_fields, fields_hash
from cablebase.search.index import (
    HEAP_BYTES,
    SCHEMA_VERSION,
    TEXT_TOKENIZER,
    IndexReport,
    build_schema,
    index_path,
    text_analyzer,
    to_document,
)
from cablebase.search.index_state import ArchiveStamp, IndexState, archive_stamp
from cablebase.store.base import Store

# Since the index stopped storing bodies, the full heap keeps an ingest of the 251,287-row
# corpus well under 1 GiB, and with it the segments come out big enough that the commit
# starts no final merge of them all (9 s after the last batch, 5% of the indexing CPU).
SESSION_HEAP_BYTES = HEAP_BYTES


class IndexSession:
    """An open index writer and the sidecar's map, for one ingest (see the module text)."""

    def __init__(self, folder: Path, index: tantivy.Index, docs: dict[str, str], new: bool):
        self._state = IndexState(folder, SCHEMA_VERSION)
        self._writer = index.writer(SESSION_HEAP_BYTES)
        self._docs = docs
        self._dirty: set[str] = set()
        self._articles = False
        self._new = new
        self.added = self.unchanged = 0
        self._started = time.perf_counter()

    @classmethod
    def start(cls, db_path: str | Path, store: Store) -> IndexSession | None:
        """A session when the index matches `store` (or the archive is empty and a new index
        can grow with it); None when only a full update can bring the index in line."""
        folder = index_path(db_path)
        state = IndexState(folder, SCHEMA_VERSION)
        stamp = archive_stamp(store)
        docs = state.load() if state.usable() and state.archive() == stamp else None
        if docs is not None:
            index = tantivy.Index.open(str(folder))
        elif stamp[1:] == (0, 0):
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            index = tantivy.Index(build_schema(), path=str(folder))
            docs = {}
        else:
            return None
        index.register_tokenizer(TEXT_TOKENIZER, text_analyzer())
        return cls(folder, index, docs, new=not docs)

    def add(self, key: str, fields: DocFields, digest: str) -> None:
        """Index the record `key` as the archive now shows it (`fields`, hashed `digest`)."""
        indexed = self._docs.get(key)
        if indexed == digest:
            self.unchanged += 1
            return
        if indexed is not None:
            self._writer.delete_documents_by_term("id", key)
        self._writer.add_document(to_document(fields))
        self._docs[key] = digest
        self.added += 1

    def stored_again(self, key: str, digest: str) -> None:
        """A cable that was in the archive before its batch, read with document hash
        `digest`: the archive may show another version, settled at the end if need be."""
        if self._docs.get(key) == digest:
            self.unchanged += 1
        else:
            self._dirty.add(key)

    def articles_changed(self) -> None:
        """Articles were stored or their citations linked: check them all at the end."""
        self._articles = True

    def finish(self, store: Store, meanwhile: Callable[[], object] | None = None) -> IndexReport:
        """Settle what the batches left open, commit, and record the archive's state. The
        commit runs in a thread (tantivy lets go of the interpreter while it writes), so
        `meanwhile`, if given, runs at the same time; it must not change the archive's
        records (a count or ingest the stamp would then not match)."""
        for key in sorted(self._dirty):
            cable = store.get_cable(key)
            if cable is not None:
                fields = cable_fields(cable)
                self.add(key, fields, fields_hash(fields))
        if self._articles:
            for article in store.iter_articles():
                fields = article_fields(article)
                self.add(str(fields["id"][0]), fields, fields_hash(fields))
        stamp = archive_stamp(store)
        with ThreadPoolExecutor(1, thread_name_prefix="index-commit") as pool:
            done = pool.submit(self._commit, stamp)
            if meanwhile is not None:
                meanwhile()
            done.result()
        seconds = time.perf_counter() - self._started
        return IndexReport(self.added, 0, self.unchanged, seconds, rebuilt=self._new)

    def _commit(self, stamp: ArchiveStamp) -> None:
        if self.added or self._new:
            self._state.set_archive(None)
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._state.save(self._docs)
        else:
            self._writer.rollback()
        self._state.set_archive(stamp)

    def abort(self) -> None:
        """Drop what was added: the index stays as it was, with its old archive stamp."""
        self._writer.rollback()


__all__ = ["ArchiveStamp", "IndexSession"]
