"""Search over the 1,056 real Cablegate pages in ../shared/data (skipped when absent).

The expected answers were established by reading the cables: 09MOSCOW1111 is Foreign
Minister Lavrov's meeting with a codel, and four cables list 09STATE127892 in their REF lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.archive import Archive

PAGES = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikileaks-2010" / "pages.tar.gz"

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not PAGES.exists(), reason=f"{PAGES} is absent (shared data not mounted)"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    db = tmp_path_factory.mktemp("wikileaks") / "wl.db"
    with Archive.open(db, create=True) as opened:
        report = opened.ingest([str(PAGES)], jobs=1)
        assert report.counts.cables_new == 1056
        yield opened


def test_everything_is_indexed(archive: Archive) -> None:
    result = archive.search("", facets=True)
    assert result.total == 1056
    assert sum(n for _, n in result.facets["year"]) == 1056


def test_a_name_finds_the_cable_about_that_person_first(archive: Archive) -> None:
    result = archive.search("Lavrov")
    assert result.hits[0].ref_id == "09MOSCOW1111"
    assert result.total > 10
    assert "[[Lavrov]]" in result.hits[0].snippet or "[[LAVROV]]" in result.hits[0].snippet


def test_cites_returns_exactly_the_citing_cables(archive: Archive) -> None:
    result = archive.search("cites:09STATE127892", limit=50)
    assert {h.ref_id for h in result.hits} == {
        "09TALLINN373",
        "09USNATO588",
        "09WARSAW1228",
        "10STATE7810",
    }
    for hit in result.hits:
        cable = archive.get(hit.ref_id)
        assert cable is not None
        assert "09STATE127892" in {r.ref_id for r in cable.references}


def test_origin_by_name_and_post_code_agree(archive: Archive) -> None:
    by_name = archive.search('origin:"Embassy Moscow"', limit=100)
    by_code = archive.search("origin:MOSCOW", limit=100)
    assert by_name.total == by_code.total > 0
    assert {h.ref_id for h in by_name.hits} == {h.ref_id for h in by_code.hits}


def test_secret_includes_secret_noforn(archive: Archive) -> None:
    noforn = archive.search("classification:SECRET//NOFORN", facets=True)
    secret = archive.search("classification:SECRET", facets=True)
    assert 0 < noforn.total < secret.total
    assert dict(secret.facets["classification"])["SECRET//NOFORN"] == noforn.total


def test_year_filter_and_words(archive: Archive) -> None:
    result = archive.search("Berlusconi year:2009", limit=50)
    assert result.total > 0
    assert all((h.created or "").startswith("2009") for h in result.hits)
