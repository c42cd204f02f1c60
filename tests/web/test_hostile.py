"""Hostile documents render inert: every text from a cable or an article is escaped, no
event-handler attribute or javascript: URL reaches the page, and the CSP forbids inline
script besides."""

from __future__ import annotations

import pytest

from tests.web.webkit import HTML, JS_URL, ONERROR, SCRIPT, TestClient, inspect_html

PAGES = [
    "/cable/09HOSTILE1",
    "/cable/09HOSTILE1?q=first+paragraph",
    "/cable/09HOSTILE0",
    "/search?q=paragraph",
    "/search?q=headline",
    "/search?q=alert",
    "/browse/origin",
    "/browse/tag",
    "/browse/tag/PREL",
    "/",
]


def assert_inert(page: str) -> None:
    found = inspect_html(page)
    scripts = found.named("script")
    assert scripts == [{"src": "/static/app.js", "defer": None}], scripts
    for tag, attrs in found.tags:
        assert tag not in {"img", "iframe", "object", "embed", "base", "form"} or (
            tag == "form" and attrs.get("action") == "/search"
        ), (tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name != "style", (tag, attrs)
            if name in {"href", "src", "action"}:
                assert value is not None and not value.strip().lower().startswith(
                    ("javascript:", "data:", "vbscript:")
                ), (tag, attrs)
    assert SCRIPT not in page and ONERROR not in page


@pytest.mark.parametrize("url", PAGES)
def test_hostile_pages_are_inert(hostile: TestClient, url: str) -> None:
    response = hostile.get(url, headers=HTML)
    assert response.status_code == 200, response.text[:300]
    assert_inert(response.text)


def test_hostile_text_is_shown_as_text(hostile: TestClient) -> None:
    page = hostile.get("/cable/09HOSTILE1", headers=HTML).text
    text = "".join(inspect_html(page).text)
    # The reader sees exactly what the document says, as characters.
    assert SCRIPT in text and ONERROR in text and JS_URL in text
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page


def test_hostile_paragraphs_still_get_anchors(hostile: TestClient) -> None:
    found = inspect_html(hostile.get("/cable/09HOSTILE1", headers=HTML).text)
    assert [d["id"] for d in found.named("div") if d.get("data-testid") == "par"] == [
        "par1",
        "par2",
        "par3",
    ]


def test_hostile_article_link_is_not_followed(hostile: TestClient) -> None:
    article_id = hostile.get("/search.json?q=headline").json()["hits"][0]["ref_id"]
    response = hostile.get(f"/article/{article_id}", headers=HTML)
    assert response.status_code == 200
    assert_inert(response.text)
    assert "article-source" not in response.text  # no link to the javascript: URL
    assert JS_URL in "".join(inspect_html(response.text).text)
    data = hostile.get(f"/article/{article_id}.json").json()
    cites = {c["ref_id"]: c["in_archive"] for c in data["citations"]}
    assert cites == {"09HOSTILE1": True, "10MISSING1": False}


def test_hostile_versions_diff_is_escaped(hostile: TestClient) -> None:
    page = hostile.get("/cable/09HOSTILE1", headers=HTML).text
    assert 'data-testid="diff"' in page and "diff-add" in page and "diff-del" in page
    data = hostile.get("/cable/09HOSTILE1.json").json()
    versions = data["versions"]
    assert [v["shown"] for v in versions] == [True, False]
    assert any(kind == "add" and SCRIPT in text for kind, text in versions[1]["diff"])


def test_hostile_search_snippets_are_escaped(hostile: TestClient) -> None:
    page = hostile.get("/search?q=alert", headers=HTML).text
    assert "<mark>alert</mark>" in page
    assert_inert(page)


def test_hostile_error_page_is_inert(hostile: TestClient) -> None:
    response = hostile.get("/cable/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers=HTML)
    assert response.status_code in (404, 400)
    assert_inert(response.text)


def test_json_twin_is_never_sniffed_as_html(hostile: TestClient) -> None:
    response = hostile.get("/cable/09HOSTILE1.json")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["cable"]["subject"].startswith(SCRIPT)


def test_hostile_csv_export_is_not_a_formula(hostile: TestClient) -> None:
    csv_text = hostile.get("/export/search.csv?q=ref:09HOSTILE1").text
    assert csv_text.splitlines()[0].startswith("ref_id,kind,created")
    assert "09HOSTILE1" in csv_text
