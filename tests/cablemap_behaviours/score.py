"""Score cablebase against the behaviours taken from cablemap's test suite.

Run: .venv/bin/python tests/cablemap_behaviours/score.py [-v]   (-v lists every failing case)
Acceptance: overall pass rate >= 90% (cablemap itself passes about 71% of these behaviours).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.cablemap_behaviours._harness import evaluate
from tests.cablemap_behaviours._modules import MODULES

TARGET = 90.0


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    total = passed = 0
    failures = []
    print(f"{'category':<18}{'pass':>6}{'cases':>7}{'%':>8}")
    for module in MODULES:
        outcomes = [evaluate(case, module.run) for case in module.CASES]
        ok = sum(o.passed for o in outcomes)
        n = len(outcomes)
        total += n
        passed += ok
        failures.extend(o for o in outcomes if not o.passed)
        print(f"{module.CATEGORY:<18}{ok:>6}{n:>7}{100.0 * ok / n:>7.1f}%")
    pct = 100.0 * passed / total if total else 0.0
    print(f"{'overall':<18}{passed:>6}{total:>7}{pct:>7.1f}%   (target >= {TARGET:.0f}%)")
    if verbose:
        for o in failures:
            print("\n" + o.explain())
    return 0 if pct >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
