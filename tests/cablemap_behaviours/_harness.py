"""The shared case record and runner for the cablemap behaviour tables.

Each `cases_*.py` module holds `CATEGORY`, `SOURCE` (the cablemap test file(s) the behaviours come
from), `CASES` (a tuple of `Case`) and `run(case)`, which feeds the case's input to cablebase's
public API and returns the value to compare with `case.expected`.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Case:
    id: str  # "<category>-<short name>", unique across the suite
    text: str  # the input: telegram text, a REF block, a TAGS value, a raw ID ...
    expected: Any
    via: str = "cable"  # which API the case goes through; meaning per category
    ref_id: str | None = None  # the cable the snippet comes from (citing cable for REF cases)
    year: int | None = None  # citing year when there is no ref_id
    note: str = ""  # where and why our expectation differs from cablemap's


_ID = re.compile(r"^(\d\d)([A-Z]+?)(\d+)$")


def split_id(ref_id: str) -> tuple[int, str, int]:
    """`07TBILISI1732` -> (2007, "TBILISI", 1732)."""
    m = _ID.match(ref_id)
    if not m:
        raise ValueError(f"not a reference ID: {ref_id!r}")
    yy = int(m.group(1))
    return (2000 + yy if yy < 50 else 1900 + yy), m.group(2), int(m.group(3))


def normalise_space(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


@dataclass(frozen=True)
class Outcome:
    case: Case
    passed: bool
    actual: Any
    error: str | None = None

    def explain(self) -> str:
        lines = [f"{self.case.id}: expected {self.case.expected!r}"]
        if self.error:
            lines.append(f"raised {self.error}")
        else:
            lines.append(f"got      {self.actual!r}")
        if self.case.note:
            lines.append(f"note: {self.case.note}")
        return "\n".join(lines)


def evaluate(case: Case, run: Callable[[Case], Any]) -> Outcome:
    try:
        actual = run(case)
    except Exception as exc:  # a missing function or a crash is a failed behaviour
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return Outcome(case, False, None, last)
    return Outcome(case, actual == case.expected, actual)


def check_ids_unique(cases: tuple[Case, ...]) -> None:
    seen: set[str] = set()
    for c in cases:
        if c.id in seen:
            raise AssertionError(f"duplicate case id {c.id}")
        seen.add(c.id)


def params(cases: tuple[Case, ...]) -> list[Any]:
    """pytest parameters for `cases`, the known gaps marked as strict xfails with their reason."""
    import pytest

    from tests.cablemap_behaviours.known_gaps import KNOWN_GAPS

    return [
        pytest.param(
            case,
            id=case.id,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case.id])]
            if case.id in KNOWN_GAPS
            else [],
        )
        for case in cases
    ]
