"""Cables copied into blogs and mirrors (format reference §8): find the metadata the copy kept,
cut the cable out of the page furniture, and hand it to the telegram parser.

Metadata forms: the flattened "Reference ID Created Released Classification Origin" table with
its value line; the "Identifier / Created / Classification / Origin" label block of one mirror;
the post title `ID, FIRST SUBJECT LINE`; the `#cablegate … #REFID` help text; a `Tags:` line.
The cable runs from its first telegram line (VZCZC, DE, DTG, partial-extract sentence or
banner) up to the first footer line (`Wikileaks`, `Advertisements`, `Leave a Reply` …). Repairs
inside the cable (repeated headers, page breaks, broken words) are the parser's job.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from cablebase.formats.base import RawInput
from cablebase.formats.htmltext import html_to_text, looks_like_html
from cablebase.formats.telegram_text import start_kind
from cablebase.model import Cable, Failure, Source
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable
from cablebase.textio import tidy

NAME = "repost"
# The best score `sniff` gives: a format already scoring higher need not ask this one.
MAX_SCORE = 0.92

_ID = r"\d{2}[A-Z]{3,}\d{1,7}"
TABLE_HEAD = re.compile(r"^Reference ID\s+Created\s+Released\s+Classification\s+Origin\s*$")
TABLE_VALUES = re.compile(
    r"^(\S+) (\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?) (\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?) "
    r"(UNCLASSIFIED(?://FOR OFFICIAL USE ONLY)?|CONFIDENTIAL(?://NOFORN)?|SECRET(?://NOFORN)?)"
    r" (.+)$"
)
LABELS = ("Identifier", "Created", "Classification", "Origin")
TITLE = re.compile(rf"^({_ID}), (.+)$")
HASHTAG = re.compile(rf"#cablegate\b.*?#({_ID})\b")
TAGS = re.compile(r"^Tags:\s*(.*)$", re.I)
CABLE_TITLE = re.compile(r"^Cable title:\s*(.*)$", re.I)
FOOTER = re.compile(
    r"^(?:Wikileaks|Advertisements|Share this:|Like this:|Related)\s*$"
    r"|^(?:Post a comment|Leave a Reply|Fill in your details|You are commenting using"
    r"|Connecting to %s|%d bloggers like this|pdf how-to read a cable)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Found:
    """What the page furniture says about the cable, and where the cable text is."""

    envelope: Envelope
    start: int  # index of the first telegram line
    end: int  # index after the last line of the cable
    ids_seen: tuple[str, ...]
    has_metadata: bool


def page_text(raw_text: str) -> str:
    """Text of the repost: HTML is rendered first; NBSP and friends become plain spaces."""
    text = raw_text.lstrip("\ufeff")
    if looks_like_html(text[:20000]):
        text = html_to_text(text)
    return tidy(text)


def _label_block(lines: list[str], i: int) -> list[str] | None:
    """Values of the `Identifier/Created/Classification/Origin` block starting at line i."""
    if [line.strip() for line in lines[i : i + 4]] != list(LABELS):
        return None
    values = [line.strip() for line in lines[i + 4 : i + 8]]
    return values if len(values) == 4 and re.fullmatch(_ID, values[0]) else None


def _first_start(lines: list[str], begin: int) -> int | None:
    for i in range(begin, len(lines)):
        if start_kind(lines[i].strip()):
            return i
    return None


def locate(lines: list[str]) -> Found | None:
    """Find metadata and the cable's line range; None when no telegram start exists."""
    fields: dict[str, str] = {}
    ids: list[str] = []
    tags: tuple[str, ...] = ()
    subject: str | None = None
    meta_end = 0
    has_meta = False
    for i, line in enumerate(lines):
        # Metadata sits above the cable; value lines like `CONFIDENTIAL` are not its start.
        if i >= meta_end and start_kind(line.strip()) and (has_meta or i > 40):
            break
        if TABLE_HEAD.match(line) and i + 1 < len(lines):
            nxt = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
            m = TABLE_VALUES.match(nxt.strip())
            if m:
                keys = ("ref_id", "created", "released", "classification", "origin")
                fields.update(zip(keys, m.groups(), strict=True))
                ids.append(m.group(1))
                has_meta, meta_end = True, i + 2
        if (values := _label_block(lines, i)) is not None:
            fields.update(
                zip(("ref_id", "created", "classification", "origin"), values, strict=True)
            )
            ids.append(values[0])
            has_meta, meta_end = True, i + 8
        if (m := TITLE.match(line.strip())) and subject is None:
            ids.append(m.group(1))
            subject = m.group(2).strip()
            meta_end = max(meta_end, i + 1)
        if m := HASHTAG.search(line):
            ids.append(m.group(1))
            meta_end = max(meta_end, i + 1)
        if m := CABLE_TITLE.match(line.strip()):
            later = m.group(1).strip() or next(
                (x.strip() for x in lines[i + 1 : i + 3] if x.strip()), ""
            )
            subject = subject or later or None
        if m := TAGS.match(line.strip()):
            tags = tuple(m.group(1).split())
            meta_end = max(meta_end, i + 1)
    start = _first_start(lines, meta_end)
    if start is None:
        return None
    end = next((j for j in range(start, len(lines)) if FOOTER.match(lines[j].strip())), len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    env = Envelope(
        ref_id=fields.get("ref_id") or (ids[0] if ids else None),
        created=fields.get("created"),
        released=fields.get("released"),
        classification=fields.get("classification"),
        origin=fields.get("origin"),
        subject=subject,
        tags=tags,
    )
    return Found(env, start, end, tuple(dict.fromkeys(ids)), has_meta or bool(ids))


# Every telegram start `start_kind` accepts, unanchored: searched in the raw head before any
# HTML is rendered. A banner counts only in capitals, as `start_kind` wants it.
_MAYBE_START = re.compile(
    r"VZCZC|DE R[A-Z]{3,7} #\d|\d{6}Z [A-Z]{3} \d\d|This record is a partial extract"
    r"|(?<![A-Za-z])(?:U ?N ?C ?L ?A ?S|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T"
    r"|L ?I ?M ?I ?T ?E ?D O ?F ?F ?I ?C ?I ?A ?L U ?S ?E)(?![A-Za-z0-9_])",
)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


def _may_hold_telegram(head: str) -> bool:
    """False only when no telegram start can be in `head` however it renders. Tags are tried
    both as nothing (`VZ<b>CZC`) and as a break (`UNCLAS<br>FOO`); entities, odd spaces and
    runs of spaces are read as rendering and `tidy` would read them."""
    if _MAYBE_START.search(head):
        return True
    text = _SPACES.sub(" ", html.unescape(head)).replace("\u200b", "").replace("\ufeff", "")
    return any(_MAYBE_START.search(_TAG.sub(sep, text)) for sep in ("", " "))


def sniff(raw: RawInput) -> float:
    head = raw.head_text()
    # Rendering HTML is the slow part; most pages that are no repost fail this test first.
    if not _may_hold_telegram(head):
        return 0.0
    lines = page_text(head).split("\n")
    found = locate(lines)
    if found is None:
        return 0.0
    if found.has_metadata:
        return 0.92
    # A telegram with unrelated text in front of it: still a copy, but with nothing to go on.
    return 0.6 if found.start > 0 else 0.3


def read(raw: RawInput) -> Iterator[Cable | Failure]:
    lines = page_text(raw.text()).split("\n")
    found = locate(lines)
    if found is None:
        yield Failure(
            raw.path, "no telegram text (VZCZC, DE, DTG or banner line) found", format=NAME
        )
        return
    text = "\n".join(lines[found.start : found.end])
    cable = parse_cable(text, found.envelope, (Source(raw.path, NAME, f"line {found.start + 1}"),))
    if len(found.ids_seen) > 1:
        note = "the page names several reference IDs: " + ", ".join(found.ids_seen)
        cable = replace(cable, warnings=(*cable.warnings, note))
    yield cable
