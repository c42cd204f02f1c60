"""Cable pages of the WikiLeaks Cablegate site (December 2010 build, and the 2011 look-alikes).

A page holds a metadata table (Reference ID, Created, Released, Classification, Origin), an
`<h3>Viewing cable ID, SUBJECT</h3>` title and the cable in two `<code><pre>` blocks (routing
header, then text). The `<pre>` content is not well-formed: newlines are `&#x000A;`, raw `&` and
`<` occur, so it is read with regexes and `html.unescape`, the way a browser would, never as XML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from cablebase.formats.base import RawInput
from cablebase.model import Cable, Failure, Source
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable
from cablebase.textio import tidy

NAME = "wikileaks-html"

_PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre\s*>", re.S | re.I)
# Only a letter after `<` (or `</`) opens a tag, as in HTML5: `<<218634>>` and a lone `<` are text.
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_TABLE = re.compile(r"<table\b[^>]*class=['\"]cable['\"][^>]*>(.*?)</table\s*>", re.S | re.I)
_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t[hd]\s*>", re.S | re.I)
_H3 = re.compile(r"<h3\b[^>]*>\s*Viewing cable\s+(.*?)</h3\s*>", re.S | re.I)
_TAG_LINK = re.compile(
    r"<a\b[^>]*href=['\"][^'\"]*/tag/[^'\"]*['\"][^>]*>(.*?)</a\s*>", re.S | re.I
)
_TIME = re.compile(r"^\d{4}-\d\d-\d\d (\d\d):(\d\d)(?::\d\d)?$")
_SPACES = re.compile(r"\s+")


def block_text(fragment: str) -> str:
    """The text of one `<pre>` block as a browser shows it: `<br>` is a newline, other tags
    vanish with their text kept, character references decode under HTML5 rules (including
    legacy names without `;`, so `&pounding` reads `£ing`). Nothing is trimmed."""

    def tag(m: re.Match[str]) -> str:
        return "\n" if m.group(1).lower() == "br" and not m.group(0).startswith("</") else ""

    return html.unescape(_TAG.sub(tag, fragment))


def _cell_text(fragment: str) -> str:
    return _SPACES.sub(" ", html.unescape(_TAG.sub("", fragment))).strip()


def metadata(page: str) -> dict[str, str]:
    """The metadata table as {header: value}, values being link texts (never `title`s)."""
    m = _TABLE.search(page)
    if not m:
        return {}
    heads: list[str] = []
    values: list[str] = []
    for kind, content in _CELL.findall(m.group(1)):
        (heads if kind.lower() == "h" else values).append(_cell_text(content))
    return dict(zip(heads, values, strict=False))


def title(page: str) -> tuple[str | None, str | None]:
    """(ID, subject) from `<h3>Viewing cable ID, SUBJECT</h3>`; the subject may be empty."""
    m = _H3.search(page)
    if not m:
        return None, None
    # Spacing inside the subject is the cable's own (`TALES OF A PRINCE:  CG MEETS`): keep it.
    text = html.unescape(_TAG.sub("", m.group(1)))
    ref_id, _, subject = text.partition(",")
    return ref_id.strip() or None, subject.strip()


def _minutes_show_hour(stamp: str | None) -> bool:
    # The Dec-2010 build printed `%H:%I`: minutes equal the 12-hour clock hour.
    m = _TIME.match(stamp or "")
    if not m:
        return False
    hour, minute = int(m.group(1)), int(m.group(2))
    return minute == (hour % 12 or 12)


def envelope(page: str) -> Envelope:
    meta = metadata(page)
    h3_id, subject = title(page)
    created, released = meta.get("Created"), meta.get("Released")
    buggy = _minutes_show_hour(created) and _minutes_show_hour(released)
    # Only the links inside the cable text: the sidebar links every tag of the site.
    tags = [_cell_text(t) for pre in _PRE.findall(page) for t in _TAG_LINK.findall(pre)]
    return Envelope(
        ref_id=meta.get("Reference ID") or h3_id,
        created=created or None,
        created_minutes_unreliable=buggy,
        released=released or None,
        released_minutes_unreliable=buggy,
        classification=meta.get("Classification") or None,
        origin=meta.get("Origin") or None,
        subject=subject or None,
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        original_text=True,
    )


def blocks(page: str) -> list[str]:
    return [block_text(b) for b in _PRE.findall(page)]


def cable_text(parts: list[str]) -> str:
    """Header and body joined as one telegram, the site's `¶` anchors removed."""
    return tidy("\n\n".join(parts).replace("¶", ""))


def sniff(raw: RawInput) -> float:
    head = raw.head_text()
    has_pre = bool(re.search(r"<pre\b", head, re.I))
    has_table = bool(_TABLE.search(head)) or "<th>Reference ID</th>" in head
    if has_pre and (has_table or _H3.search(head)):
        return 0.95
    if has_table and "Viewing cable" in head:
        # The page is cut off before its <pre> blocks in the sniffing window.
        return 0.8
    return 0.0


def read(raw: RawInput) -> Iterator[Cable | Failure]:
    page = raw.text()
    parts = blocks(page)
    if not parts:
        yield Failure(raw.path, "no <pre> block holding the cable text", format=NAME)
        return
    env = envelope(page)
    if not env.ref_id:
        yield Failure(raw.path, "no Reference ID in the metadata table or title", format=NAME)
        return
    yield parse_cable(cable_text(parts), env, (Source(raw.path, NAME),))
