"""Ingest speed through the real CLI path, and the cost of running it again (a no-op).

    .venv/bin/python -m benchmarks.bench_ingest CABLES_CSV [--db FILE] [--jobs N] [--keep]

Runs `cablebase ingest CABLES_CSV --db DB --quiet` twice as a subprocess and prints one JSON
line per run: wall time, cables per second, peak memory and the archive's size and counts.
Peak memory is given three ways: `peak_rss_mib`, the largest single process (getrusage of the
children); `peak_tree_rss_mib`, the largest sum over the CLI and its worker processes at one
moment (sampled from /proc every 0.2 s); and `peak_tree_anon_mib`, the same without the pages
of mapped files (the search index's segments, read through mmap while tantivy merges them).
CABLES_CSV is the corpus written by ../shared/bench/make_corpus.py. The archive is written in
a temporary folder and removed, unless --db names it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

_PAGE = os.sysconf("SC_PAGE_SIZE")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses; fields resume after the last ')'.
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss(root: int) -> tuple[int, int]:
    """Resident bytes of `root` and all its descendants right now: in all, and anonymous
    (the rest are pages of files mapped in, such as the search index's segments while
    tantivy merges them: the kernel can drop those at any time)."""
    tree, total, anon, todo = _children(), 0, 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            fields = Path(f"/proc/{pid}/statm").read_text().split()
        except OSError:
            continue
        total += int(fields[1]) * _PAGE
        anon += (int(fields[1]) - int(fields[2])) * _PAGE
    return total, anon


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())


def stats(db: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "cablebase", "stats", "--json", "--db", str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(out)
    keys = ("cables", "versions", "sources", "failures", "row_numbers")
    return {k: data[k] for k in keys}


def run_ingest(corpus: Path, db: Path, jobs: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "cablebase", "ingest", str(corpus), "--db", str(db), "--quiet"]
    cmd += ["--jobs", str(jobs)]
    peak = peak_anon = 0
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_anon
        while not done.wait(0.2):
            total, anon = tree_rss(proc.pid)
            peak, peak_anon = max(peak, total), max(peak_anon, anon)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    wall = time.monotonic() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{output}")
    counts = stats(db)
    return {
        "command": " ".join(["cablebase", *cmd[3:]]),
        "exit_code": proc.returncode,
        "wall_s": round(wall, 1),
        "rows_per_s": round(counts["row_numbers"] / wall),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "peak_tree_rss_mib": round(peak / 2**20),
        "peak_tree_anon_mib": round(peak_anon / 2**20),
        "db_mib": round(_db_bytes(db) / 2**20),
        **counts,
        "summary": output.strip().splitlines(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--db", type=Path, help="archive to write (default: a temporary file)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        first = run_ingest(args.corpus, db, args.jobs)
        print(json.dumps({"run": "first", **first}), flush=True)
        second = run_ingest(args.corpus, db, args.jobs)
        keys = ("cables", "versions", "sources", "failures", "row_numbers")
        second["counts_unchanged"] = all(first[k] == second[k] for k in keys)
        print(json.dumps({"run": "again (no-op)", **second}), flush=True)


if __name__ == "__main__":
    main()
