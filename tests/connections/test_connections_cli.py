"""End to end: `person:` searches, `cablebase graph` and `cablebase people` on small archives
built in a temporary folder from the bundled demo samples and (when present) the seeds."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.cli import main
from cablebase.demo import build_demo

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    build_demo(db)
    yield db


def hits(db: str, query: str) -> set[str]:
    with Archive.open(db) as archive:
        return {h.ref_id for h in archive.search(query, limit=50).hits}


def test_ingest_fills_the_people_index(demo: str) -> None:
    with Archive.open(demo) as archive:
        assert not archive.people_outdated()
        assert {p.key for p in archive.people()} >= {"example-jane", "brandt-arlo", "kolar-ines"}


def test_person_search_by_surname_full_name_and_key(demo: str) -> None:
    assert hits(demo, "person:Brandt") == {"09VALMORA112"}
    assert hits(demo, 'person:"Jane Q. Example"') == {"09VALMORA112", "09VALMORA140"}
    assert hits(demo, "person:example-jane") == {"09VALMORA112", "09VALMORA140"}
    assert hits(demo, "person:Kolar kind:cable") == {"09TERRANO88"}
    assert hits(demo, "person:Brandt -person:Example") == set()
    assert hits(demo, "person:Nobody") == set()


def test_cli_people_lists_and_shows(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--db", demo]) == 0
    listing = capsys.readouterr().out
    assert "Jane Q. Example  (example-jane)  Ambassador" in listing
    assert main(["people", "Brandt", "--db", demo, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["key"] == "brandt-arlo" and record["titles"] == ["Foreign Minister"]
    assert [a["ref_id"] for a in record["appearances"]] == ["09VALMORA112"]
    assert main(["people", "example-jane", "--cables", "1", "--db", demo]) == 0
    shown = capsys.readouterr().out
    assert "08VALMORA77" in shown and "and 2 more cables" in shown  # signed EXAMPLE there
    assert main(["people", "Nobody", "--db", demo]) == 1
    assert "nobody named 'Nobody'" in capsys.readouterr().err


def test_cli_graph_in_every_format(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "09VALMORA112", "--db", demo]) == 0
    text = capsys.readouterr().out
    assert "08STATE61194         not in the archive" in text
    assert "09VALMORA112 -> 08STATE61194  (ref B)" in text
    assert main(["graph", "09VALMORA112", "--db", demo, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["center"] == "09VALMORA112" and data["edges"][0]["target"] == "08STATE61194"
    assert main(["graph", "09VALMORA112", "--db", demo, "--format", "graphml"]) == 0
    root = ET.fromstring(capsys.readouterr().out)
    assert root.tag.endswith("graphml")
    assert main(["graph", "09VALMORA112", "--db", demo, "--format", "dot"]) == 0
    assert capsys.readouterr().out.strip().endswith("}")


def test_cli_graph_errors(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "09VALMORA11", "--db", demo]) == 1
    err = capsys.readouterr().err
    assert "not in the archive and cited by no cable" in err and "did you mean" in err
    assert main(["graph", "09VALMORA112", "--db", demo, "--depth", "7"]) == 2
    assert "--depth 7" in capsys.readouterr().err


@pytest.mark.shared_data
def test_seeds_person_losyukov(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not available: {SEEDS} (sibling checkout ../shared is absent)")
    db = str(tmp_path / "seeds.db")
    with Archive.open(db, create=True) as archive:
        archive.ingest([str(SEEDS)], jobs=1)
        record = archive.person("Losyukov")
        assert record is not None and record.person.titles == ("DFM",)
        assert [a.ref_id for a in record.appearances] == ["08MOSCOW434"]
    assert hits(db, "person:Losyukov") == {"08MOSCOW434"}
    # 07MOSCOW4420 is signed BURNS but never gives his given name: a surname search finds it,
    # a full-name search does not.
    assert hits(db, 'person:"William J. Burns"') == {"08MOSCOW434", "07MOSCOW381"}
    assert hits(db, "person:Burns") == {"08MOSCOW434", "07MOSCOW381", "07MOSCOW4420"}
    assert "07MOSCOW4420" in hits(db, "person:Musharraf")
