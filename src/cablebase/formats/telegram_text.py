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
from cablebase.telegram import patterns as p
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable
from cablebase.textio import tidy

NAME = "telegram"

STARTS = (p.TRANSMISSION_ID, p.DE_LINE, p.DTG_LINE, p.PARTIAL_EXTRACT)

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
    if any(pattern.match(line) for pattern in (p.TRANSMISSION_ID, p.DE_LINE, p.DTG_LINE)):
        return "routing"
    if p.PARTIAL_EXTRACT.match(line):
        return "partial"
    # A banner is short and shouty; a prose line that merely opens with "Secret" is not one.
    if p.BANNER_LOOSE.match(line) and len(line) < 120 and line.upper() == line:
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
