"""The unofficial `cables.csv` dump (and the benchmark corpus in the same layout).

Eight double-quoted columns: row number, `M/D/YYYY H:MM`, reference ID, origin, classification,
referenced IDs joined by `|`, header, body. Quotes inside fields are backslash-escaped
(`\\"`, PHP addslashes style), never doubled, and newlines inside fields are literal.

The file is 1.7 GB, so it is streamed, and reading is split in two steps so that the slow one
can run in other processes: `iter_rows` cuts the raw bytes into records (regular expressions
over big blocks, no decoding), `parse_row` decodes and parses one record. A line that starts a
new record (`"123","1/2/2009 10:11",`) always starts a new candidate, even inside an open
field: a broken record then costs only itself, and the record after it is read as usual.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from cablebase.formats.base import RawInput
from cablebase.model import Cable, Failure, Source
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable

NAME = "cables-csv"

RECORD_START = re.compile(r'"\d+","\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d",')
_START = rb'"[0-9]+","[0-9]{1,2}/[0-9]{1,2}/[0-9]{4} [0-9]{1,2}:[0-9]{2}",'
_START_LINE = re.compile(_START)
# Searched with the newline in front: a literal prefix makes the search run at memchr speed,
# where `^` in MULTILINE mode is tried at every byte.
_NEXT_START = re.compile(rb"\n" + _START)
_BLANK_LINES = re.compile(rb"(?:[ \t\r\f\v]*\n)*+")
_LEAD = re.compile(rb'"([0-9]+)"')
_BOM = b"\xef\xbb\xbf"
_BLOCK = 8 << 20
# Long enough to hold a record-start prefix cut by a block boundary.
_OVERLAP = 64
_COLUMNS = 8
_FIELD_LIMIT = 1 << 30


@dataclass(frozen=True, slots=True)
class RowText:
    """The raw bytes of one record candidate (not decoded yet), where it was read, and the
    line it starts on. Small and picklable: it is what worker processes are sent."""

    path: str
    data: bytes
    first_line: int


def _where(data: bytes | bytearray, start: int, line: int) -> str:
    lead = _LEAD.match(data, start)
    return f"row {int(lead.group(1))}" if lead else f"line {line}"


def _record_end(buf: bytes, pos: int, end: int) -> int | None:
    """Index just past the first line end outside quotes, from `pos` (or `end` when the input
    ends first); None when a quoted field is still open at `end`. Inside quotes `\\` escapes
    any byte, a newline included; outside it is an ordinary byte.

    `bytes.find` runs at memchr speed; a regular expression over the same bytes was 60 times
    slower, as `re` matches a character class byte by byte."""
    while True:
        quote = buf.find(b'"', pos, end)
        newline = buf.find(b"\n", pos, quote if quote >= 0 else end)
        if newline >= 0:
            return newline + 1
        if quote < 0:
            return end
        pos = quote + 1
        close = buf.find(b'"', pos, end)
        while True:
            if close < 0:
                return None
            slash = buf.find(b"\\", pos, close)
            if slash < 0:
                pos = close + 1
                break
            pos = slash + 2
            if pos > close:
                close = buf.find(b'"', pos, end)


def _segment(buf: bytes, start: int, end: int, line: int, path: str) -> Iterator[RowText | Failure]:
    """The record (if `start` opens one) and any junk up to `end`, where the next record
    starts. `line` is the line number at `start`."""
    pos = start
    if _START_LINE.match(buf, start, end):
        closed = _record_end(buf, start, end)
        if closed is None:
            where = _where(buf, start, line)
            yield Failure(path, 'a quoted field is never closed (missing `"`)', where, NAME)
            return
        pos = closed
        yield RowText(path, buf[start:pos], line)
    pos = _BLANK_LINES.match(buf, pos, end).end()  # type: ignore[union-attr]
    if pos < end and buf[pos:end].strip():
        # Text between records that is not a record: reported on its own, never merged
        # into the record before or after it.
        yield RowText(path, buf[pos:end], line + buf.count(b"\n", start, pos))


def _without_bom(blocks: Iterable[bytes]) -> Iterator[bytes]:
    blocks = iter(blocks)
    head = b""
    for block in blocks:
        head += block
        if len(head) >= len(_BOM):
            break
    yield head.removeprefix(_BOM)
    yield from blocks


def scan(blocks: Iterable[bytes], path: str) -> Iterator[RowText | Failure]:
    """Cut a stream of byte blocks into record candidates and failures, in file order."""
    buf = b""
    line = 1
    search_from = 1  # a start at 0 is the one the current segment opens with
    for block in _without_bom(blocks):
        buf = buf + block if buf else block
        cut = 0
        for m in _NEXT_START.finditer(buf, search_from - 1):
            yield from _segment(buf, cut, m.start() + 1, line, path)
            line += buf.count(b"\n", cut, m.start() + 1)
            cut = m.start() + 1
        # Only the unfinished segment is kept; one copy per block, not per record.
        buf = buf[cut:]
        search_from = max(1, len(buf) - _OVERLAP)
    if buf:
        yield from _segment(buf, 0, len(buf), line, path)


def iter_rows(raw: RawInput) -> Iterator[RowText | Failure]:
    """The record candidates of a cables.csv input, cut but not parsed (see `parse_row`)."""
    with raw.opener() as fh:
        yield from scan(iter(lambda: fh.read(_BLOCK), b""), raw.path)


def _parse_rows(text: str) -> list[list[str]]:
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text), escapechar="\\", doublequote=False, strict=False)
    return [row for row in reader if row]


_ROW_ENDS = ("\n", "\r\n", "")


def _field(span: str) -> str | None:
    """A quoted field (without its quotes) as the csv module reads it, or None when it holds
    a quote that is not escaped or an escaped backslash (left to the csv module). Any other
    escape (`\\"`, `\\'`) is a backslash before the character it stands for."""
    if "\\" not in span:
        return None if '"' in span else span
    parts = span.split("\\")
    if '"' in parts[0]:
        return None
    for part in parts[1:]:
        if not part or '"' in part[1:]:
            return None
    return "".join(parts)


def _split_fields(text: str) -> list[list[str]]:
    """The CSV rows of a record candidate, as the csv module reads them. A well-formed record
    (eight quoted fields, nothing between or after them) is cut with substring searches;
    anything else goes to the csv module, which reads character by character (it took a
    tenth of the time `cablebase parse` spent on a row)."""
    last = text.rfind('"')
    if text[:1] != '"' or last < 1 or text[last + 1 :] not in _ROW_ENDS:
        return _parse_rows(text)
    fields: list[str] = []
    pos = 1
    for _ in range(_COLUMNS - 1):
        close = text.find('","', pos, last)
        value = _field(text[pos:close]) if close >= 0 else None
        if value is None:
            return _parse_rows(text)
        fields.append(value)
        pos = close + 3
    value = _field(text[pos:last])
    if value is None:
        return _parse_rows(text)
    fields.append(value)
    return [fields]


_REF_SEPARATORS = re.compile(r"[|,]")
_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}) ([0-9]{1,2}):([0-9]{2})")


def _created(value: str) -> str:
    """`M/D/YYYY H:MM` as `YYYY-MM-DD HH:MM`; ValueError when it is no such date."""
    m = _DATE.fullmatch(value.strip())
    if m is None or m[3] < "1000":
        # strptime is the reference; the pattern is a faster way to the usual case.
        stamp = datetime.strptime(value.strip(), "%m/%d/%Y %H:%M")
        return stamp.strftime("%Y-%m-%d %H:%M")
    month, day, year, hour, minute = map(int, m.groups())
    datetime(year, month, day, hour, minute)  # ValueError for an impossible date
    return f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"


def _failure(row: RowText, reason: str) -> Failure:
    return Failure(row.path, reason, _where(row.data, 0, row.first_line), NAME)


def split_record(row: RowText) -> tuple[str, Envelope, Source] | Failure:
    """One record candidate to (telegram text, envelope, source), or a Failure saying plainly
    what is wrong with it."""
    path = row.path
    rows = _split_fields(row.data.decode("utf-8", "replace"))
    if len(rows) != 1:
        reason = f"not a cables.csv record ({len(rows)} CSV rows before the next record)"
        return _failure(row, reason)
    fields = rows[0]
    if len(fields) != _COLUMNS:
        return _failure(row, f"{len(fields)} columns where 8 were expected")
    number, date, ref_id, origin, classification, refs, header, body = fields
    if not number.strip().isdigit():
        return _failure(row, f"row number {number!r} is not a number")
    try:
        created = _created(date)
    except ValueError:
        return _failure(row, f"date {date!r} is not M/D/YYYY H:MM")
    if not ref_id.strip():
        return _failure(row, "the reference ID column is empty")
    env = Envelope(
        ref_id=ref_id.strip(),
        created=created,
        classification=classification.strip().upper() or None,
        origin=origin.strip() or None,
        # The dump joins with `|`; commas are accepted too, as some descriptions give them.
        references=tuple(r.strip() for r in _REF_SEPARATORS.split(refs) if r.strip()),
        row_number=int(number),
        original_text=True,
    )
    # parse_cable tidies the text itself.
    text = header.rstrip() + "\n\n" + body.rstrip()
    return text, env, Source(path, NAME, f"row {int(number)}")


def _brief(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    message = lines[0][:160] if lines else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def parse_row(row: RowText) -> Cable | Failure:
    """One record candidate to a cable, or a Failure. Never raises: a parser bug on one row
    must not cost the rows after it."""
    try:
        parts = split_record(row)
        if isinstance(parts, Failure):
            return parts
        text, env, source = parts
        return parse_cable(text, env, (source,))
    except Exception as exc:
        reason = f"could not be parsed ({_brief(exc)}); the row was skipped — please report it"
        return Failure(row.path, reason, _where(row.data, 0, row.first_line), NAME)


def sniff(raw: RawInput) -> float:
    head = raw.head_text().lstrip("\ufeff")
    if RECORD_START.match(head):
        return 0.97
    return 0.0


def read(raw: RawInput) -> Iterator[Cable | Failure]:
    for row in iter_rows(raw):
        yield row if isinstance(row, Failure) else parse_row(row)
