"""Index entries of the people index added up from its rows (`cable_people`: one person in
one cable), in any order.

A person key's entry sums what its rows say; a surname-only key ("burns") is listed under the
one full name with that surname ("burns-william") when there is exactly one, and that full
name's entry then counts the surname's rows too. `update_people` adds up the rows of the
surnames it refreshes; an ingest into an empty archive adds up the rows as it stores them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cablebase.connections.names import parse_name, slug
from cablebase.connections.people import ROLES, Person, Role


@dataclass(frozen=True, slots=True)
class CablePersonRow:
    """One person in one cable, as stored (`cable_people`)."""

    ref_id: str
    person: Person


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A person of the archive's index (`canonical` is the key it is listed under)."""

    person: Person
    canonical: str


def aggregate(rows: Iterable[CablePersonRow]) -> list[PersonEntry]:
    """Index entries from the rows of some whole surnames (every row of each surname)."""
    tally = PeopleTally()
    for row in rows:
        tally.add(row.person)
    return tally.entries()


@dataclass(slots=True)
class _Count:
    """What the rows of one person key say, added up; kept small, as an ingest into an empty
    archive holds one for every person of the archive (`titles` None until there is one)."""

    names: dict[str, int] = field(default_factory=dict)
    titles: dict[str, int] | None = None
    roles: int = 0  # a bit for each of ROLES
    mentions: int = 0
    cables: int = 0

    def add(self, person: Person) -> None:
        self.names[person.name] = self.names.get(person.name, 0) + 1
        if person.titles:
            if self.titles is None:
                self.titles = {}
            for title in person.titles:
                self.titles[title] = self.titles.get(title, 0) + 1
        for role in person.roles:
            self.roles |= _ROLE_BITS[role]
        self.mentions += person.mentions
        self.cables += 1  # a key has one row per cable

    def merged(self, other: _Count) -> _Count:
        # A cable never has both: its surname alone is given the full name it names
        # (`people._resolve`), so the cables of the two keys are apart.
        return _Count(
            dict(Counter(self.names) + Counter(other.names)),
            dict(Counter(self.titles or {}) + Counter(other.titles or {})),
            self.roles | other.roles,
            self.mentions + other.mentions,
            self.cables + other.cables,
        )


_ROLE_BITS: dict[Role, int] = {role: 1 << i for i, role in enumerate(ROLES)}


class PeopleTally:
    """Index entries made up one cable_people row at a time, in any order: an ingest into an
    empty archive adds the rows it stores and writes the entries at the end, instead of
    reading a million rows back by surname (random reads of the table just written).

    It holds about 600 bytes a person: past `limit` people it lets go of them all and says
    so (`overflowed`), and the entries are then made from the stored rows after all."""

    def __init__(self, limit: int | None = None) -> None:
        self._surnames: dict[str, dict[str, _Count]] = {}
        self._limit = limit
        self._people = 0
        self.overflowed = False

    def add(self, person: Person) -> None:
        """One row: the person as one cable names them (a key has one row per cable)."""
        if self.overflowed:
            return
        keys = self._surnames.setdefault(surname_slug(person), {})
        count = keys.get(person.key)
        if count is None:
            self._people += 1
            if self._limit is not None and self._people > self._limit:
                self.overflowed = True
                self._surnames.clear()
                return
            count = keys[person.key] = _Count()
        count.add(person)

    def surnames(self) -> list[str]:
        return sorted(self._surnames)

    def entries(self) -> list[PersonEntry]:
        entries: list[PersonEntry] = []
        for surname, keys in self._surnames.items():
            full = sorted(k for k in keys if k != surname)
            alone = keys.get(surname)
            # A surname alone is listed under the archive's only full name with it.
            target = full[0] if alone is not None and len(full) == 1 else None
            for key, count in keys.items():
                if key == surname and target is not None:
                    entries.append(PersonEntry(_summary(key, count), target))
                elif key == target and alone is not None:
                    entries.append(PersonEntry(_summary(key, count.merged(alone)), key))
                else:
                    entries.append(PersonEntry(_summary(key, count), key))
        return entries


def surname_slug(person: Person) -> str:
    return slug(person.surname)


def _summary(key: str, count: _Count) -> Person:
    names, titles = count.names, count.titles or {}
    # The fullest name, then the most frequent: "William J. Burns" over "Burns".
    name = max(names, key=lambda n: (len(n.split()), names[n], n))
    parsed = parse_name(name)
    return Person(
        key=key,
        name=name,
        surname=parsed.surname if parsed else name,
        # The most used, alphabetically on a tie: the same whatever order the rows came in.
        titles=tuple(sorted(titles, key=lambda t: (-titles[t], t))[:5]),
        roles=tuple(r for r in ROLES if count.roles & _ROLE_BITS[r]),
        mentions=count.mentions,
        cables=count.cables,
    )
