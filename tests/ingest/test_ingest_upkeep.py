"""What an ingest keeps in step as it stores cables: the people of cables new to the archive
go in as the workers found them, and come out as a full update would have made them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cablebase.connections.people_index import update_people
from cablebase.ingest import _upkeep
from cablebase.ingest.pipeline import ingest
from cablebase.store.sqlite import LOOKUPS as SCHEMA_LOOKUPS
from cablebase.store.sqlite import PAUSED_LOOKUPS, SqliteStore
from tests.ingest import fakeformat

LINES = [
    "CABLE 08MOSCOW1 DFM Losyukov met FM Lavrov and Ambassador William J. Burns.",
    "CABLE 08MOSCOW2 DFM Losyukov and Ambassador Burns met again.",
    "CABLE 08MOSCOW3 President Putin spoke; PM Zubkov listened.",
    "CABLE 08MOSCOW4 Nobody with a title here.",
]
LOOKUPS = set(SCHEMA_LOOKUPS)


def people_tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in ("cable_people", "people_state", "people", "people_dirty")
        }
    finally:
        conn.close()


def lookups(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        return {r[0] for r in rows} & LOOKUPS
    finally:
        conn.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "cables.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_people_kept_at_ingest_are_those_a_full_update_finds(tmp_path: Path, source: Path) -> None:
    kept, full = tmp_path / "kept.db", tmp_path / "full.db"
    with SqliteStore.open(kept) as store:
        ingest([str(source)], store, detect=fakeformat.detect, people=True, batch_size=2)
        assert update_people(store).cables == 0  # nothing left to find
    with SqliteStore.open(full) as store:
        ingest([str(source)], store, detect=fakeformat.detect, batch_size=2)
        assert update_people(store).cables == len(LINES)
    got = people_tables(kept)
    assert {row[0] for row in got["cable_people"]} == {"08MOSCOW1", "08MOSCOW2", "08MOSCOW3"}
    assert got == people_tables(full)
    assert lookups(kept) == LOOKUPS


def test_into_an_empty_archive_the_people_update_reads_back_only_cables_stored_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "twice.txt"
    # 08MOSCOW2 comes again in a later batch with other words: the version shown may
    # change, so its people are found again from the archive; the rest are taken as stored.
    again = "CABLE 08MOSCOW2 DFM Losyukov and Ambassador Burns met again, with FM Lavrov."
    source.write_text("\n".join([*LINES, again]) + "\n", encoding="utf-8")
    read: list[list[str]] = []
    stale_checks: list[bool] = []
    cables_for_people = SqliteStore.cables_for_people
    people_stale = SqliteStore.people_stale

    def spy_read(self: SqliteStore, ref_ids: Any) -> Any:
        read.append(list(ref_ids))
        return cables_for_people(self, ref_ids)

    def spy_stale(self: SqliteStore, *, everything: bool) -> list[str]:
        stale_checks.append(everything)
        return people_stale(self, everything=everything)

    monkeypatch.setattr(SqliteStore, "cables_for_people", spy_read)
    monkeypatch.setattr(SqliteStore, "people_stale", spy_stale)
    kept, full = tmp_path / "kept.db", tmp_path / "full.db"
    with SqliteStore.open(kept) as store:
        report = ingest([str(source)], store, detect=fakeformat.detect, people=True, batch_size=2)
        assert report.people is not None and report.people.cables == 1
    assert read == [["08MOSCOW2"]] and stale_checks == []
    with SqliteStore.open(full) as store:
        ingest([str(source)], store, detect=fakeformat.detect, batch_size=2)
        assert update_people(store).cables == 4
    assert people_tables(kept) == people_tables(full)
    assert people_tables(kept)["people_dirty"] == []


def test_past_its_limit_the_tally_lets_go_and_the_entries_come_from_the_rows(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_upkeep, "TALLY_LIMIT", 2)  # the lines name six people, five surnames
    kept, full = tmp_path / "kept.db", tmp_path / "full.db"
    with SqliteStore.open(kept) as store:
        report = ingest([str(source)], store, detect=fakeformat.detect, people=True, batch_size=2)
        assert report.people is not None and report.people.surnames == 5
    with SqliteStore.open(full) as store:
        ingest([str(source)], store, detect=fakeformat.detect, batch_size=2)
        update_people(store)
    assert people_tables(kept) == people_tables(full)
    assert len(people_tables(kept)["people"]) == 6


def test_into_an_archive_holding_cables_the_people_update_checks_every_cable(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.db"
    with SqliteStore.open(db) as store:
        ingest([str(source)], store, detect=fakeformat.detect, people=True)
    more = tmp_path / "more.txt"
    more.write_text("CABLE 08MOSCOW9 FM Lavrov again.\n", encoding="utf-8")
    stale_checks: list[bool] = []
    people_stale = SqliteStore.people_stale

    def spy_stale(self: SqliteStore, *, everything: bool) -> list[str]:
        stale_checks.append(everything)
        return people_stale(self, everything=everything)

    monkeypatch.setattr(SqliteStore, "people_stale", spy_stale)
    with SqliteStore.open(db) as store:
        report = ingest([str(more)], store, detect=fakeformat.detect, people=True)
    assert stale_checks == [False]
    assert report.people is not None and report.people.cables == 0
    lavrov = [r for r in people_tables(db)["people"] if r[0] == "lavrov"]
    assert lavrov and lavrov[0][-1] == 2  # in 08MOSCOW1 and 08MOSCOW9


def test_the_lookups_are_made_at_the_end_when_an_empty_archive_fills(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.db"
    seen: list[set[str]] = []
    add = SqliteStore.add_cable_people

    def spy(self: SqliteStore, *args: Any) -> None:
        seen.append(lookups(db))
        add(self, *args)

    monkeypatch.setattr(SqliteStore, "add_cable_people", spy)
    with SqliteStore.open(db) as store:
        ingest([str(source)], store, detect=fakeformat.detect, people=True, batch_size=2, jobs=1)
    assert seen and all(found == LOOKUPS - set(PAUSED_LOOKUPS) for found in seen)
    assert lookups(db) == LOOKUPS

    # The archive is no longer empty: the next ingest keeps them up as it goes.
    more = tmp_path / "more.txt"
    more.write_text("CABLE 08MOSCOW9 FM Lavrov again.\n", encoding="utf-8")
    seen.clear()
    put = SqliteStore.put_many

    def spy_put(self: SqliteStore, *args: Any) -> Any:
        seen.append(lookups(db))
        return put(self, *args)

    monkeypatch.setattr(SqliteStore, "put_many", spy_put)
    with SqliteStore.open(db) as store:
        ingest([str(more)], store, detect=fakeformat.detect, people=True, jobs=1)
    assert seen and all(found == LOOKUPS for found in seen)
    assert lookups(db) == LOOKUPS


def test_an_ingest_that_fails_leaves_the_lookups_in_place(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.db"

    def broken(self: SqliteStore, *args: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SqliteStore, "add_cable_people", broken)
    db.unlink(missing_ok=True)
    with SqliteStore.open(db) as store, pytest.raises(sqlite3.OperationalError):
        ingest([str(source)], store, detect=fakeformat.detect, people=True, jobs=1)
    assert lookups(db) == LOOKUPS
