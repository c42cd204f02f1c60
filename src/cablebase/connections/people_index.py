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
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from cablebase.connections.names import name_key, slug
from cablebase.connections.people import ROLES, Person, Role, people_in
from cablebase.model import Cable

# Bump when the extraction rules change: every archive then re-indexes its people.
PEOPLE_VERSION = 1
BATCH = 500


@dataclass(frozen=True, slots=True)
class CablePersonRow:
    """One person in one cable, as stored (`cable_people`)."""

    ref_id: str
    person: Person


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
class PersonEntry:
    """A person of the archive's index (`canonical` is the key it is listed under)."""

    person: Person
    canonical: str


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


def update_people(store: PeopleSource) -> PeopleReport:
    """Find the people of every cable added or changed since the last update."""
    started = time.perf_counter()
    report = PeopleReport(rebuilt=store.people_version() != PEOPLE_VERSION)
    stale = store.people_stale(everything=report.rebuilt)
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


def aggregate(rows: Iterable[CablePersonRow]) -> list[PersonEntry]:
    """Index entries from the rows of some whole surnames (every row of each surname)."""
    by_surname: dict[str, list[CablePersonRow]] = {}
    for row in rows:
        by_surname.setdefault(surname_slug(row.person), []).append(row)
    entries: list[PersonEntry] = []
    for surname, group in by_surname.items():
        # One pass per surname: a common surname has thousands of rows and many keys.
        by_key: dict[str, list[CablePersonRow]] = {}
        for row in group:
            by_key.setdefault(row.person.key, []).append(row)
        full = sorted(k for k in by_key if k != surname)
        target = {k: (full[0] if k == surname and len(full) == 1 else k) for k in by_key}
        merged: dict[str, list[CablePersonRow]] = {}
        for row in group:
            merged.setdefault(target[row.person.key], []).append(row)
        for key, own in by_key.items():
            entries.append(PersonEntry(_summary(key, merged.get(key, own)), target[key]))
    return entries


def surname_slug(person: Person) -> str:
    return slug(person.surname)


def _summary(key: str, rows: list[CablePersonRow]) -> Person:
    names = Counter(r.person.name for r in rows)
    # The fullest name, then the most frequent: "William J. Burns" over "Burns".
    name = max(names, key=lambda n: (len(n.split()), names[n], n))
    titles: Counter[str] = Counter()
    roles: set[Role] = set()
    for r in rows:
        titles.update(r.person.titles)
        roles.update(r.person.roles)
    return Person(
        key=key,
        name=name,
        surname=rows[0].person.surname,
        titles=tuple(t for t, _ in titles.most_common(5)),
        roles=tuple(r for r in ROLES if r in roles),
        mentions=sum(r.person.mentions for r in rows),
        cables=len({r.ref_id for r in rows}),
    )


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
