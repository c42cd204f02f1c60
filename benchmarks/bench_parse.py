"""Parse speed on the full-scale benchmark corpus, on one core.

    .venv/bin/python -m benchmarks.bench_parse CABLES_CSV [--every 12] [--rounds 3]

CABLES_CSV is the corpus written by ../shared/bench/make_corpus.py. Every Nth row of the whole
file is kept (so the sample has the corpus' mix of years, posts and lengths); then, best of the
rounds, it reports in cables per second of CPU time:

- `parse_cable`: the telegram parser alone, on the row's header and body;
- `parse_row`: what `cablebase parse` does per cables.csv row (decode, split the columns, build
  the envelope, parse);
- `to_json`: turning the Cable into its public JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from cablebase.formats import cables_csv
from cablebase.formats.base import RawInput
from cablebase.formats.cables_csv import RowText
from cablebase.model import Cable
from cablebase.runtime import tune_for_batch
from cablebase.telegram import clear_caches
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable

T = TypeVar("T")


def _sample(path: Path, every: int) -> list[RowText]:
    with path.open("rb") as fh:
        head = fh.read(65536)
    raw = RawInput(str(path), head, lambda: path.open("rb"), path.stat().st_size)
    rows = [r for r in cables_csv.iter_rows(raw) if isinstance(r, RowText)]
    return rows[::every]


def _best_rate(rounds: int, items: Sequence[T], work: Callable[[T], object]) -> float:
    """Best rate over the rounds. Results are dropped as they come, as the CLI streams them:
    keeping ten thousand records alive would time the garbage collector, not the parser."""
    best = 0.0
    for _ in range(rounds):
        clear_caches()  # each round starts cold: only repetition across its cables helps
        start = time.process_time()
        for item in items:
            work(item)
        best = max(best, len(items) / (time.process_time() - start))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--every", type=int, default=12)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    tune_for_batch()  # as the CLI and the ingest workers run
    rows = _sample(args.corpus, args.every)
    cables = [c for c in map(cables_csv.parse_row, rows) if isinstance(c, Cable)]
    texts = [c.header + "\n\n" + c.body for c in cables]
    envelope = Envelope(original_text=True)
    n = len(rows)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {_cpu()}",
        "python": platform.python_version(),
        "sample": f"every {args.every}th row: {n} rows",
        "parse_cable_per_s": round(
            _best_rate(args.rounds, texts, lambda text: parse_cable(text, envelope))
        ),
        "parse_row_per_s": round(_best_rate(args.rounds, rows, cables_csv.parse_row)),
        "to_json_per_s": round(_best_rate(args.rounds, cables, Cable.to_json)),
    }
    print(json.dumps(result))


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
