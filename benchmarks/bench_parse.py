"""Parse speed on the full-scale benchmark corpus (one core).

    .venv/bin/python -m benchmarks.bench_parse CABLES_CSV [--n 20000]

CABLES_CSV is the corpus written by ../shared/bench/make_corpus.py. Reports the rate of
`parse_cable` alone (the CSV already split into rows) and of the whole `cables-csv` reader
(CSV reading + parsing), in cables per second.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import platform
import time
from pathlib import Path

from cablebase.formats import cables_csv
from cablebase.formats.base import RawInput
from cablebase.model import Cable
from cablebase.telegram.envelope import Envelope


def _raw(path: Path, limit_bytes: int) -> RawInput:
    with path.open("rb") as fh:
        data = fh.read(limit_bytes)
    # Cut at the last complete record so the sample has no broken row.
    cut = data.rfind(b'"\n"')
    data = data[: cut + 2]
    return RawInput(str(path), data[:65536], lambda: io.BytesIO(data), len(data))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n", type=int, default=20000)
    args = ap.parse_args()
    raw = _raw(args.corpus, args.n * 7500)
    start = time.perf_counter()
    cables = [r for r in itertools.islice(cables_csv.read(raw), args.n) if isinstance(r, Cable)]
    reader_s = time.perf_counter() - start
    n = len(cables)
    texts = [(c.header + "\n\n" + c.body) for c in cables]
    from cablebase.telegram.parse import parse_cable

    start = time.perf_counter()
    envelope = Envelope(original_text=True)
    for text in texts:
        parse_cable(text, envelope)
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    for c in cables:
        json.dumps(c.to_json())
    json_s = time.perf_counter() - start
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
                "python": platform.python_version(),
                "cables": n,
                "reader_cables_per_s": round(n / reader_s),
                "parse_cable_per_s": round(n / parse_s),
                "to_json_per_s": round(n / json_s),
            }
        )
    )


if __name__ == "__main__":
    main()
