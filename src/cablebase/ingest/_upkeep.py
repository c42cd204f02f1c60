"""Keeping the search index and the people index in step with each stored batch.

A cable that was not in the archive before its batch is stored exactly as prepared, so what
the worker derived from it (its index document, its people) is what the archive shows: it goes
straight in. For the rest the indexes' own upkeep decides after the ingest (`IndexSession`
settles the cables whose document may have changed; `update_people` finds the cables whose
text changed since their people were found).

Into an empty archive, the people index's entries are added up from the rows as they are
stored (`PeopleTally`) and written at the end, and the only cables whose people may need
finding again are those stored twice: the update after the ingest then reads neither every
cable nor every people row back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cablebase.connections.people_index import PEOPLE_VERSION, PeopleReport, update_people
from cablebase.connections.people_tally import PeopleTally
from cablebase.ingest._derive import Derived, Wants
from cablebase.search.index import IndexReport
from cablebase.search.indexing import IndexSession
from cablebase.store.base import PutCounts, Store
from cablebase.store.people_read import stored_person

# The most people an ingest adds up as it goes (about 120 MiB); the benchmark corpus has
# 113,342. Past it, the entries are made from the stored rows at the end.
TALLY_LIMIT = 200_000


class Upkeep:
    """What an ingest keeps in step besides the archive (nothing, by default)."""

    def __init__(
        self,
        store: Store,
        index: IndexSession | None,
        people: bool,
        *,
        people_update: bool,
        empty: bool,
    ) -> None:
        self.store = store
        self.index = index
        # `people`: the people of new cables stored as the workers found them;
        # `people_update`: the people index brought up to date at the end.
        self.people = people
        self.people_update = people_update
        self.wants = Wants(index=index is not None, people=people)
        # Into an empty archive: the entries so far, and the cables stored without their
        # people (stored again in a later batch, or in a batch the store counted otherwise).
        self.tally = PeopleTally(TALLY_LIMIT) if people and empty else None
        self.unsettled: set[str] = set()

    @classmethod
    def start(
        cls, store: Store, *, index_of: str | Path | None, people: bool, empty: bool = False
    ) -> Upkeep:
        """Keep the search index of the archive at `index_of` in step when it matches the
        archive now, and with `people` the people index: the people of new cables as they are
        stored when that index is current (or the archive `empty`), then an update at the
        end (`finish`) for the rest."""
        session = IndexSession.start(index_of, store) if index_of is not None else None
        version = store.people_version() if people else None
        current = version == PEOPLE_VERSION or (version is None and store.last_ingest() is None)
        return cls(store, session, people and current, people_update=people, empty=empty)

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
            if self.tally is not None:
                for _, _, rows in items:
                    for row in rows:
                        self.tally.add(stored_person(row))
        if self.tally is not None:
            self.unsettled.update(d.cable.ref_id for d in cables if id(d) not in fresh_ids)

    def finish(self, citations_linked: int) -> tuple[IndexReport | None, PeopleReport | None]:
        """Finish the search index and, while it commits, the people index."""
        people: list[PeopleReport] = []

        def settle_people() -> None:
            if self.people_update:
                people.append(self._update_people())

        if self.index is None:
            settle_people()
            index = None
        else:
            if citations_linked:
                self.index.articles_changed()
            index = self.index.finish(self.store, settle_people)
        return index, people[0] if people else None

    def _update_people(self) -> PeopleReport:
        if self.tally is None:
            return update_people(self.store)
        if not self.tally.overflowed:
            self.store.put_people(self.tally.surnames(), self.tally.entries())
        return update_people(self.store, changed=self.unsettled)

    def abort(self) -> None:
        if self.index is not None:
            self.index.abort()
