"""Golden files: every input under tests/golden/<format>/ is detected as <format> by content and
read into the records in the `.json` next to it.

Only the fields the format modules own are compared (for cables: what the envelope and the
source give; for articles: everything), so the telegram parser can grow without breaking these.
Regenerate with `python tests/golden/regenerate.py` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cablebase.formats import detect
from cablebase.formats.base import RawInput
from cablebase.model import Article, Cable, Failure

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
SUFFIXES = (".html", ".csv", ".txt")


def inputs() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*/*") if p.suffix in SUFFIXES)


def _opener(path: Path) -> Any:
    return lambda: path.open("rb")


def project(record: Cable | Article | Failure) -> dict[str, Any]:
    return record.to_json()


def records_for(path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    # A path relative to the golden folder keeps the expected files machine-independent.
    raw = RawInput(path.relative_to(GOLDEN).as_posix(), data[:65536], _opener(path), len(data))
    found = detect(raw)
    if found is None:
        return {"format": None, "records": []}
    fmt, _ = found
    return {"format": fmt.NAME, "records": [project(r) for r in fmt.read(raw)]}


@pytest.mark.parametrize("path", inputs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden(path: Path) -> None:
    expected_file = path.with_suffix(path.suffix + ".json")
    assert expected_file.exists(), f"run tests/golden/regenerate.py to create {expected_file.name}"
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    got = records_for(path)
    assert got["format"] == path.parent.name
    assert got == expected


def test_every_format_has_a_golden_file() -> None:
    from cablebase.formats import FORMATS

    folders = {p.parent.name for p in inputs()}
    assert {f.NAME for f in FORMATS} <= folders
