"""The REF block: lettered items, each citing cables (`06 MOSCOW 11373`, `DOHA 152 (08)`) or
something else (e-mails, intelligence reports, OSC items, telcons, the FAM ...).

Cables are found by tokenising, not by line: an item may name several (`BRASILIA 709 (08) SAO
PAULO 542`, `TEHRAN 1091: TEHRAN 263`), and several items may share a line (`A) MADRID 5426,
B) MADRID 5425`). Each cited cable gets its own Reference carrying its item's label and the
span of text that names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cablebase.model import Reference
from cablebase.telegram.refid import make_ref_id, ref_origin_code

# A list letter at an item start: `A.`, `A)`, `(A)`, `a)`; the `¶` is WikiLeaks' anchor.
_LABEL = re.compile(r"(?:^|(?<=[\s,;:]))¶?\s*(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])[.)])(?=\s|$)")
_NUMBER = re.compile(r"(?<![\w/.-])(\d{1,7})(?![\w/-]|\.\d)")
_TRAILING_YEAR = re.compile(r"\s*\((\d{2}|\d{4})\)")
_WORD = re.compile(r"[A-Z][A-Z'.’-]*$")
_DTG = re.compile(r"\b\d{6}Z?\s+[A-Z]{3}\s+(\d{2}|\d{4})\b")

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"\bE-?\s?MAILS?\b|\bEMAIL", re.I)),
    ("osc", re.compile(r"\bOSC\b|\b[A-Z]{3}\d{14}\b", re.I)),
    (
        "intelligence-report",
        re.compile(r"\bIIR\b|\bTD-\d|\bINTELLIGENCE\s+REPORT|\bDIA\s+REPORT", re.I),
    ),
    ("telcon", re.compile(r"\bTELE?CONS?\b|\bPHONE\s+CALL|\bTELEPHONE", re.I)),
    ("letter", re.compile(r"\bLETTERS?\b", re.I)),
    ("meeting", re.compile(r"\bMEETINGS?\b|\bMEMCONS?\b", re.I)),
    ("fam", re.compile(r"\b\d+\s+FA[MH]\b|\bFA[MH]\s+\d", re.I)),
)


@dataclass(frozen=True, slots=True)
class _Citation:
    start: int
    end: int
    ref_id: str | None


def parse_references(
    block: str,
    *,
    citing_year: int | None,
    citing_origin: str | None = None,
    citing_serial: int | None = None,
) -> tuple[Reference, ...]:
    """The references of a REF block (the text after the `REF:` label)."""
    refs: list[Reference] = []
    for label, item in _items(block.replace("¶", " ")):
        text = " ".join(item.split())
        if not text:
            continue
        refs.extend(_references(label, text, citing_year, citing_origin, citing_serial))
    return tuple(refs)


def _items(block: str) -> list[tuple[str | None, str]]:
    """Split at list letters that come in sequence (A, B, C ...): a stray `J.` in a name or a
    doubled `A. A.` then stays part of the item text."""
    starts: list[tuple[int, int, str]] = []
    expected = "A"
    for m in _LABEL.finditer(block):
        letter = (m.group("p") or m.group("l")).upper()
        if letter == expected:
            starts.append((m.start(), m.end(), letter))
            expected = chr(ord(expected) + 1)
    if not starts:
        return [(None, block)]
    items: list[tuple[str | None, str]] = []
    if block[: starts[0][0]].strip(" \n\t,;:."):
        items.append((None, block[: starts[0][0]]))
    for i, (_, end, letter) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else len(block)
        body = block[end:stop].strip().rstrip(",;")
        # `A. A. STATE 99125`: the letter repeated.
        body = re.sub(rf"^(?:\({letter}\)|{letter}[.)])\s+", "", body, flags=re.I)
        items.append((letter, body))
    return items


def _references(
    label: str | None,
    text: str,
    year: int | None,
    origin: str | None,
    serial: int | None,
) -> list[Reference]:
    upper = text.upper()
    dtg = _DTG.search(upper)
    citations = _citations(upper, year, origin, serial, dtg.group(1) if dtg else None)
    if not citations:
        return [Reference(label, text, None, "dtg" if dtg else _kind(text))]
    kind = "dtg" if dtg else "cable"
    if len(citations) == 1:
        return [Reference(label, text, citations[0].ref_id, kind)]
    out: list[Reference] = []
    for i, c in enumerate(citations):
        end = citations[i + 1].start if i + 1 < len(citations) else len(text)
        span = text[c.start : end].strip(" ,;:") or text
        out.append(Reference(label, span, c.ref_id, kind))
    return out


def _kind(text: str) -> str:
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return "other"


def _citations(
    text: str, year: int | None, origin: str | None, serial: int | None, dtg_year: str | None
) -> list[_Citation]:
    found: list[_Citation] = []
    consumed: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in consumed):
            continue
        post = _post_before(text, m.start())
        if post is None:
            continue
        code, post_start = post
        number = int(m.group(1))
        end = m.end()
        explicit = _year_before(text, post_start, consumed)
        trailing = _TRAILING_YEAR.match(text, end)
        if trailing:
            explicit = explicit or trailing.group(1)
            end = trailing.end()
        explicit = explicit or dtg_year
        cited_year = _resolve_year(explicit, code, number, year, origin, serial)
        ref_id = make_ref_id(cited_year, code, number) if cited_year and number else None
        start = post_start
        if explicit and explicit != dtg_year:
            year_at = text.rfind(explicit, 0, post_start)
            start = year_at if year_at >= 0 and m.start() > year_at >= post_start - 8 else start
        consumed.append((start, end))
        found.append(_Citation(start, end, ref_id))
    return found


def _post_before(text: str, at: int) -> tuple[str, int] | None:
    """The post named by the (up to four) words right before position `at`."""
    words: list[tuple[str, int]] = []
    pos = at
    for m in reversed(list(re.finditer(r"\S+", text[:at]))):
        if text[m.end() : pos].strip() or not _WORD.match(m.group()):
            break
        words.insert(0, (m.group(), m.start()))
        pos = m.start()
        if len(words) == 4:
            break
    for i in range(len(words)):
        code = ref_origin_code(" ".join(w for w, _ in words[i:]))
        if code:
            return code, words[i][1]
    return None


def _year_before(text: str, post_start: int, consumed: list[tuple[int, int]]) -> str | None:
    m = re.search(r"(?<![\w/.-])(\d{4}|\d{2})\s+$", text[:post_start])
    if not m or any(a <= m.start() < b for a, b in consumed):
        return None
    value = m.group(1)
    if len(value) == 4 and not 1940 <= int(value) <= 2049:
        return None
    return value


def _resolve_year(
    explicit: str | None,
    code: str,
    number: int,
    year: int | None,
    origin: str | None,
    serial: int | None,
) -> int | None:
    if explicit:
        yy = int(explicit[-2:])
        return 2000 + yy if yy < 50 else 1900 + yy
    if year is None:
        return None
    # Serials grow through the year: a same-post serial above ours is from last year.
    if origin == code and serial is not None and number > serial:
        return year - 1
    return year
