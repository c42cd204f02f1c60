"""What an ingest makes of each parsed cable beside its store row: the search index document
and the people the cable names.

All three come from the parsed cable alone, so they are made where it was parsed (in the
worker processes for cables.csv): the process that writes the archive then only writes, and
the search index and the people index need not read the cables back after the ingest (which,
with finding the people and the index terms again, took longer than the ingest itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from cablebase.connections.names import is_initial, slug
from cablebase.connections.people import Person, people_in
from cablebase.model import Cable
from cablebase.search.documents import DocFields, cable_fields, fields_hash
from cablebase.store.people_read import PersonRow, person_row
from cablebase.store.prepared import PreparedCable, prepare_cable


@dataclass(frozen=True, slots=True)
class Wants:
    """Which derived records an ingest keeps in step as it stores cables."""

    index: bool = False
    people: bool = False


# Only the store row.
STORE_ONLY = Wants()


class Derived(NamedTuple):
    """A cable prepared for the store, with its index document (and that document's hash)
    and its people as store rows, each None when not wanted."""

    cable: PreparedCable
    doc: DocFields | None = None
    doc_hash: str | None = None
    people: tuple[PersonRow, ...] | None = None


def derive(cable: Cable, wants: Wants) -> Derived:
    people = people_in(cable) if wants.people else None
    doc = None
    if wants.index:
        # The people found once serve both indexes (finding them is a third of the work).
        doc = cable_fields(cable, person_terms(people) if people is not None else None)
    return Derived(
        cable=prepare_cable(cable),
        doc=doc,
        doc_hash=fields_hash(doc) if doc is not None else None,
        people=tuple(person_row(p) for p in people) if people is not None else None,
    )


def person_terms(people: tuple[Person, ...]) -> list[str]:
    """`connections.people.search_terms` of the cable these are the people of: the same
    people (`people_in` adds only mentions by surname alone, of people already named), each
    with their key and the slug of each word of their name that is not an initial."""
    terms: set[str] = set()
    for person in people:
        terms.add(person.key)
        terms.update(slug(w) for w in person.name.split() if not is_initial(w))
    terms.discard("")
    return sorted(terms)
