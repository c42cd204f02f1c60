"""A cable's other versions (differing texts read from other sources), each with a readable
line diff against the version the archive shows."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Literal

from cablebase.model import Cable
from cablebase.store.base import text_hash

# Beyond this many lines a side, difflib's time grows past what a page view should cost.
MAX_DIFF_LINES = 3000
CONTEXT_LINES = 2

LineKind = Literal["hunk", "add", "del", "same"]


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: LineKind
    text: str


@dataclass(frozen=True)
class Version:
    cable: Cable
    shown: bool
    diff: tuple[DiffLine, ...] | None  # None: the shown version, or too long to compare

    def to_json(self) -> dict[str, Any]:
        return {
            "shown": self.shown,
            "text_hash": text_hash(self.cable),
            "sources": [s.to_json() for s in self.cable.sources],
            "partial": self.cable.partial,
            "paragraphs": len(self.cable.paragraphs),
            "diff": None if self.diff is None else [[d.kind, d.text] for d in self.diff],
        }


def _text(cable: Cable) -> list[str]:
    return f"{cable.header}\n\n{cable.body}".strip("\n").split("\n")


def line_diff(old: list[str], new: list[str]) -> tuple[DiffLine, ...] | None:
    """The unified diff from `old` to `new` as typed lines; None when too long to compare."""
    if len(old) > MAX_DIFF_LINES or len(new) > MAX_DIFF_LINES:
        return None
    out: list[DiffLine] = []
    for line in difflib.unified_diff(old, new, n=CONTEXT_LINES, lineterm=""):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            out.append(DiffLine("hunk", line))
        elif line.startswith("+"):
            out.append(DiffLine("add", line[1:]))
        elif line.startswith("-"):
            out.append(DiffLine("del", line[1:]))
        else:
            out.append(DiffLine("same", line[1:]))
    return tuple(out)


def compare_versions(shown: Cable, versions: list[Cable]) -> list[Version]:
    """Every version, the shown one first; the others diffed from it. An archive with one
    version of the cable gives an empty list: there is nothing to compare."""
    if len(versions) < 2:
        return []
    key = text_hash(shown)
    base = _text(shown)
    ordered = sorted(versions, key=lambda v: text_hash(v) != key)
    return [
        Version(v, True, None)
        if text_hash(v) == key
        else Version(v, False, line_diff(base, _text(v)))
        for v in ordered
    ]
