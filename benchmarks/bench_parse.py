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
from pathlib import Path

from cablebase.formats import cables_csv
from cablebase.formats.base import RawInput
from cablebase.formats.cables_csv import RowText
from cablebase.model import Cable
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable


def _sample(path: Path, every: int) -> list[RowText]:
    with path.open("rb") as fh:
        head = fh.read(65536)
    raw = RawInput(str(path), head, lambda: path.open("rb"), path.stat().st_size)
    rows = [r for r in cables_csv.iter_rows(raw) if isinstance(r, RowText)]
    return rows[::every]


def _best_rate(rounds: int, count: int, work: object) -> float:
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        work()  # type: ignore[operator]
        best = max(best, count / (time.process_time() - start))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--every", type=int, default=12)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
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
            _best_rate(args.rounds, len(texts), lambda: [parse_cable(t, envelope) for t in texts])
        ),
        "parse_row_per_s": round(
            _best_rate(args.rounds, n, lambda: [cables_csv.parse_row(r) for r in rows])
        ),
        "to_json_per_s": round(
            _best_rate(args.rounds, len(cables), lambda: [c.to_json() for c in cables])
        ),
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
