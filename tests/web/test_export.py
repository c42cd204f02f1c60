"""Bulk export of a search: JSON Lines and CSV, streamed and capped."""

from __future__ import annotations

import csv
import io
import json

from tests.web.webkit import TestClient


def test_jsonl_export(client: TestClient) -> None:
    response = client.get("/export/search.jsonl?q=river&sort=date")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    assert 'filename="cablebase-search.jsonl"' in response.headers["content-disposition"]
    rows = [json.loads(line) for line in response.text.splitlines()]
    total = client.get("/search.json?q=river").json()["total"]
    assert len(rows) == total == int(response.headers["x-total-count"])
    cables = [r for r in rows if r["kind"] == "cable"]
    assert [r["created"] for r in cables] == sorted(r["created"] for r in cables)
    assert all(r["url"].startswith(("/cable/", "/article/")) for r in rows)
    assert "score" not in rows[0] and "snippet" in rows[0]


def test_csv_export(client: TestClient) -> None:
    response = client.get("/export/search.csv?q=commission")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == [
        "ref_id",
        "kind",
        "created",
        "origin",
        "classification",
        "subject",
        "paragraphs",
        "url",
    ]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["09VALMORA112"][6] == "1 2 3 4"
    assert by_id["09VALMORA112"][7] == "/cable/09VALMORA112"


def test_export_limit(client: TestClient) -> None:
    response = client.get("/export/search.jsonl?q=river&limit=2")
    assert len(response.text.splitlines()) == 2
    assert response.headers["x-exported-count"] == "2"


def test_export_of_a_bad_query_is_a_clean_400(client: TestClient) -> None:
    response = client.get("/export/search.csv?q=(open")
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_query"


def test_export_batches(client: TestClient, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cablebase.web.routes import export

    monkeypatch.setattr(export, "BATCH", 2)
    every = client.get("/export/search.jsonl?q=river").text.splitlines()
    assert len(every) == client.get("/search.json?q=river").json()["total"] > 2
    assert len({json.loads(line)["ref_id"] for line in every}) == len(every)
