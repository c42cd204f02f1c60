"""The article page's linked cables (cited and inferred, with score and evidence), computed
once per article, and the related-cables page and its twin."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cablebase.archive import Archive
from cablebase.model import Article
from cablebase.web import create_app
from tests.web.connkit import CITING_ID, DISCUSSING_ID, linked_db
from tests.web.webkit import HTML, TestClient, inspect_html


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(linked_db(tmp_path_factory))) as c:
        yield c


def _linked(client: TestClient, article_id: str) -> dict[str, Any]:
    data = client.get(f"/article/{article_id}.json").json()
    linked: dict[str, Any] = data["connections"]["linked"]
    return linked


def test_a_cited_cable_is_labelled_cites_it(linked: TestClient) -> None:
    found = _linked(linked, CITING_ID)
    assert found["explicit"] == 1
    first = found["cables"][0]
    assert first["ref_id"] == "08CHISINAU100" and first["explicit"] is True
    assert first["label"] == "cites it" and first["url"] == "/cable/08CHISINAU100"
    assert first["evidence"][0] == {
        "kind": "cited",
        "value": "08CHISINAU100",
        "label": "cites it by its ID",
    }
    assert first["subject"] == "MOLDOVA: RUSSIAN WINE EMBARGO HURTS WINEMAKERS"


def test_an_inferred_cable_has_a_score_and_evidence(linked: TestClient) -> None:
    found = _linked(linked, DISCUSSING_ID)
    assert (found["explicit"], found["inferred"]) == (0, 1)
    (link,) = found["cables"]
    assert link["ref_id"] == "09COLOMBO50" and link["label"] == "inferred"
    assert 0 < link["score"] < 1
    quote = next(e for e in link["evidence"] if e["kind"] == "quote")
    assert quote["value"].startswith("No government in living memory")
    assert quote["label"] == "a quotation found in the cable"


def test_the_article_page_tells_the_kinds_apart(linked: TestClient) -> None:
    page = linked.get(f"/article/{DISCUSSING_ID}", headers=HTML).text
    found = inspect_html(page)
    item = next(li for li in found.named("li") if li.get("data-ref") == "09COLOMBO50")
    assert item["data-kind"] == "inferred"
    assert ">inferred</span>" in page and "score 0." in page
    assert "a quotation found in the cable:" in page
    cited = linked.get(f"/article/{CITING_ID}", headers=HTML).text
    assert 'data-kind="cites"' in cited and ">cites it</span>" in cited
    # A cited cable's strength is not a guess: no score is shown for it.
    item = cited[cited.index('data-ref="08CHISINAU100"') :]
    assert "score " not in item[: item.index("</li>\n    <li")]


def test_an_article_is_linked_once(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = Archive.link_article

    def counting(self: Archive, article: Article | str, limit: int = 10) -> Any:
        calls.append(article.title if isinstance(article, Article) else article)
        return real(self, article, limit)

    monkeypatch.setattr(Archive, "link_article", counting)
    with TestClient(create_app(linked_db(tmp_path_factory))) as client:
        warmed = len(calls)
        assert warmed == 2  # each stored article, for the cable pages, at start-up
        for _ in range(3):
            assert _linked(client, DISCUSSING_ID)["inferred"] == 1
            client.get("/cable/09COLOMBO50.json")
        assert len(calls) == warmed


def test_related_cables_come_with_their_signals(linked: TestClient) -> None:
    data = linked.get("/cable/08CHISINAU100/related.json").json()
    assert data["ref_id"] == "08CHISINAU100" and data["limit"] == 10
    related = {r["ref_id"]: r for r in data["related"]}
    assert "08CHISINAU100" not in related
    best = data["related"][0]
    assert best["ref_id"] in {"08CHISINAU150", "09CHISINAU200"} and best["score"] == 1.0
    close = related["08CHISINAU150"]
    assert close["url"] == "/cable/08CHISINAU150" and "wine" in close["shared_terms"]
    assert close["shared_tags"] == ["ETRD", "MD", "RS"]
    assert close["signals"] == ["TAGS ETRD, MD, RS", "the same post", "23 days apart"]
    assert len(linked.get("/cable/08CHISINAU100/related.json?limit=1").json()["related"]) == 1


def test_the_related_page(linked: TestClient) -> None:
    page = linked.get("/cable/08CHISINAU100/related", headers=HTML).text
    found = inspect_html(page)
    assert found.named("h1")
    items = [li["data-ref"] for li in found.named("li") if li.get("data-ref")]
    assert "08CHISINAU150" in items
    assert "TAGS ETRD, MD, RS" in page and "words both use:" in page


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/cable/08CHISINAU100/related.json?limit=0", 400),
        ("/cable/08CHISINAU100/related.json?limit=51", 400),
        ("/cable/08CHISINAU100/related.json?limit=x", 400),
        ("/cable/99NOWHERE1/related.json", 404),
    ],
)
def test_bad_related_requests(linked: TestClient, path: str, status: int) -> None:
    response = linked.get(path)
    assert response.status_code == status
    assert response.json()["error"]["status"] == status


def test_a_related_page_has_one_address(linked: TestClient) -> None:
    response = linked.get("/cable/08chisinau100/related.json?limit=2", follow_redirects=False)
    assert response.status_code == 301
    assert response.headers["location"] == "/cable/08CHISINAU100/related.json?limit=2"
