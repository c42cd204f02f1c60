"""Shared helpers for the format tests: in-memory inputs and the shared data folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cablebase.formats.base import RawInput

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SHARED_SEEDS = SHARED_DATA.parent / "seeds"


def raw_of(data: bytes | str, path: str = "mem") -> RawInput:
    blob = data.encode("utf-8") if isinstance(data, str) else data
    return RawInput(path, blob[:65536], lambda: io.BytesIO(blob), len(blob))


def shared(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when the shared data is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (sibling checkout ../shared is absent)")
    return path
