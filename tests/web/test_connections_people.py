"""The people pages: /people (filtered with ?q=), /person/KEY with the person's cables a page
at a time, one address per person, and their JSON twins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.web import create_app
from cablebase.web.routes import people as people_route
from tests.web.connkit import CITING_REF, linked_db
from tests.web.webkit import HTML, TestClient, inspect_html


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(linked_db(tmp_path_factory))) as c:
        yield c


def test_people_lists_the_most_named_first(client: TestClient) -> None:
    data = client.get("/people.json").json()
    keys = [p["key"] for p in data["people"]]
    assert keys[0] == "example-jane" and data["people"][0]["cables"] == 3
    assert {"brandt-arlo", "kolar-ines"} <= set(keys)
    assert data["note"] is None and data["query"] == ""
    page = client.get("/people", headers=HTML).text
    found = inspect_html(page)
    assert "/person/example-jane" in [a.get("href") for a in found.named("a")]
    assert "3 cables" in page


def test_people_filters_by_name(client: TestClient) -> None:
    data = client.get("/people.json?q=kol").json()
    assert [p["key"] for p in data["people"]] == ["kolar-ines"]
    page = client.get("/people?q=nobody-at-all", headers=HTML).text
    assert "Nobody whose name contains “nobody-at-all”." in page
    assert client.get("/people.json?q=" + "x" * 201).status_code == 400


def test_a_person_page_lists_their_cables(client: TestClient) -> None:
    data = client.get("/person/example-jane.json").json()
    assert data["person"]["name"] == "Jane Q. Example" and data["total"] == 3
    cables = data["cables"]
    assert [c["created"] for c in cables] == sorted(c["created"] for c in cables)
    assert all(c["url"] == f"/cable/{c['ref_id']}" for c in cables)
    assert data["search"] == "/search?q=person%3Aexample-jane"
    page = client.get("/person/example-jane", headers=HTML).text
    found = inspect_html(page)
    assert found.named("h1") and "Jane Q. Example" in "".join(found.text)
    assert {f"/cable/{c['ref_id']}" for c in cables} <= {a.get("href") for a in found.named("a")}


def test_the_search_link_finds_their_cables(client: TestClient) -> None:
    person = client.get("/person/example-jane.json").json()
    found = client.get(person["search"].replace("/search", "/search.json")).json()
    hits = {h["ref_id"] for h in found["hits"]}
    # The search matches her key; a cable naming her by surname only ("EXAMPLE" as a
    # signature) is hers in the people index but not under her key in the search index.
    assert hits and hits <= {c["ref_id"] for c in person["cables"]}


def test_a_surname_or_name_leads_to_the_persons_one_address(client: TestClient) -> None:
    for asked in ("Brandt", "Arlo%20Brandt", "brandt"):
        response = client.get(f"/person/{asked}?page=1", follow_redirects=False)
        assert response.status_code == 301
        assert response.headers["location"] == "/person/brandt-arlo?page=1"
    twin = client.get("/person/Brandt.json", follow_redirects=False)
    assert twin.headers["location"] == "/person/brandt-arlo.json"


def test_an_unknown_person_is_a_404(client: TestClient) -> None:
    response = client.get("/person/nobody-at-all.json")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "person_not_found"
    page = client.get("/person/nobody-at-all", headers=HTML)
    assert page.status_code == 404 and "/people?q=NAME" in page.text


def test_a_person_page_is_paged(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_route, "PER_PAGE", 2)
    first = client.get("/person/example-jane.json").json()
    assert (
        len(first["cables"]) == 2 and first["pager"]["next"] == "/person/example-jane.json?page=2"
    )
    second = client.get("/person/example-jane.json?page=2").json()
    assert len(second["cables"]) == 1 and second["pager"]["prev"] == "/person/example-jane.json"
    assert {c["ref_id"] for c in first["cables"]}.isdisjoint(c["ref_id"] for c in second["cables"])
    assert client.get("/person/example-jane.json?page=3").status_code == 400


def test_the_cable_page_links_its_people(linked: TestClient) -> None:
    page = linked.get(f"/cable/{CITING_REF}", headers=HTML).text
    section = page[page.index('data-testid="cable-people"') :]
    found = inspect_html(section[: section.index("</ul>")])
    assert [a["href"] for a in found.named("a")] == ["/person/ellery-ruth", "/person/perera"]
    person = linked.get("/person/ellery-ruth.json").json()
    assert CITING_REF in [c["ref_id"] for c in person["cables"]]
    assert person["person"]["role_words"] == ["classified it", "signed it", "named in it"]


def test_an_archive_without_a_people_index_says_so(hostile_db: Path) -> None:
    with TestClient(create_app(hostile_db)) as client:
        data = client.get("/people.json").json()
        assert data["people"] == [] and "cablebase people" in data["note"]
        assert "cablebase people" in client.get("/people", headers=HTML).text
