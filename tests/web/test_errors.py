"""One error shape, the right status for bad input, and the guard's headers and limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cablebase.web import create_app
from cablebase.web.security import CSP, LOOPBACK_NAMES
from tests.web.webkit import HTML, TestClient, inspect_html


def error_of(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status and error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    return dict(error)


def test_unknown_cable_suggests_close_ids(client: TestClient) -> None:
    error = error_of(client.get("/cable/09VALMORA11.json"), 404, "cable_not_found")
    assert error["suggestions"] == ["09VALMORA112"]
    assert "09VALMORA11" in error["message"]
    page = client.get("/cable/09VALMORA11", headers=HTML)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    links = [a.get("href") for a in inspect_html(page.text).named("a")]
    assert "/cable/09VALMORA112" in links


def test_without_an_html_accept_errors_are_json(client: TestClient) -> None:
    error_of(client.get("/cable/NOPE"), 404, "cable_not_found")
    error_of(client.get("/nowhere"), 404, "not_found")
    error_of(client.get("/article/nope.json"), 404, "article_not_found")


def test_bad_query_gives_its_position(client: TestClient) -> None:
    error = error_of(client.get('/search.json?q=Iran+"unclosed'), 400, "bad_query")
    assert error["position"] == 5 and error["query"] == 'Iran "unclosed'
    page = client.get('/search?q=Iran+"unclosed', headers=HTML)
    assert page.status_code == 400 and "     ^" in page.text


@pytest.mark.parametrize(
    "url",
    [
        "/search.json?q=x&page=0",
        "/search.json?q=x&page=abc",
        "/search.json?q=x&page=501",
        "/search.json?q=x&sort=sideways",
        "/search.json?q=x&q=y",
        "/search.json?q=%00",
        "/export/search.csv?q=",
        "/export/search.csv?q=x&limit=0",
        "/search.json?q=river&page=40",
    ],
)
def test_bad_parameters(client: TestClient, url: str) -> None:
    error = error_of(client.get(url), 400, "bad_parameter")
    assert error["parameter"] in error["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/browse/origin/Nowhere.json",
        "/browse/tag/NOPE.json",
        "/browse/classification/TOP%20SECRET.json",
        "/browse/created/1999.json",
        "/browse/created/2009-13.json",
        "/browse/created/2009-05.json",
        "/browse/created/soon.json",
        "/browse/released/2010-12-06.json",
        "/browse/released/yesterday.json",
    ],
)
def test_unknown_browse_values(client: TestClient, url: str) -> None:
    assert client.get(url).json()["error"]["status"] == 404


def test_close_browse_values_are_suggested(client: TestClient) -> None:
    error = client.get("/browse/origin/Embassy%20Valmor.json").json()["error"]
    assert error["code"] == "origin_not_found" and error["suggestions"][0] == "Embassy Valmora"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_reads_are_allowed(client: TestClient, method: str) -> None:
    for url in ("/", "/cable/09VALMORA112.json", "/nowhere"):
        response = client.request(method, url)
        error_of(response, 405, "method_not_allowed")
        assert response.headers["allow"] == "GET, HEAD"
        assert "access-control-allow-origin" not in response.headers


def test_head_is_answered(client: TestClient) -> None:
    response = client.head("/cable/09VALMORA112")
    assert response.status_code == 200 and response.content == b""


def test_size_limits(client: TestClient) -> None:
    error_of(client.get("/search.json?q=" + "a" * 5000), 414, "uri_too_long")
    error_of(client.request("GET", "/", content=b"x" * 5000), 413, "content_too_large")
    # The query language's own limit: a clean 400, not a 500.
    error_of(client.get("/search.json?q=" + "a " * 600), 400, "bad_query")


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/index.json",
        "/cable/09VALMORA112",
        "/cable/NOPE",
        "/static/style.css",
        "/openapi.json",
        "/export/search.csv?q=river",
        "/search.json?q=%22",
    ],
)
def test_security_headers_on_every_response(client: TestClient, url: str) -> None:
    headers = client.get(url, headers=HTML).headers
    assert headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "frame-ancestors 'none'" in CSP
    assert "default-src 'self'" in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["server-timing"].startswith("app;dur=")
    assert "access-control-allow-origin" not in headers


def test_cross_origin_requests_get_no_cors_headers(client: TestClient) -> None:
    headers = client.get("/index.json", headers={"origin": "https://evil.example"}).headers
    assert not [h for h in headers if h.lower().startswith("access-control-")]


def test_a_loopback_server_answers_only_to_loopback_names(demo_db: Path) -> None:
    app = create_app(demo_db, hosts=LOOPBACK_NAMES)
    with TestClient(app, base_url="http://127.0.0.1:8000") as local:
        assert local.get("/index.json").status_code == 200
        assert local.get("/index.json", headers={"host": "localhost:8000"}).status_code == 200
        assert local.get("/index.json", headers={"host": "[::1]:8000"}).status_code == 200
        rebound = local.get("/index.json", headers={"host": "evil.example:8000"})
        error = error_of(rebound, 400, "bad_host")
        assert "localhost" in error["message"]
        assert rebound.headers["content-security-policy"] == CSP
