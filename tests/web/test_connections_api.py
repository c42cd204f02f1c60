"""The connections' JSON answers are what the OpenAPI document says, checked on an archive
where every part is present (a graph with a missing cable, people, cited and inferred article
links); schemathesis (test_openapi.py) checks that no generated request gets a 5xx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.checks import response_schema_conformance

from cablebase.web import create_app
from tests.web.connkit import CITING_ID, CITING_REF, DISCUSSING_ID, linked_db

CASES: list[tuple[str, dict[str, str], dict[str, Any] | None]] = [
    ("/cable/{ref_id}.json", {"ref_id": CITING_REF}, None),
    ("/cable/{ref_id}.json", {"ref_id": "09COLOMBO50"}, None),
    ("/cable/{ref_id}.json", {"ref_id": "08CHISINAU100"}, None),
    ("/article/{article_id}.json", {"article_id": CITING_ID}, None),
    ("/article/{article_id}.json", {"article_id": DISCUSSING_ID}, None),
    ("/cable/{ref_id}/related.json", {"ref_id": "08CHISINAU100"}, {"limit": 3}),
    ("/glossary.json", {}, None),
    ("/people.json", {}, None),
    ("/people.json", {}, {"q": "ell"}),
    ("/person/{key}.json", {"key": "ellery-ruth"}, {"page": 1}),
]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db: Path = linked_db(tmp_path_factory)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db))


@pytest.mark.parametrize(("path", "params", "query"), CASES)
def test_the_answer_fits_the_document(
    api_schema: Any, path: str, params: dict[str, str], query: dict[str, Any] | None
) -> None:
    case = api_schema[path]["GET"].Case(path_parameters=params, query=query)
    response = case.call_and_validate(checks=[response_schema_conformance])
    assert response.status_code == 200
