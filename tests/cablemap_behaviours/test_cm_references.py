"""cablemap behaviours: references (table in cases_references.py)."""

from __future__ import annotations

import pytest

from cablemap_behaviours import cases_references as table
from cablemap_behaviours._harness import Case, check_ids_unique, evaluate

pytestmark = pytest.mark.cablemap

check_ids_unique(table.CASES)


@pytest.mark.parametrize("case", table.CASES, ids=[c.id for c in table.CASES])
def test_behaviour(case: Case) -> None:
    outcome = evaluate(case, table.run)
    assert outcome.passed, outcome.explain()
