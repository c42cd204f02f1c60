from __future__ import annotations

import io
import sqlite3
import tarfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cablebase.errors import UsageError
from cablebase.ingest import pipeline
from cablebase.ingest.pipeline import ingest
from cablebase.model import Record
from cablebase.store.base import PutCounts
from cablebase.store.sqlite import SqliteStore
from tests.ingest import fakeformat

DATA_TABLES = (
    "cables",
    "cable_versions",
    "sources",
    "articles",
    "article_cites",
    "article_cited_rows",
    "cable_tags",
    "cable_references",
    "row_numbers",
    "failures",
)


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in DATA_TABLES
        }
    finally:
        conn.close()


def run(paths: list[Path], db: Path, **kw: Any) -> pipeline.IngestReport:
    with SqliteStore.open(db) as store:
        return ingest([str(p) for p in paths], store, detect=fakeformat.detect, **kw)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("CABLE 09A1 one two\nCABLE 09A2 three\n")
    (root / "b.txt").write_text("CABLE 09A1 one two\nARTICLE story 5\n")
    return root


def test_second_ingest_changes_nothing(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    first = run([inputs], db)
    assert (first.counts.cables_new, first.counts.cables_updated, first.inputs) == (2, 1, 2)
    before = dump(db)
    second = run([inputs], db)
    assert second.counts.cables_unchanged == 3 and second.counts.articles_unchanged == 1
    assert second.counts.cables_new == second.counts.cables_updated == 0
    assert dump(db) == before
    with SqliteStore.open(db) as store:
        assert store.stats().last_ingest is not None


def test_same_cable_from_two_sources(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run([inputs], db)
    with SqliteStore.open(db) as store:
        cable = store.get_cable("09A1")
        assert cable is not None
        assert [(Path(s.path).name, s.position) for s in cable.sources] == [
            ("a.txt", "line 1"),
            ("b.txt", "line 1"),
        ]
        assert store.stats().cables == 2


def test_a_differing_text_is_a_version(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run([inputs], db)
    (inputs / "c.txt").write_text("CABLE 09A1 one two three\n")
    report = run([inputs], db)
    assert report.counts.versions == 1
    with SqliteStore.open(db) as store:
        cable = store.get_cable("09A1")
        assert cable is not None and cable.body == "one two three"
        assert len(store.cable_versions("09A1")) == 2


def test_records_without_sources_get_the_input_path(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run([inputs], db)
    with SqliteStore.open(db) as store:
        (article,) = list(store.iter_articles())
    assert [(Path(s.path).name, s.format) for s in article.sources] == [("b.txt", "fake")]


def _bad_inputs(root: Path) -> None:
    root.mkdir()
    (root / "1-empty.txt").write_bytes(b"")
    (root / "2-binary.bin").write_bytes(bytes(range(256)) * 4)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("x.txt", "CABLE 09Z1 zipped\n" * 50)
    (root / "3-cut.zip").write_bytes(zipped.getvalue()[:100])
    tarred = io.BytesIO()
    with tarfile.open(fileobj=tarred, mode="w") as tf:
        for name, data in (("ok.txt", b"CABLE 09T1 tar\n"), ("bad.txt", b"x"), ("ok2.txt", b"")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    raw = bytearray(tarred.getvalue())
    at = raw.index(b"bad.txt")
    raw[at + 148 : at + 156] = b"0000000\x00"
    (root / "4-broken.tar").write_bytes(bytes(raw))
    (root / "5-prose.txt").write_text("Neither a cable nor an article, just some words here.\n" * 3)
    (root / "6-rows.txt").write_text("CABLE 09R1 good\nBAD a broken row\nCABLE 09R2 good too\n")
    (root / "7-boom.txt").write_text("CABLE 09B1 kept\nBOOM\nCABLE 09B2 never read\n")


def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path: Path) -> None:
    root = tmp_path / "bad"
    _bad_inputs(root)
    db = tmp_path / "a.db"
    report = run([root], db)
    reasons = {Path(f.path).name: (f.position, f.reason) for f in report.failures}
    assert reasons["1-empty.txt"] == (None, "empty file")
    assert "binary" in reasons["2-binary.bin"][1]
    assert reasons["3-cut.zip"][1].startswith("not a readable zip archive")
    assert "damaged tar entry was skipped" in reasons["4-broken.tar"][1]
    assert reasons["4-broken.tar!ok2.txt"] == (None, "empty file")
    assert "neither" in reasons["5-prose.txt"][1] or "prose" in reasons["5-prose.txt"][1]
    assert reasons["6-rows.txt"] == ("line 2", "a broken row")
    assert reasons["7-boom.txt"] == (
        "after 1 records",
        "reading stopped: the reader tripped over line 2",
    )
    assert report.failure_count == len(report.failures) >= 7
    assert not report.ok
    with SqliteStore.open(db) as store:
        ids = sorted(c.ref_id for c in store.iter_cables())
        assert ids == ["09B1", "09R1", "09R2", "09T1"]
        assert len(store.failures()) == report.failure_count
    assert "Traceback" not in repr(report.failures)


class CountingStore(SqliteStore):
    batches: list[int]

    def put_many(self, records: Iterable[Record]) -> PutCounts:
        items = list(records)
        self.batches.append(len(items))
        return super().put_many(items)


def test_writes_in_bounded_batches(tmp_path: Path) -> None:
    f = tmp_path / "many.txt"
    f.write_text("".join(f"CABLE 09M{i} words\n" for i in range(23)))
    store = CountingStore.open(tmp_path / "a.db")
    assert isinstance(store, CountingStore)
    store.batches = []
    try:
        report = ingest([str(f)], store, detect=fakeformat.detect, batch_size=5)
        assert store.batches == [5, 5, 5, 5, 3]
        assert report.records == 23 and store.stats().cables == 23
    finally:
        store.close()


def test_id_list_resolves_cited_rows(inputs: Path, tmp_path: Path) -> None:
    ids = tmp_path / "ids.csv"
    ids.write_text("66A1,1\n66A2,2\n66A3,3\n66A4,4\n10BOGOTA243,5\n")
    db = tmp_path / "a.db"
    report = run([inputs], db, id_list=str(ids))
    assert report.counts.row_numbers == 5 and report.citations_linked == 1
    conn = sqlite3.connect(db)
    try:
        cites = conn.execute("SELECT ref_id, via, row_number FROM article_cites").fetchall()
    finally:
        conn.close()
    assert cites == [("10BOGOTA243", "row", 5)]


def test_missing_input_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with pytest.raises(UsageError):
        run([tmp_path / "nope"], db)
    with SqliteStore.open(db) as store:
        assert store.stats().last_ingest is None


def test_interrupt_keeps_what_was_read(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("".join(f"CABLE 09K{i} words\n" for i in range(10)))

    def interrupting(raw: Any) -> Any:
        found = fakeformat.detect(raw)
        assert found is not None
        fmt = found[0]

        class Wrapped:
            NAME = fmt.NAME
            sniff = staticmethod(fmt.sniff)

            @staticmethod
            def read(raw: Any) -> Iterator[Any]:
                for i, item in enumerate(fmt.read(raw)):
                    if i == 4:
                        raise KeyboardInterrupt
                    yield item

        return Wrapped, 1.0

    with SqliteStore.open(tmp_path / "a.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([str(f)], store, detect=interrupting, batch_size=100)
        assert store.stats().cables == 4
        last = store.stats().last_ingest
        assert last is not None and last["counts"]["interrupted"] is True
