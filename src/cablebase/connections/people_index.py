"""The archive's index of people: who each cable names (`people_in`), kept up to date after
every ingest, and one entry per person with the cables they appear in.

The index is derived data, like the search index: `update_people` re-reads only the cables
whose text changed since they were last indexed, and everything when `PEOPLE_VERSION` (the
extraction rules) changed. A surname-only key ("burns") is listed under the one full name with
that surname ("burns-william") when the archive knows exactly one; with two or more it stays
apart, as the cables do not say which one is meant.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from cablebase.connections.names import name_key, slug
from cablebase.connections.people import Person, Role, people_in
from cablebase.connections.people_tally import (
    CablePersonRow,
    PersonEntry,
    aggregate,
)
from cablebase.model import Cable

__all__ = [
    "PEOPLE_VERSION",
    "Appearance",
    "CablePersonRow",
    "PeopleReport",
    "PersonEntry",
    "PersonRecord",
    "aggregate",
    "find_person",
    "update_people",
]

# Bump when the extraction rules change: every archive then re-indexes its people.
PEOPLE_VERSION = 1
BATCH = 500


@dataclass(frozen=True, slots=True)
class Appearance:
    """A cable a person appears in, for the person's page."""

    ref_id: str
    created: str | None
    subject: str | None
    origin: str | None
    name: str  # the person's name as this cable gives it
    titles: tuple[str, ...]
    roles: tuple[Role, ...]
    mentions: int

    def to_json(self) -> dict[str, Any]:
        return {
            "ref_id": self.ref_id,
            "created": self.created,
            "subject": self.subject,
            "origin": self.origin,
            "name": self.name,
            "titles": list(self.titles),
            "roles": list(self.roles),
            "mentions": self.mentions,
        }


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person of the archive with every cable they appear in, oldest first."""

    person: Person
    appearances: tuple[Appearance, ...]

    def to_json(self) -> dict[str, Any]:
        return {**self.person.to_json(), "appearances": [a.to_json() for a in self.appearances]}


def find_person(
    store: PeopleReads, name: str, *, limit: int | None = None, offset: int = 0
) -> PersonRecord | None:
    """A person by key (`burns-william`), surname (`Losyukov`) or full name (`William Burns`),
    shown under the key it is listed under, with `limit` of their cables from `offset` (all
    when None: a Secretary of State signs tens of thousands)."""
    entry = None
    for key in dict.fromkeys((name.strip(), slug(name), name_key(name) or "")):
        entry = store.person_entry(key) if key else None
        if entry is not None:
            if entry.canonical != key:
                entry = store.person_entry(entry.canonical) or entry
            break
    else:
        # A surname that only one person has, always with a given name ("Brandt").
        same = [p for p in store.find_people(name, 2) if slug(p.surname) == slug(name)]
        if len(same) == 1:
            entry = store.person_entry(same[0].key)
    if entry is None:
        return None
    shown = store.person_appearances(entry.person.key, limit, offset)
    return PersonRecord(entry.person, tuple(shown))


@dataclass
class PeopleReport:
    cables: int = 0
    rebuilt: bool = False
    seconds: float = 0.0
    surnames: int = 0


class PeopleSource(Protocol):
    """What the people index needs from a store; the SQLite store implements it."""

    def people_version(self) -> int | None: ...

    def people_stale(self, *, everything: bool) -> list[str]:
        """IDs of the cables whose people must be (re)found; `everything` clears the index."""
        ...

    def cables_for_people(self, ref_ids: Sequence[str]) -> Iterator[tuple[Cable, str]]:
        """The cables with their content hash, holding only what people are found in:
        subject, body, Classified By and signers (reading the whole record costs more than
        finding the people)."""
        ...

    def put_cable_people(
        self, items: Sequence[tuple[str, str, Sequence[Person]]], version: int
    ) -> None:
        """Replace the people of each (ref_id, content_hash, people), and mark the surnames
        touched as dirty in the same transaction (so an interrupted update is finished by the
        next one)."""
        ...

    def people_dirty(self) -> list[str]:
        """Surname slugs whose index entries are out of date."""
        ...

    def cable_people_rows(self, surnames: Iterable[str]) -> list[CablePersonRow]: ...

    def put_people(self, surnames: Iterable[str], entries: Sequence[PersonEntry]) -> None:
        """Replace the index entries of these surnames; they are no longer dirty."""
        ...


def update_people(store: PeopleSource, *, changed: Iterable[str] | None = None) -> PeopleReport:
    """Find the people of every cable added or changed since the last update. A caller that
    knows which cables those are (`changed`: an ingest into an empty archive) saves the
    check of every cable's hash, which reads a row of each."""
    started = time.perf_counter()
    report = PeopleReport(rebuilt=store.people_version() != PEOPLE_VERSION)
    if changed is None or report.rebuilt:
        stale = store.people_stale(everything=report.rebuilt)
    else:
        stale = sorted(set(changed))
    for start in range(0, len(stale), BATCH):
        items = [
            (cable.ref_id, digest, people_in(cable))
            for cable, digest in store.cables_for_people(stale[start : start + BATCH])
        ]
        store.put_cable_people(items, PEOPLE_VERSION)
        report.cables += len(items)
    surnames = store.people_dirty()
    for start in range(0, len(surnames), BATCH):
        chunk = surnames[start : start + BATCH]
        store.put_people(chunk, aggregate(store.cable_people_rows(chunk)))
    report.surnames = len(surnames)
    report.seconds = time.perf_counter() - started
    return report


class PeopleReads(Protocol):
    """Reading the people index; the SQLite store implements it."""

    def find_people(self, query: str | None = None, limit: int = 50) -> list[Person]: ...

    def person_entry(self, key: str) -> PersonEntry | None: ...

    def person_appearances(
        self, key: str, limit: int | None = None, offset: int = 0
    ) -> list[Appearance]:
        """The cables of the person listed under `key`, oldest first."""
        ...

    def cable_people(self, ref_id: str) -> list[Person]: ...
