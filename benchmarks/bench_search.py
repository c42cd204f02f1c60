"""Search latency over the benchmark query set, on an archive of the full-scale corpus.

    .venv/bin/python -m benchmarks.bench_search ARCHIVE.db QUERIES.tsv [--rounds 2]

ARCHIVE.db is `cablebase ingest` of ../shared/bench's corpus (its index beside it, as ingest
leaves it); QUERIES.tsv is ../shared/bench/queries.tsv. Each query's filters (`key=value;...`)
become our field filters; an empty query is a browse, newest first. One warm-up pass, then the
timed passes: `top10` (top 10 with snippets and matched paragraphs) and `facets` (the same plus
all facet counts). Wall time per call of `Archive.search`, one query at a time, in one process;
p50/p95/p99 over the 220 queries, best pass of the rounds. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import statistics
import time
from pathlib import Path

from cablebase.archive import Archive
from cablebase.search.engine import Sort


def to_query(text: str, filters: str) -> tuple[str, Sort]:
    """The engine-neutral query and filters of queries.tsv in cablebase's language."""
    parts = [text.strip()] if text.strip() else []
    for item in filter(None, filters.split(";")):
        key, _, value = item.partition("=")
        if key == "year":
            parts.append(f"year:{value}")
        else:
            parts.append(f'{key}:"{value}"')
    return " ".join(parts), ("rank" if text.strip() else "-date")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(archive: Archive, queries: list[tuple[str, Sort]], facets: bool) -> list[float]:
    times = []
    for query, sort in queries:
        start = time.perf_counter()
        archive.search(query, limit=10, sort=sort, facets=facets)
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(times, 0.50), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "p99_ms": round(percentile(times, 0.99), 1),
        "mean_ms": round(statistics.fmean(times), 1),
        "max_ms": round(max(times), 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("archive", type=Path)
    ap.add_argument("queries", type=Path)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with args.queries.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    queries = [to_query(r["query"], r["filters"]) for r in rows]
    kinds = [r["kind"] for r in rows]
    with Archive.open(args.archive) as archive:
        run(archive, queries, facets=True)  # warm-up: index files in the page cache
        best: dict[str, list[float]] = {}
        for mode in ("top10", "facets"):
            passes = [run(archive, queries, mode == "facets") for _ in range(args.rounds)]
            best[mode] = min(passes, key=lambda t: percentile(t, 0.99))
        totals = [archive.search(q, limit=1, sort=s).total for q, s in queries]
    by_kind: dict[str, list[float]] = {}
    for kind, ms in zip(kinds, best["top10"], strict=True):
        by_kind.setdefault(kind, []).append(ms)
    print(
        json.dumps(
            {
                "date": time.strftime("%Y-%m-%d"),
                "machine": platform.machine(),
                "queries": len(queries),
                "top10": summary(best["top10"]),
                "facets": summary(best["facets"]),
                "top10_p50_by_kind": {
                    k: round(percentile(v, 0.5), 1) for k, v in sorted(by_kind.items())
                },
                "hits_median": statistics.median(totals),
                "hits_max": max(totals),
            }
        )
    )


if __name__ == "__main__":
    main()
