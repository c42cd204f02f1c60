"""Plain telegram text: one cable per file, starting at the routing header or the banner.

Accepted starts: `VZCZC…`, a `DE RUEHMO #4420…` line, a date-time group line
(`P R 281848Z DEC 66`), the WikiLeaks partial-extract sentence, or a classification banner
(`C O N F I D E N T I A L …`, `UNCLAS …`). The benchmark's `--format dir` files put
`Reference ID:` … `References:` lines and a blank line in front; those become the envelope.
Without them there is no envelope: the parser derives the ID from banner and DTG.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablebase.formats.base import RawInput
from cablebase.model import Cable, Failure, Source
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable
from cablebase.textio import tidy

NAME = "telegram"

VZCZC = re.compile(r"^VZCZC[A-Z]{2,4}\d*\s*$")
DE_LINE = re.compile(r"^DE R[A-Z]{3,7} #\d{3,4}")
DTG_LINE = re.compile(r"^(?:[ZOPRY] ){1,2}\d{6}Z [A-Z]{3} \d\d\s*$")
PARTIAL = re.compile(r"^This record is a partial extract of the original cable")
# Level words written spaced or not, allowing the stray doubled/missing letters seen in banners.
BANNER = re.compile(
    r"^(?:U ?N ?C ?L ?A ?S|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T"
    r"|L ?I ?M ?I ?T ?E ?D O ?F ?F ?I ?C ?I ?A ?L U ?S ?E)\b",
    re.I,
)
STARTS = (VZCZC, DE_LINE, DTG_LINE, PARTIAL)

_ENVELOPE_KEYS = {
    "reference id": "ref_id",
    "created": "created",
    "released": "released",
    "classification": "classification",
    "origin": "origin",
    "references": "references",
}
_ENVELOPE_LINE = re.compile(r"^(Reference ID|Created|Released|Classification|Origin|References):")


def start_kind(line: str) -> str | None:
    """Which telegram start `line` is, if any: "routing", "partial" or "banner"."""
    if any(p.match(line) for p in (VZCZC, DE_LINE, DTG_LINE)):
        return "routing"
    if PARTIAL.match(line):
        return "partial"
    # A banner is short and shouty; a prose line that merely opens with "Secret" is not one.
    if BANNER.match(line) and len(line) < 120 and line.upper() == line:
        return "banner"
    return None


def split_envelope(text: str) -> tuple[Envelope | None, str]:
    """Split off the `Reference ID:` … block of the benchmark's per-file layout."""
    lines = text.split("\n")
    if not lines or not lines[0].startswith("Reference ID:"):
        return None, text
    values: dict[str, str] = {}
    i = 0
    while i < len(lines) and _ENVELOPE_LINE.match(lines[i]):
        key, _, value = lines[i].partition(":")
        values[_ENVELOPE_KEYS[key.lower()]] = value.strip()
        i += 1
    refs = tuple(r for r in re.split(r"[|,\s]+", values.get("references", "")) if r)
    env = Envelope(
        ref_id=values.get("ref_id") or None,
        created=values.get("created") or None,
        released=values.get("released") or None,
        classification=values.get("classification") or None,
        origin=values.get("origin") or None,
        references=refs,
    )
    return env, "\n".join(lines[i:]).strip("\n")


def _first_lines(text: str, n: int = 3) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()][:n]


def sniff(raw: RawInput) -> float:
    text = tidy(raw.head_text().lstrip("\ufeff"))
    env, rest = split_envelope(text)
    first = _first_lines(rest)
    if not first:
        return 0.0
    kind = start_kind(first[0])
    if env is not None and env.ref_id:
        return 0.95 if kind else 0.7
    if kind == "routing":
        return 0.9
    if kind == "partial":
        return 0.85
    if kind == "banner":
        return 0.8
    return 0.0


def read(raw: RawInput) -> Iterator[Cable | Failure]:
    text = tidy(raw.text().lstrip("\ufeff"))
    env, rest = split_envelope(text)
    if not rest.strip():
        yield Failure(raw.path, "no telegram text after the header lines", format=NAME)
        return
    yield parse_cable(rest.strip("\n"), env or Envelope(), (Source(raw.path, NAME),))
