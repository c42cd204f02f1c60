"""The OpenAPI document describes the app, and nothing the app is asked (as schemathesis
generates requests from the document) gets a 5xx."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from starlette.routing import Route

from cablebase.web import create_app
from cablebase.web.openapi import openapi_document
from tests.web.webkit import TestClient

EXAMPLES = 25


@pytest.fixture(scope="module")
def api_schema(demo_db: Path) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(demo_db))


# schemathesis's own pytest integration (`from_fixture`) does not run under pytest 9, so each
# documented path is one test here, with hypothesis driving the operation's strategy.
def _cases() -> list[tuple[str, GenerationMode]]:
    """Every path with data that fits the document; those with a page, sort or limit also
    with data that does not (a bare string has no wrong value schemathesis can send)."""
    cases = []
    for path, item in sorted(openapi_document()["paths"].items()):
        cases.append((path, GenerationMode.POSITIVE))
        params = item["get"].get("parameters", [])
        if any(p["in"] == "query" and set(p["schema"]) & {"enum", "minimum"} for p in params):
            cases.append((path, GenerationMode.NEGATIVE))
    return cases


@pytest.mark.parametrize(("path", "mode"), _cases())
def test_no_request_gets_a_server_error(api_schema: Any, path: str, mode: GenerationMode) -> None:
    operation = api_schema[path]["GET"]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def check(case: Any) -> None:
        case.call_and_validate(checks=[not_a_server_error])

    check()


def test_every_route_is_documented(client: TestClient, demo_db: Path) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    documented = set(document["paths"])
    app = create_app(demo_db)
    for route in app.routes:
        if isinstance(route, Route):
            path = re.sub(r"\{(\w+):path\}", r"{\1}", route.path)
            assert path in documented, path


def test_documented_examples_answer_as_documented(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    cable = document["paths"]["/cable/{ref_id}.json"]["get"]
    assert {"200", "301", "400", "404"} <= set(cable["responses"])
    error = document["components"]["schemas"]["Error"]
    assert error["required"] == ["error"]
    body = client.get("/cable/NOPE.json").json()
    assert set(body["error"]) >= set(error["properties"]["error"]["required"])
