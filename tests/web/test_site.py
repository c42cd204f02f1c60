"""The app over archives other than the demo: empty, growing while served, large enough to
page through; its 500 answer; and the seam where connections join the pages."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from cablebase.archive import Archive
from cablebase.model import Cable, Paragraph, Source
from cablebase.web import create_app
from cablebase.web.routes import cable as cable_route
from tests.web.webkit import HTML, TestClient, inspect_html


def many_cables(n: int) -> list[Cable]:
    return [
        Cable(
            ref_id=f"08PAGING{i}",
            created=f"2008-{1 + i % 12:02d}-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
            classification="CONFIDENTIAL",
            origin="Embassy Paging",
            tags=("PREL", "XX"),
            subject=f"Paging test cable number {i}",
            body=f"1. (C) Paging test text {i}.",
            paragraphs=(Paragraph(1, f"Paging test text {i}.", "C"),),
            sources=(Source(f"p{i}.txt", "telegram"),),
        )
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def paging(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = tmp_path_factory.mktemp("web-paging") / "paging.db"
    with Archive.open(db, create=True) as archive:
        archive.store.put_many(many_cables(120))
        archive.update_index()
    with TestClient(create_app(db)) as client:
        yield client


def test_browse_lists_page_through(paging: TestClient) -> None:
    first = paging.get("/browse/tag/PREL.json").json()
    assert first["total"] == 120 and len(first["cables"]) == 50
    assert first["pager"] == {
        "page": 1,
        "pages": 3,
        "prev": None,
        "next": "/browse/tag/PREL.json?page=2",
    }
    last = paging.get("/browse/tag/PREL.json?page=3").json()
    assert len(last["cables"]) == 20 and last["pager"]["next"] is None
    assert last["pager"]["prev"] == "/browse/tag/PREL.json?page=2"
    seen = {
        c["ref_id"]
        for p in (1, 2, 3)
        for c in paging.get(f"/browse/tag/PREL.json?page={p}").json()["cables"]
    }
    assert len(seen) == 120
    # Newest first, across pages.
    dates = [c["created"] for c in first["cables"]] + [c["created"] for c in last["cables"]]
    assert dates == sorted(dates, reverse=True)
    page = paging.get("/browse/tag/PREL?page=2", headers=HTML).text
    links = {a.get("rel"): a.get("href") for a in inspect_html(page).named("a") if a.get("rel")}
    assert links == {"prev": "/browse/tag/PREL", "next": "/browse/tag/PREL?page=3"}


def test_search_pages_through(paging: TestClient) -> None:
    second = paging.get("/search.json?q=paging&page=2&sort=date").json()
    assert second["total"] == 120 and len(second["hits"]) == 20
    assert second["pager"]["prev"] == "/search.json?q=paging&sort=date"
    assert second["pager"]["next"] == "/search.json?q=paging&sort=date&page=3"
    page = paging.get("/search?q=paging&page=2", headers=HTML).text
    assert 'start="21"' in page


def test_export_is_capped(paging: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from cablebase.web.routes import export

    monkeypatch.setattr(export, "BATCH", 7)
    response = paging.get("/export/search.jsonl?q=paging&limit=30")
    assert len(response.text.splitlines()) == 30
    assert response.headers["x-total-count"] == "120"


def test_empty_archive(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    Archive.open(db, create=True).close()
    with TestClient(create_app(db)) as client:
        data = client.get("/index.json").json()
        assert data["counts"] == {"cables": 0, "articles": 0} and data["latest"] == []
        assert data["latest_by"] == "created" and data["last_ingest"] is None
        assert "The archive is empty" in client.get("/", headers=HTML).text
        assert client.get("/browse/origin.json").json()["values"] == []
        assert "None in this archive" in client.get("/browse/tag", headers=HTML).text
        assert client.get("/search.json?q=anything").json()["total"] == 0


def test_counts_follow_an_ingest_while_serving(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "growing.db"
    shutil.copy(demo_db, db)
    with TestClient(create_app(db)) as client:
        assert client.get("/index.json").json()["counts"]["cables"] == 5
        assert client.get("/browse/origin.json").json()["values"][0]["value"] != "Embassy Paging"
        with Archive.open(db) as writer:
            writer.store.put_many(many_cables(2))
        assert client.get("/index.json").json()["counts"]["cables"] == 7
        origins = [v["value"] for v in client.get("/browse/origin.json").json()["values"]]
        assert "Embassy Paging" in origins


def test_the_app_can_be_served_again(demo_db: Path) -> None:
    app = create_app(demo_db)
    for _ in range(2):
        with TestClient(app) as client:
            assert client.get("/cable/09VALMORA112.json").status_code == 200


def test_an_unexpected_error_is_a_clean_500(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> dict[str, Any]:
        raise RuntimeError("boom")

    monkeypatch.setattr(cable_route, "cable_data", broken)
    with TestClient(create_app(demo_db), raise_server_exceptions=False) as client:
        response = client.get("/cable/09VALMORA112.json")
        assert response.status_code == 500
        error = response.json()["error"]
        assert error["code"] == "internal_error" and "boom" not in error["message"]
        page = client.get("/cable/09VALMORA112", headers=HTML)
        assert page.status_code == 500 and "Something went wrong" in page.text
        assert page.headers["content-security-policy"].startswith("default-src")


def test_connections_join_the_cable_page(client: TestClient) -> None:
    # What they hold is tested in test_connections_*.py.
    assert client.get("/cable/09VALMORA112.json").json()["connections"]["graph"] is not None
    page = client.get("/cable/09VALMORA112", headers=HTML).text
    assert 'data-testid="connections"' in page


def test_article_marks_search_words(client: TestClient) -> None:
    page = client.get("/article/aa925035413deeb4f?q=Washington", headers=HTML).text
    assert "<mark>Washington</mark>" in page
