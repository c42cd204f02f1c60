"""cablemap behaviours: ids (table in cases_ids.py)."""

from __future__ import annotations

import pytest

from tests.cablemap_behaviours import cases_ids as table
from tests.cablemap_behaviours._harness import Case, check_ids_unique, evaluate, params

pytestmark = pytest.mark.cablemap

check_ids_unique(table.CASES)


@pytest.mark.parametrize("case", params(table.CASES))
def test_behaviour(case: Case) -> None:
    outcome = evaluate(case, table.run)
    assert outcome.passed, outcome.explain()
