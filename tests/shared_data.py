"""The real data in ../shared/data (a sibling checkout), for tests that skip without it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the calling test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (sibling checkout ../shared is absent)")
    return path


def wikileaks_truth() -> list[dict[str, Any]]:
    """The ground truth of the WikiLeaks dev pages, one dict per page."""
    with shared_path("wikileaks-2010", "truth.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
