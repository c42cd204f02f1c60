"""Keeping the search index and the people index in step with each stored batch.

A cable that was not in the archive before its batch is stored exactly as prepared, so what
the worker derived from it (its index document, its people) is what the archive shows: it goes
straight in. For the rest the indexes' own upkeep decides after the ingest (`IndexSession`
settles the cables whose document may have changed; `update_people` finds the cables whose
text changed since their people were found).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from cablebase.connections.people_index import PEOPLE_VERSION
from cablebase.ingest._derive import Derived, Wants
from cablebase.search.index import IndexReport
from cablebase.search.indexing import IndexSession
from cablebase.store.base import PutCounts, Store


class Upkeep:
    """What an ingest keeps in step besides the archive (nothing, by default)."""

    def __init__(self, store: Store, index: IndexSession | None, people: bool) -> None:
        self.store = store
        self.index = index
        self.people = people
        self.wants = Wants(index=index is not None, people=people)

    @classmethod
    def start(cls, store: Store, *, index_of: str | Path | None, people: bool) -> Upkeep:
        """Keep the search index of the archive at `index_of` in step when it matches the
        archive now, and the people of new cables when the people index is current (or the
        archive empty): otherwise their full updates after the ingest do the work."""
        session = IndexSession.start(index_of, store) if index_of is not None else None
        version = store.people_version() if people else None
        current = version == PEOPLE_VERSION or (version is None and store.last_ingest() is None)
        return cls(store, session, people and current)

    def stored_in(self, cables: Sequence[Derived]) -> set[str]:
        """Of these cables about to be stored, the IDs already in the archive."""
        if not (self.index or self.people) or not cables:
            return set()
        return set(self.store.cable_summaries(d.cable.ref_id for d in cables))

    def stored(
        self, cables: Sequence[Derived], before: set[str], counts: PutCounts, articles: bool
    ) -> None:
        """`cables` were stored (with `counts`); `before` held those already in the archive."""
        fresh: list[Derived] = []
        seen = set(before)
        for d in cables:
            if d.cable.ref_id not in seen:
                fresh.append(d)
                seen.add(d.cable.ref_id)
        if len(fresh) != counts.cables_new:
            fresh = []  # not what the store did: take nothing for granted
        fresh_ids = {id(d) for d in fresh}
        if self.index is not None:
            for d in cables:
                if d.doc is None or d.doc_hash is None:
                    continue
                if id(d) in fresh_ids:
                    self.index.add(d.cable.ref_id, d.doc, d.doc_hash)
                else:
                    self.index.stored_again(d.cable.ref_id, d.doc_hash)
            if articles:
                self.index.articles_changed()
        if self.people and fresh:
            items = [(d.cable.ref_id, d.cable.text_hash, d.people or ()) for d in fresh]
            self.store.add_cable_people(items, PEOPLE_VERSION)

    def finish(
        self, citations_linked: int, meanwhile: Callable[[], object] | None = None
    ) -> IndexReport | None:
        """Finish the search index (running `meanwhile` while it commits)."""
        if self.index is None:
            if meanwhile is not None:
                meanwhile()
            return None
        if citations_linked:
            self.index.articles_changed()
        return self.index.finish(self.store, meanwhile)

    def abort(self) -> None:
        if self.index is not None:
            self.index.abort()
