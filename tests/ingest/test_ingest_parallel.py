"""Parsing cables.csv rows in worker processes gives the same archive as parsing in-process."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cablebase.ingest import _parallel
from cablebase.ingest.pipeline import ingest
from cablebase.store.sqlite import SqliteStore

GOLDEN_CSV = Path(__file__).resolve().parents[1] / "golden" / "cables-csv" / "sylvania.csv"
DEMO_CSV = Path(__file__).resolve().parents[2] / "src/cablebase/demo/samples/cables.csv"
TABLES = ("cables", "cable_versions", "sources", "cable_tags", "cable_references")


def dump(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(db)
    try:
        out: dict[str, Any] = {
            t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES
        }
        # Failures and row numbers without their ids and ingest ids; versions without dates.
        out["failures"] = sorted(conn.execute("SELECT path, position, reason FROM failures"))
        out["row_numbers"] = sorted(conn.execute("SELECT * FROM row_numbers"))
        out["cable_versions"] = [row[:4] + row[5:] for row in out["cable_versions"]]
        return out
    finally:
        conn.close()


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    rows = GOLDEN_CSV.read_text(encoding="utf-8") + DEMO_CSV.read_text(encoding="utf-8")
    # A second, longer text of a cable already read (a version), a broken row, and junk.
    again = GOLDEN_CSV.read_text(encoding="utf-8").replace('"17",', '"9017",', 1)
    again = again.replace("SENSI", "SENSI extra words", 1)
    broken = '"9999","1/22/2010 15:17","10X1","Y","Z","","h","never closed\n'
    path = tmp_path / "cables.csv"
    path.write_text(rows + broken + "junk line\n" + again + rows, encoding="utf-8")
    return path


def run(path: Path, db: Path, jobs: int) -> dict[str, Any]:
    with SqliteStore.open(db) as store:
        report = ingest([str(path)], store, jobs=jobs)
    return report.as_dict()


def test_two_jobs_give_the_same_archive_as_one(
    csv_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chunks of two rows, so that several are in flight and order matters.
    monkeypatch.setattr(_parallel, "CHUNK_ROWS", 2)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    counts_one = run(csv_file, one, jobs=1)
    counts_two = run(csv_file, two, jobs=2)
    for counts in (counts_one, counts_two):
        counts.pop("elapsed")
        counts.pop("rate")
    assert counts_one == counts_two
    assert counts_one["cables_new"] >= 3 and counts_one["versions"] == 1
    assert counts_one["failures"] >= 2
    assert dump(one) == dump(two)
    # And a second run changes nothing, with either.
    again = run(csv_file, two, jobs=2)
    assert again["cables_new"] == again["cables_updated"] == 0
    assert dump(one) == dump(two)


def test_a_dead_worker_does_not_lose_rows(csv_file: Path, tmp_path: Path) -> None:
    rows = [r for r in _parallel.cables_csv.scan([csv_file.read_bytes()], str(csv_file))]
    with _parallel.RowPool(2) as pool:
        first = list(pool.parse(rows))
        pool._broken = True  # as after BrokenProcessPool: the rest is parsed here
        second = list(pool.parse(rows))
    assert [type(x) for x in first] == [type(x) for x in second]
    assert first == second


def test_jobs_must_be_positive(csv_file: Path, tmp_path: Path) -> None:
    from cablebase.errors import UsageError

    with pytest.raises(UsageError, match="--jobs"):
        run(csv_file, tmp_path / "x.db", jobs=0)
