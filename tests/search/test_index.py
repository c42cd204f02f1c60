"""The search index: document fields, full builds and incremental updates."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

from cablebase.archive import Archive
from cablebase.demo import samples_dir
from cablebase.search.documents import (
    cable_fields,
    classification_values,
    epoch_seconds,
    fields_hash,
    fold,
)
from cablebase.search.index import STATE_FILE, VERSION_FILE, build_index, has_index, index_path
from tests.search.searchkit import CABLES, build_archive


def test_fold_and_classification_levels() -> None:
    assert fold("Café Müller") == "Cafe Muller"
    assert classification_values("SECRET//NOFORN") == ["SECRET//NOFORN", "SECRET"]
    assert classification_values("UNCLASSIFIED//FOUO") == ["UNCLASSIFIED//FOUO", "UNCLASSIFIED"]
    assert classification_values("CONFIDENTIAL") == ["CONFIDENTIAL"]


def test_epoch_seconds() -> None:
    assert epoch_seconds("1970-01-02") == 86400
    assert epoch_seconds("1970-01-01 00:01") == 60
    assert epoch_seconds("1970-01-01T00:01:00Z") == 60
    assert epoch_seconds("1970-01-01", end_of_day=True) == 86399
    assert epoch_seconds("soon") is None and epoch_seconds(None) is None


def test_cable_fields() -> None:
    fields = cable_fields(CABLES[0])
    assert fields["origin_key"] == ["embassy moscow", "moscow"]
    assert fields["classification"] == ["SECRET//NOFORN", "SECRET"]
    assert fields["year"] == [2007]
    assert "cites" not in fields
    assert cable_fields(CABLES[1])["cites"] == ["07MOSCOW100"]
    assert fields_hash(fields) == fields_hash(cable_fields(CABLES[0]))


def test_update_reindexes_only_changed_records(tmp_path: Path) -> None:
    db = build_archive(tmp_path, index=False)
    with Archive.open(db) as archive:
        first = archive.update_index()
        assert first.rebuilt and first.added == 5
        again = archive.update_index()
        assert (again.added, again.removed, again.unchanged) == (0, 0, 5)
        changed = replace(
            CABLES[3],
            body=CABLES[3].body + "\n\n3. (U) Zanzibar is mentioned now.",
            paragraphs=(*CABLES[3].paragraphs, replace(CABLES[3].paragraphs[0], number=3)),
        )
        archive.store.put_many([changed])
        update = archive.update_index()
        assert (update.added, update.removed, update.unchanged) == (1, 0, 4)
        assert [h.ref_id for h in archive.search("Zanzibar").hits] == ["09STATE400"]
        assert archive.search("").total == 5  # replaced, not added twice


def test_ingest_keeps_the_index_up_to_date(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive.open(db, create=True) as archive:
        report = archive.ingest([str(samples_dir())])
        assert has_index(db)
        assert archive.search("").total == report.counts.cables_new + report.counts.articles_new
        again = archive.ingest([str(samples_dir())])
        assert not archive.index_outdated(again)
        shutil.rmtree(index_path(db))
        assert archive.index_outdated(again)
        archive.ingest([str(samples_dir())])
        assert archive.search("kind:article").total == report.counts.articles_new


def test_outdated_or_damaged_index_is_rebuilt(tmp_path: Path) -> None:
    db = build_archive(tmp_path)
    state = index_path(db) / STATE_FILE
    data = json.loads(state.read_text())
    data["version"] = -1
    state.write_text(json.dumps(data))
    (index_path(db) / VERSION_FILE).write_text("-1")
    assert not has_index(db)
    with Archive.open(db) as archive:
        assert archive.update_index().rebuilt
        assert has_index(db)
        assert build_index(db, archive.store).added == 5
        assert archive.search("gas").total == 3
