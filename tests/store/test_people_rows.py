"""A person of one cable as its row holds it (made in the ingest workers) and read back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cablebase.connections.names import slug
from cablebase.connections.people import ROLES, Person, Role
from cablebase.store.people_read import person_from_row, person_row

titles = st.lists(st.text(min_size=1, max_size=12), max_size=3).map(tuple)
roles = st.sets(st.sampled_from(ROLES)).map(lambda found: tuple(r for r in ROLES if r in found))


@given(titles, roles, st.integers(min_value=0, max_value=500))
def test_a_person_row_reads_back_as_the_same_person(
    shown: tuple[str, ...], played: tuple[Role, ...], mentions: int
) -> None:
    person = Person("burns-william", "William J. Burns", "Burns", shown, played, mentions)
    row = person_row(person)
    assert row[1] == slug("Burns")
    key, _, name, surname, titles_json, roles_json, count = row
    assert person_from_row((key, name, surname, titles_json, roles_json, count)) == person
