"""The reading room's speed on an archive of the full-scale corpus.

    .venv/bin/python -m benchmarks.bench_web ARCHIVE.db QUERIES.tsv [--sample 500] [--rounds 3]
        [--clients 50] [--seconds 60] [--no-load]

ARCHIVE.db is `cablebase ingest` of ../shared/bench's corpus with its index beside it; it is
only read (the app opens it read-only). QUERIES.tsv is ../shared/bench/queries.tsv.

1. Server time of `/cable/REFID` and `/cable/REFID.json` for a random sample of reference IDs
   (seed 1): each request sent in-process to the ASGI app through httpx's ASGITransport (no
   socket, no server), timed from the call to the last byte of the body ("wall"), and as the
   app's own `Server-Timing: app;dur=` header says ("server_timing").
2. The search page against `Archive.search` on the same queries with the arguments the page
   handler uses; the two are timed alternately, query by query, so that a busy moment of the
   machine weighs on both. Reported: both p99s and their gap, and the page's extra time
   query by query.
3. Load (benchmarks.web_load): the app served as `cablebase serve` serves it, in a subprocess
   on a free loopback port, without the command's first step, which would open the archive
   for writing to update it; `--clients` concurrent clients for `--seconds` mixing cable
   pages, JSON twins and search pages.

Parts 1 and 2 run `--rounds` passes after a warm-up pass and keep the best pass by p99 (the
machine is shared). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import platform
import random
import sqlite3
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from benchmarks.bench_search import percentile, to_query
from benchmarks.web_load import load, summary
from cablebase.archive import Archive
from cablebase.search.engine import Sort
from cablebase.search.index import has_index
from cablebase.web.app import create_app
from cablebase.web.routes.search import PER_PAGE

Timed = Callable[[], Awaitable[float | None]]


def sample_ref_ids(db: Path, n: int, seed: int = 1) -> list[str]:
    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        ids = [row[0] for row in conn.execute("SELECT ref_id FROM cables ORDER BY ref_id")]
    finally:
        conn.close()
    return random.Random(seed).sample(ids, min(n, len(ids)))


def search_path(query: str, sort: Sort) -> str:
    params = {"q": query} | ({} if sort == "rank" else {"sort": sort})
    return "/search?" + urlencode(params)


async def _lifespan(app: Any) -> Callable[[], Awaitable[None]]:
    """Start the app as a server would (its lifespan), return the call that stops it."""
    inbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    task = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}}, inbox.get, outbox.put)
    )
    await inbox.put({"type": "lifespan.startup"})
    started = await outbox.get()
    assert started["type"] == "lifespan.startup.complete", started

    async def stop() -> None:
        await inbox.put({"type": "lifespan.shutdown"})
        await outbox.get()
        await task

    return stop


Times = tuple[list[float], list[float]]  # wall time of each call, and the server's own


def server_timing(response: httpx.Response) -> float | None:
    """The app's `Server-Timing: app;dur=MS`, when it sends one."""
    for part in response.headers.get("server-timing", "").split(";"):
        if part.strip().startswith("dur="):
            return float(part.strip()[4:])
    return None


async def _get(client: httpx.AsyncClient, path: str) -> float | None:
    response = await client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path}: HTTP {response.status_code}: {response.text[:300]}")
    return server_timing(response)


async def _time(calls: list[Timed]) -> Times:
    wall, server = [], []
    for call in calls:
        start = time.perf_counter()
        reported = await call()
        wall.append((time.perf_counter() - start) * 1000)
        server.append(wall[-1] if reported is None else reported)
    return wall, server


def _best(passes: list[Times]) -> Times:
    return min(passes, key=lambda t: percentile(t[0], 0.99))


def _report(times: Times) -> dict[str, Any]:
    return {"wall": summary(times[0]), "server_timing": summary(times[1])}


async def in_process(
    db: Path, ref_ids: list[str], queries: list[tuple[str, Sort]], rounds: int
) -> dict[str, Any]:
    app = create_app(str(db))
    stop = await _lifespan(app)
    transport = httpx.ASGITransport(app=app)
    out: dict[str, Any] = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for name, suffix in (("cable_page", ""), ("cable_json", ".json")):
            paths = [f"/cable/{r}{suffix}" for r in ref_ids]
            calls: list[Timed] = [lambda p=p: _get(client, p) for p in paths]  # type: ignore[misc]
            await _time(calls)  # warm-up: the pages' rows into the page cache
            out[name] = _report(_best([await _time(calls) for _ in range(rounds)]))
        with Archive.open(db, read_only=True) as archive:
            api, page = await _search_pair(client, archive, queries, rounds)
    await stop()
    out["search_api"], out["search_page"] = summary(api), _report(page)
    # query by query, from the same pass: less at the mercy of a busy moment than two p99s
    out["search_page_minus_api"] = summary([p - a for p, a in zip(page[0], api, strict=True)])
    out["search_p99_gap_ms"] = round(percentile(page[0], 0.99) - percentile(api, 0.99), 1)
    return out


async def _search_pair(
    client: httpx.AsyncClient,
    archive: Archive,
    queries: list[tuple[str, Sort]],
    rounds: int,
) -> tuple[list[float], Times]:
    """The API and the page on each query in turn, so that a busy moment weighs on both."""

    async def api_call(q: str, s: Sort) -> None:
        archive.search(q, limit=PER_PAGE, sort=s, facets=True)

    passes: list[tuple[list[float], Times]] = []
    for n in range(rounds + 1):
        api: list[float] = []
        page: Times = ([], [])
        for q, s in queries:
            api += (await _time([lambda q=q, s=s: api_call(q, s)]))[0]  # type: ignore[misc]
            wall, server = await _time([lambda q=q, s=s: _get(client, search_path(q, s))])  # type: ignore[misc]
            page[0].extend(wall)
            page[1].extend(server)
        if n:  # the first pass is the warm-up
            passes.append((api, page))
    # the pass where the page did best, with the API times measured beside it
    return min(passes, key=lambda pair: percentile(pair[1][0], 0.99))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("archive", type=Path)
    ap.add_argument("queries", type=Path)
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--no-load", action="store_true", help="skip the load test")
    ap.add_argument("--no-in-process", action="store_true", help="only the load test")
    args = ap.parse_args()
    with args.queries.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    queries = [to_query(r["query"], r["filters"]) for r in rows]
    if not has_index(args.archive):
        # Searching would then build the index, writing beside the archive: refuse instead.
        raise SystemExit(f"{args.archive}: no up-to-date search index; run `cablebase ingest`")
    ref_ids = sample_ref_ids(args.archive, args.sample)
    out: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "machine": platform.machine()}
    if not args.no_in_process:
        out |= asyncio.run(in_process(args.archive, ref_ids, queries, args.rounds))
    if not args.no_load:
        mix = {
            "cable_page": [f"/cable/{r}" for r in ref_ids],
            "cable_json": [f"/cable/{r}.json" for r in ref_ids],
            "search_page": [search_path(q, s) for q, s in queries],
        }
        out["load"] = load(args.archive, mix, args.clients, args.seconds)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
