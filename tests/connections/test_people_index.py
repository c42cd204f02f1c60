"""The archive's people index: merging keys, incremental upkeep, and reading it back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.connections import people_index
from cablebase.connections.people import Person
from cablebase.connections.people_index import (
    CablePersonRow,
    PersonEntry,
    aggregate,
    update_people,
)
from cablebase.connections.people_tally import PeopleTally
from cablebase.model import Cable, ClassifiedBy


def row(
    ref: str, key: str, name: str, surname: str, titles: tuple[str, ...] = ()
) -> CablePersonRow:
    return CablePersonRow(ref, Person(key, name, surname, titles, ("mention",), 2))


def entries(rows: list[CablePersonRow]) -> dict[str, tuple[str, str, int, int]]:
    return {
        e.person.key: (e.canonical, e.person.name, e.person.cables, e.person.mentions)
        for e in aggregate(rows)
    }


def test_a_surname_alone_joins_the_only_full_name() -> None:
    rows = [
        row("A", "burns-william", "William J. Burns", "Burns", ("Ambassador",)),
        row("B", "burns", "Burns", "Burns", ("Ambassador",)),
        row("C", "burns", "Burns", "Burns"),
        row("C", "lavrov", "Lavrov", "Lavrov"),
    ]
    got = entries(rows)
    assert got["burns-william"] == ("burns-william", "William J. Burns", 3, 6)
    assert got["burns"] == ("burns-william", "Burns", 2, 4)
    assert got["lavrov"] == ("lavrov", "Lavrov", 1, 2)


def test_with_two_full_names_the_surname_stays_apart() -> None:
    rows = [
        row("A", "burns-william", "William J. Burns", "Burns"),
        row("B", "burns-nicholas", "R. Nicholas Burns", "Burns"),
        row("C", "burns", "Burns", "Burns"),
    ]
    got = entries(rows)
    assert {k: v[0] for k, v in got.items()} == {
        "burns-william": "burns-william",
        "burns-nicholas": "burns-nicholas",
        "burns": "burns",
    }


def test_the_tally_gives_the_same_entries_whatever_the_order_of_the_rows() -> None:
    rows = [
        row("A", "burns-william", "William J. Burns", "Burns", ("Ambassador", "DCM")),
        row("B", "burns", "Burns", "Burns", ("DCM",)),
        row("C", "burns", "BURNS", "Burns", ("Ambassador",)),
        row("C", "lavrov", "Lavrov", "Lavrov", ("FM",)),
        row("D", "lavrov-sergey", "Sergey Lavrov", "Lavrov", ("Foreign Minister",)),
        row("E", "lavrov", "Lavrov", "Lavrov", ("Foreign Minister",)),
    ]

    def by_key(rows: list[CablePersonRow]) -> dict[str, PersonEntry]:
        return {e.person.key: e for e in aggregate(rows)}

    first = by_key(rows)
    assert by_key(list(reversed(rows))) == first
    assert by_key(rows[3:] + rows[:3]) == first
    assert first["lavrov"].canonical == "lavrov-sergey"
    burns = first["burns-william"].person
    # Ambassador and DCM are used twice each over the merged rows: a tie, kept alphabetical.
    assert burns.titles == ("Ambassador", "DCM")
    assert (burns.name, burns.surname, burns.cables) == ("William J. Burns", "Burns", 3)


def test_a_tally_past_its_limit_lets_go_of_everyone() -> None:
    tally = PeopleTally(limit=2)
    for r in [row("A", "lavrov", "Lavrov", "Lavrov"), row("B", "lavrov", "Lavrov", "Lavrov")]:
        tally.add(r.person)
    tally.add(Person("putin", "Putin", "Putin"))
    assert not tally.overflowed and len(tally.entries()) == 2
    tally.add(Person("zubkov", "Zubkov", "Zubkov"))
    assert tally.overflowed and tally.entries() == [] and tally.surnames() == []
    tally.add(Person("medvedev", "Medvedev", "Medvedev"))
    assert tally.entries() == []


def _cable(ref_id: str, body: str, *, classifier: str | None = None) -> Cable:
    cb = (
        ClassifiedBy(f"Ambassador {classifier}", (classifier,), "Ambassador")
        if classifier
        else None
    )
    return Cable(ref_id=ref_id, body=body, classified_by=cb, created="2008-01-01T00:00:00Z")


CABLES = [
    _cable("08MOSCOW1", "1. (C) DFM Losyukov met FM Lavrov.", classifier="William J. Burns"),
    _cable("08MOSCOW2", "1. (C) DFM Losyukov and Ambassador Burns met again."),
    _cable("08MOSCOW3", "1. (C) President Putin spoke."),
]


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "people.db", create=True) as opened:
        opened.store.put_many(CABLES)
        yield opened


def test_update_indexes_every_cable_once_then_nothing(archive: Archive) -> None:
    assert archive.people_outdated()
    first = archive.update_people()
    assert (first.cables, first.rebuilt) == (3, True)
    assert not archive.people_outdated()
    again = archive.update_people()
    assert (again.cables, again.surnames, again.rebuilt) == (0, 0, False)
    assert [p.key for p in archive.people()] == ["burns-william", "losyukov", "lavrov", "putin"]


def test_person_has_its_cables_and_its_merged_surname(archive: Archive) -> None:
    archive.update_people()
    record = archive.person("Burns")
    assert record is not None and record.person.key == "burns-william"
    assert [a.ref_id for a in record.appearances] == ["08MOSCOW1", "08MOSCOW2"]
    assert record.appearances[0].roles == ("classified-by",)
    assert record.person.cables == 2 and record.person.titles == ("Ambassador",)
    assert archive.person("William Burns") == record == archive.person("burns")
    assert archive.person("Nobody") is None
    assert [p.key for p in archive.cable_people("08MOSCOW1")] == [
        "burns-william",
        "lavrov",
        "losyukov",
    ]
    data = record.to_json()
    assert data["appearances"][1]["ref_id"] == "08MOSCOW2" and data["cables"] == 2
    page = archive.person("Burns", limit=1, offset=1)
    assert page is not None and [a.ref_id for a in page.appearances] == ["08MOSCOW2"]
    assert page.person.cables == 2


def test_find_people_matches_names_and_keys(archive: Archive) -> None:
    archive.update_people()
    assert [p.key for p in archive.people("losy")] == ["losyukov"]
    assert [p.key for p in archive.people("William")] == ["burns-william"]
    assert [p.key for p in archive.people("burns-w")] == ["burns-william"]
    assert archive.people("%") == [] and archive.people("_") == []
    assert len(archive.people(limit=2)) == 2


def test_a_changed_cable_is_indexed_again_and_its_surnames_refreshed(archive: Archive) -> None:
    archive.update_people()
    changed = _cable("08MOSCOW3", "1. (C) President Putin and PM Zubkov spoke at length.")
    archive.store.put_many([changed.with_sources(())])
    report = archive.update_people()
    assert report.cables == 1
    assert [a.ref_id for a in archive.person("Zubkov").appearances] == ["08MOSCOW3"]  # type: ignore[union-attr]


def test_an_interrupted_update_is_finished_by_the_next(archive: Archive) -> None:
    store = archive.store
    store.people_stale(everything=True)
    store.put_cable_people([("08MOSCOW3", "h", [Person("putin", "Putin", "Putin")])], 1)
    assert store.people_dirty() == ["putin"]
    assert archive.people() == []  # the entries were never written
    archive.update_people()
    assert store.people_dirty() == []
    assert "putin" in [p.key for p in archive.people()]


def test_new_extraction_rules_rebuild_everything(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive.update_people()
    monkeypatch.setattr(people_index, "PEOPLE_VERSION", people_index.PEOPLE_VERSION + 1)
    report = update_people(archive.store)
    assert (report.cables, report.rebuilt) == (3, True)
    assert archive.store.people_version() == people_index.PEOPLE_VERSION


def test_an_older_archive_served_read_only_has_no_people_yet(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Archive.open(db, create=True) as archive:
        archive.store.put_many(CABLES)
        for table in ("cable_people", "people_state", "people", "people_dirty"):
            archive.store.conn.execute(f"DROP TABLE {table}")
    with Archive.open(db, read_only=True) as served:
        assert served.people_outdated()
        assert served.people() == [] and served.person("Losyukov") is None
        assert served.cable_people("08MOSCOW1") == []
    with Archive.open(db) as upgraded:  # a writable open creates the tables again
        upgraded.update_people()
        assert upgraded.person("Losyukov") is not None
