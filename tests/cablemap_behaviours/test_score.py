"""The acceptance figure: cablebase passes at least 90% of cablemap's own behaviours."""

from __future__ import annotations

import pytest

from tests.cablemap_behaviours._harness import evaluate
from tests.cablemap_behaviours._modules import MODULES
from tests.cablemap_behaviours.known_gaps import KNOWN_GAPS

pytestmark = pytest.mark.cablemap


def test_overall_pass_rate_is_at_least_90_percent() -> None:
    outcomes = [evaluate(case, module.run) for module in MODULES for case in module.CASES]
    passed = sum(o.passed for o in outcomes)
    assert len(outcomes) >= 400
    assert passed / len(outcomes) >= 0.90, f"{passed}/{len(outcomes)}"


def test_known_gaps_name_real_cases() -> None:
    ids = {case.id for module in MODULES for case in module.CASES}
    assert set(KNOWN_GAPS) <= ids
