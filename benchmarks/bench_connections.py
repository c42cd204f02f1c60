"""Related cables and article linking, timed on an archive of the full-scale corpus.

    .venv/bin/python -m benchmarks.bench_connections ARCHIVE.db [--cables 300] [--rounds 3]
        [--articles ../shared/data/articles-2010/pages.tar.gz] [--article FILE ...]

`related`: `Archive.related(ref_id, limit=10)` (what a cable page asks for) for a sample of the
archive's cables spread evenly over it, each once in a first pass (after the first call has
opened the index: the parts of the index a cable needs are then usually not in memory yet) and
again in warm passes. `link-article`: `Archive.link_article(article, limit=10)` for every article
page in the tarball and every `--article` file, read once beforehand (reading a file is not
timed). Both need no precomputation: they query the search index that ingest keeps, so the
precompute cost is nil. Wall and CPU time per call in one process; p50/p95/p99/max of the
first pass and of the warm pass with the lowest p95 wall time. The load average is printed
because the machine may be shared. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cablebase.archive import Archive
from cablebase.connections.article_input import article_from_file, article_from_text
from cablebase.model import Article
from cablebase.search.index import has_index

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_ARTICLES = SHARED / "data" / "articles-2010" / "pages.tar.gz"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(times: list[float]) -> dict[str, float]:
    return {
        "n": len(times),
        "p50_ms": round(percentile(times, 0.50), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "p99_ms": round(percentile(times, 0.99), 1),
        "max_ms": round(max(times), 1),
    }


Timing = tuple[list[float], list[float]]  # wall, CPU milliseconds per call


def timed(items: list[Any], call: Callable[[Any], object]) -> Timing:
    wall, cpu = [], []
    for item in items:
        start, start_cpu = time.perf_counter(), time.process_time()
        call(item)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def report(timing: Timing) -> dict[str, dict[str, float]]:
    return {"wall": summary(timing[0]), "cpu": summary(timing[1])}


def sample_ids(db: Path, n: int) -> list[str]:
    """`n` cable IDs spread evenly over the archive (read-only connection)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        total = int(conn.execute("SELECT count(*) FROM cables").fetchone()[0])
        step = max(1, total // n)
        rows = conn.execute(
            "SELECT ref_id FROM cables WHERE rowid % ? = 0 LIMIT ?", (step, n)
        ).fetchall()
    return [str(r[0]) for r in rows]


def read_articles(tarball: Path | None, files: list[Path]) -> list[Article]:
    articles = [article_from_file(f) for f in files]
    if tarball is not None and tarball.exists():
        with tarfile.open(tarball) as tar:
            for member in tar.getmembers():
                data = tar.extractfile(member) if member.isfile() else None
                if data is not None and member.name.endswith(".html"):
                    articles.append(article_from_text(data.read().decode("utf-8"), member.name))
    return articles


def best(passes: list[Timing]) -> Timing:
    return min(passes, key=lambda t: percentile(t[0], 0.95))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("archive", type=Path)
    ap.add_argument("--cables", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--article", type=Path, action="append", default=[])
    args = ap.parse_args()
    if not has_index(args.archive):
        # The library would build it first (minutes, and a write): not what is measured here.
        raise SystemExit(f"{args.archive}: no up-to-date search index; run `cablebase ingest`")
    ids = sample_ids(args.archive, args.cables)
    articles = read_articles(args.articles, args.article)
    load_before = os.getloadavg()
    with Archive.open(args.archive) as archive:
        start = time.perf_counter()
        archive.related(ids[0], limit=10)  # opens the index
        opening_ms = (time.perf_counter() - start) * 1000
        related_first = timed(ids, lambda r: archive.related(r, limit=10))
        related_warm = best(
            [timed(ids, lambda r: archive.related(r, limit=10)) for _ in range(args.rounds)]
        )
        link_first = timed(articles, lambda a: archive.link_article(a, limit=10))
        link_warm = best(
            [
                timed(articles, lambda a: archive.link_article(a, limit=10))
                for _ in range(args.rounds)
            ]
        )
        links = [len(archive.link_article(a, limit=10).links) for a in articles]
    result = {
        "archive": str(args.archive),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "python": platform.python_version(),
        "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "precompute_s": 0,
        "open_index_and_first_related_ms": round(opening_ms, 1),
        "related_first_pass": report(related_first),
        "related_warm": report(related_warm),
        "link_article_first_pass": report(link_first),
        "link_article_warm": report(link_warm),
        "articles": len(articles),
        "links_per_article": links,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
