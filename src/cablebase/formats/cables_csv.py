"""The unofficial `cables.csv` dump (and the benchmark corpus in the same layout).

Eight double-quoted columns: row number, `M/D/YYYY H:MM`, reference ID, origin, classification,
referenced IDs joined by `|`, header, body. Quotes inside fields are backslash-escaped
(`\\"`, PHP addslashes style), never doubled, and newlines inside fields are literal.

The file is 1.7 GB, so it is streamed. Records are cut by tracking the quote state line by line
and handed to `csv.reader` one at a time: a broken record then costs only itself. A line that
starts a new record (`"123","1/2/2009 10:11",`) while a field is still open means the previous
record was never closed; it is reported and reading goes on from the new record.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from cablebase.formats.base import RawInput
from cablebase.model import Cable, Failure, Source
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable

NAME = "cables-csv"

RECORD_START = re.compile(r'"\d+","\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d",')
_COLUMNS = 8
_FIELD_LIMIT = 1 << 30


@dataclass(frozen=True, slots=True)
class Chunk:
    """The physical lines of one record candidate, and whether its last field was closed."""

    text: str
    first_line: int
    closed: bool


def _ends_in_quote(line: str, in_quote: bool) -> bool:
    """Quote state after `line`, given the state before it (backslash escapes one char)."""
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if in_quote and c == "\\":
            i += 2
            continue
        if c == '"':
            in_quote = not in_quote
        i += 1
    return in_quote


def chunks(lines: Iterator[str]) -> Iterator[Chunk]:
    """Group physical lines into record candidates. A candidate opens at a record-start line;
    anything else (junk between records) runs up to the next record-start line, so it can never
    swallow a good record."""
    buf: list[str] = []
    first = 0
    junk = False
    in_quote = False
    for number, line in enumerate(lines, start=1):
        starts = RECORD_START.match(line) is not None
        if buf and junk:
            if not starts:
                buf.append(line)
                continue
            yield Chunk("".join(buf), first, closed=True)
            buf = []
        elif buf:
            if in_quote and starts:
                yield Chunk("".join(buf), first, closed=False)
                buf = []
            else:
                buf.append(line)
                in_quote = _ends_in_quote(line, in_quote)
                if not in_quote:
                    yield Chunk("".join(buf), first, closed=True)
                    buf = []
                continue
        if not line.strip():
            continue
        first, buf, junk = number, [line], not starts
        in_quote = starts and _ends_in_quote(line, False)
        if starts and not in_quote:
            yield Chunk(line, first, closed=True)
            buf = []
    if buf:
        yield Chunk("".join(buf), first, closed=junk or not in_quote)


def _parse_rows(text: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), escapechar="\\", doublequote=False, strict=False)
    return [row for row in reader if row]


def _created(value: str) -> str:
    stamp = datetime.strptime(value.strip(), "%m/%d/%Y %H:%M")
    return stamp.strftime("%Y-%m-%d %H:%M")


def split_record(chunk: Chunk, path: str) -> tuple[str, Envelope, Source] | Failure:
    """One record candidate to (telegram text, envelope, source), or a Failure saying plainly
    what is wrong with it."""
    where = f"line {chunk.first_line}"
    lead = re.match(r'"(\d+)"', chunk.text)
    if lead:
        where = f"row {int(lead.group(1))}"
    if not chunk.closed:
        return Failure(path, 'a quoted field is never closed (missing `"`)', where, NAME)
    rows = _parse_rows(chunk.text)
    if len(rows) != 1:
        reason = f"not a cables.csv record ({len(rows)} CSV rows before the next record)"
        return Failure(path, reason, where, NAME)
    row = rows[0]
    if len(row) != _COLUMNS:
        return Failure(path, f"{len(row)} columns where 8 were expected", where, NAME)
    number, date, ref_id, origin, classification, refs, header, body = row
    if not number.strip().isdigit():
        return Failure(path, f"row number {number!r} is not a number", where, NAME)
    try:
        created = _created(date)
    except ValueError:
        return Failure(path, f"date {date!r} is not M/D/YYYY H:MM", where, NAME)
    if not ref_id.strip():
        return Failure(path, "the reference ID column is empty", where, NAME)
    env = Envelope(
        ref_id=ref_id.strip(),
        created=created,
        classification=classification.strip().upper() or None,
        origin=origin.strip() or None,
        # The dump joins with `|`; commas are accepted too, as some descriptions give them.
        references=tuple(r.strip() for r in re.split(r"[|,]", refs) if r.strip()),
        row_number=int(number),
        original_text=True,
    )
    # parse_cable tidies the text itself.
    text = header.rstrip() + "\n\n" + body.rstrip()
    return text, env, Source(path, NAME, f"row {int(number)}")


def record(chunk: Chunk, path: str) -> Cable | Failure:
    parts = split_record(chunk, path)
    if isinstance(parts, Failure):
        return parts
    text, env, source = parts
    return parse_cable(text, env, (source,))


def sniff(raw: RawInput) -> float:
    head = raw.head_text().lstrip("\ufeff")
    if RECORD_START.match(head):
        return 0.97
    return 0.0


def read(raw: RawInput) -> Iterator[Cable | Failure]:
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    with (
        raw.opener() as fh,
        io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="") as text,
    ):
        for chunk in chunks(iter(text)):
            yield record(chunk, raw.path)
