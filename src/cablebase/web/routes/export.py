"""Bulk export of a search as JSON Lines or CSV, streamed a batch at a time and capped, so
that one export neither holds the whole result in memory nor the server for long."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator, Iterable
from typing import Any

import anyio
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from cablebase.archive import Archive
from cablebase.search.engine import Hit, Sort
from cablebase.web.params import bad, int_param, sort_param, text_param
from cablebase.web.site import site_of
from cablebase.web.urls import article_url, cable_url

EXPORT_CAP = 10_000
BATCH = 500
CSV_COLUMNS = (
    "ref_id",
    "kind",
    "created",
    "origin",
    "classification",
    "subject",
    "paragraphs",
    "url",
)
# A cell opening with one of these is a formula to a spreadsheet; a leading ' keeps it text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _record(hit: Hit) -> dict[str, Any]:
    data = hit.to_json()
    del data["score"]
    data["url"] = cable_url(hit.ref_id) if hit.kind == "cable" else article_url(hit.ref_id)
    return data


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _jsonl(hits: Iterable[Hit]) -> str:
    return "".join(json.dumps(_record(h), ensure_ascii=False) + "\n" for h in hits)


def _csv(rows: Iterable[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _csv_hits(hits: Iterable[Hit]) -> str:
    return _csv([_cell(_record(h).get(c)) for c in CSV_COLUMNS] for h in hits)


async def _batches(
    archive: Archive, query: str, sort: Sort, first: tuple[Hit, ...], wanted: int
) -> AsyncIterator[tuple[Hit, ...]]:
    yield first
    offset = len(first)
    while offset < wanted:
        # Let other requests in between batches.
        await anyio.sleep(0)
        hits = archive.search(
            query, limit=min(BATCH, wanted - offset), offset=offset, sort=sort
        ).hits
        if not hits:
            return
        yield hits
        offset += len(hits)


async def export(request: Request) -> Response:
    fmt = "csv" if request.url.path.endswith(".csv") else "jsonl"
    query = text_param(request, "q")
    if not query.strip():
        raise bad("q", "give the query whose hits to export")
    sort = sort_param(request)
    limit = int_param(request, "limit", EXPORT_CAP, 1, EXPORT_CAP)
    archive = site_of(request).archive
    # The first batch before the response starts: a bad query is still a clean 400.
    first = archive.search(query, limit=min(BATCH, limit), sort=sort)
    wanted = min(limit, first.total)

    async def body() -> AsyncIterator[str]:
        if fmt == "csv":
            yield _csv([list(CSV_COLUMNS)])
        async for hits in _batches(archive, query, sort, first.hits, wanted):
            yield _csv_hits(hits) if fmt == "csv" else _jsonl(hits)

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    headers = {
        "Content-Disposition": f'attachment; filename="cablebase-search.{fmt}"',
        "X-Total-Count": str(first.total),
        "X-Exported-Count": str(wanted),
    }
    return StreamingResponse(body(), media_type=media, headers=headers)


routes: list[BaseRoute] = [
    Route("/export/search.jsonl", export, name="export_jsonl"),
    Route("/export/search.csv", export, name="export_csv"),
]
