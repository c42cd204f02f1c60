"""The REF block: lettered items, each citing cables (`06 MOSCOW 11373`, `DOHA 152 (08)`) or
something else (e-mails, intelligence reports, OSC items, telcons, the FAM ...).

Cables are found by tokenising, not by line: an item may name several (`BRASILIA 709 (08) SAO
PAULO 542`, `TEHRAN 1091: TEHRAN 263`, `KABUL 936/935`, `BRASILIA 2799 AND 2764`), and several
items may share a line (`A) MADRID 5426, B) MADRID 5425`). Each cited cable gets its own Reference
carrying its item's label and the span of text that names it; an e-mail or other non-cable
mention between cables gets one too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cablebase.model import Reference
from cablebase.telegram.ref_data import GLUED_POST, KINDS, PAGE_HEADERS, REPAIRS
from cablebase.telegram.refid import make_ref_id, ref_origin_code

# A list letter at an item start: `A.`, `A)`, `(A)`, `[A]`, `a)`; the `¶` is WikiLeaks' anchor.
# The bracketed forms may be glued to the post (`(A)STATE 071143`, `B)HK05511`).
_LABEL = re.compile(
    r"(?:^|(?<=[\s,;:]))¶?\s*(?:(?:\((?P<p>[A-Za-z])\)|\[(?P<b>[A-Za-z])\]|(?P<r>[A-Za-z])\))"
    r"(?=\s|$|[A-Z])|(?P<l>[A-Za-z])\.(?=\s|$))"
)
_NOT_AN_ITEM = re.compile(r"^(?:REF(?:TEL)?S?|REF\(S\))$", re.I)
_NUMBER = re.compile(r"(?<![\w/.-])(\d{1,7})(?![\w/-]|\.\d)")
_TRAILING_YEAR = re.compile(r"\s*\((\d{2}|\d{4})\)")
_WORD = re.compile(r"[A-Z][A-Z'.’-]*$")
_DTG = re.compile(r"\b\d{6}Z?\s+[A-Z]{3}\s+(\d{2}|\d{4})\b")
# Words between a post and its serial that are not part of the post (`COLOMBO CABLES 0266`).
_FILLERS = frozenset({"CABLE", "CABLES", "TEL", "TELS", "REFTEL", "REFTELS"})
_CONNECTOR = re.compile(r"^(?:[\s,;/&]|AND\b|OR\b)+$")
_NEXT_SERIAL = re.compile(r"\s+(?:[A-Z][A-Z'.’-]*\s+){1,4}(?=\d)")
_POST_AFTER = re.compile(r"\s+([A-Z][A-Z'.’-]*(?:\s+[A-Z][A-Z'.’-]*){0,2})\s*(?=[,;.]|$)")
_TOKEN = re.compile(r"\S+")
_YEAR_BEFORE = re.compile(r"(?<![\w/.-])(\d{4}|\d{2})\s+$")
_LONE_SERIAL = re.compile(r"^(\d{3,7})(?:\s+AND\s+PREVIOUS|\s*\(NOTAL\))?\s*[.,;]?\s*$")


@dataclass(frozen=True, slots=True)
class _Citation:
    start: int
    end: int
    ref_id: str | None
    code: str
    year: str | None  # the year as written, when it was


@dataclass(slots=True)
class _Context:
    """The citing cable, and the last cable cited (a bare serial continues its post)."""

    year: int | None
    origin: str | None
    serial: int | None
    last: _Citation | None = None


def parse_references(
    block: str,
    *,
    citing_year: int | None,
    citing_origin: str | None = None,
    citing_serial: int | None = None,
) -> tuple[Reference, ...]:
    """The references of a REF block (the text after the `REF:` label)."""
    refs: list[Reference] = []
    context = _Context(citing_year, citing_origin, citing_serial)
    for label, item in _items(PAGE_HEADERS.sub(" ", block.replace("¶", " "))):
        text = " ".join(item.split())
        if text:
            refs.extend(_references(label, text, context))
    return tuple(refs)


def _items(block: str) -> list[tuple[str | None, str]]:
    """Split at list letters that come in sequence (A, B, C ...): a stray `J.` in a name or a
    doubled `A. A.` then stays part of the item text."""
    starts: list[tuple[int, int, str]] = []
    expected = "A"
    for m in _LABEL.finditer(block):
        letter = (m.group("p") or m.group("b") or m.group("r") or m.group("l")).upper()
        if letter == expected:
            starts.append((m.start(), m.end(), letter))
            expected = chr(ord(expected) + 1)
    if not starts:
        return [(None, block)]
    items: list[tuple[str | None, str]] = []
    head = block[: starts[0][0]].strip(" \n\t,;:.")
    if head and not _NOT_AN_ITEM.match(head):
        items.append((None, head))
    for i, (_, end, letter) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else len(block)
        body = block[end:stop].strip().rstrip(",;")
        # `A. A. STATE 99125`, `A. A)STATE 70789`, `A. A: PANAMA`: the letter repeated.
        body = _repeated_letter(letter).sub("", body)
        items.append((letter, body))
    return items


@lru_cache(maxsize=64)
def _repeated_letter(letter: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:\({letter}\)|{letter}[):])\s*|{letter}\.\s+)", re.I)


def _references(label: str | None, printed: str, context: _Context) -> list[Reference]:
    # Citations are read from the repaired text; an item that is one reference keeps its text
    # as printed (`LAGOS O1512`), spans of several come from the repaired one.
    text = _repaired(printed)
    upper = text.upper()
    dtg = _DTG.search(upper)
    citations = _citations(upper, context, dtg.group(1) if dtg else None)
    if not citations:
        return [Reference(label, printed, None, "dtg" if dtg else _kind(text))]
    kind = "dtg" if dtg else "cable"
    if len(citations) == 1 and not _is_email(_outside(text, citations)):
        return [Reference(label, printed, citations[0].ref_id, kind)]
    out: list[Reference] = []
    lead = text[: citations[0].start].strip(" ,;:")
    if _is_email(lead):
        out.append(Reference(label, lead, None, "email"))
    for i, c in enumerate(citations):
        end = citations[i + 1].start if i + 1 < len(citations) else len(text)
        gap = text[c.end : end].strip(" ,;:")
        if _is_email(gap):
            # `08 STATE 1234; E-Mail Tralala; 05 STATE 1234`: the e-mail is an item too.
            out.append(Reference(label, text[c.start : c.end], c.ref_id, kind))
            out.append(Reference(label, gap, None, "email"))
            continue
        out.append(Reference(label, text[c.start : end].strip(" ,;:") or text, c.ref_id, kind))
    return out


def _repaired(text: str) -> str:
    for pattern, replacement, needs in REPAIRS:
        if not needs or any(c in text for c in needs):
            text = pattern.sub(replacement, text)
    return GLUED_POST.sub(
        lambda m: f"{m.group(1)} {m.group(2)}" if ref_origin_code(m.group(1)) else m.group(0),
        text,
    )


def _outside(text: str, citations: list[_Citation]) -> str:
    return text[: citations[0].start] + " " + text[citations[-1].end :]


def _is_email(text: str) -> bool:
    return bool(KINDS[0][1].search(text))


def _kind(text: str) -> str:
    for kind, pattern in KINDS:
        if pattern.search(text):
            return kind
    return "other"


def _citations(text: str, context: _Context, dtg_year: str | None) -> list[_Citation]:
    found: list[_Citation] = []
    consumed: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in consumed):
            continue
        citation = _citation(text, m, context, found[-1] if found else None, consumed, dtg_year)
        if citation is None:
            continue
        consumed.append((citation.start, citation.end))
        found.append(citation)
        context.last = citation
    return found


def _citation(
    text: str,
    m: re.Match[str],
    context: _Context,
    last: _Citation | None,
    consumed: list[tuple[int, int]],
    dtg_year: str | None,
) -> _Citation | None:
    """The cable a serial names: after its post, continuing the item's last cable (`2799 AND
    2764`), before its post (`870 Ulaanbaatar`) or alone in its item (`B. 2962`)."""
    number = int(m.group(1))
    end = m.end()
    trailing = _TRAILING_YEAR.match(text, end)
    written = trailing.group(1) if trailing else None
    end = trailing.end() if trailing else end
    start = m.start()
    post = _post_before(text, m.start())
    if post is not None:
        code, start = post
        before = _year_before(text, start, consumed)
        if before:
            start = text.rfind(before, 0, start)
        written = before or written
    elif last and _continues(text, last.end, m):
        code, written = last.code, written or last.year  # `BRASILIA 2799 AND 2764`
    elif after := _post_after(text, m.end()):
        code, end = after  # `870 Ulaanbaatar`
    elif _lone_serial(text, m):
        # `B. 2962 AND PREVIOUS`: the post of the item before, or the citing post.
        code = context.last.code if context.last else context.origin or ""
        if not code:
            return None
    else:
        return None
    year = _resolve_year(written or dtg_year, code, number, context)
    ref_id = make_ref_id(year, code, number) if year and number else None
    return _Citation(start, end, ref_id, code, written)


def _lone_serial(text: str, m: re.Match[str]) -> bool:
    """A serial that is its whole item (`B. 2962 AND PREVIOUS`); not a year left alone by a
    broken item (`DAILY REPORT FOR MAY 4 C. 2007 AND PREVIOUS`)."""
    if text[: m.start()].strip() or not _LONE_SERIAL.match(text[m.start() :]):
        return False
    return not (len(m.group(1)) == 4 and 1940 <= int(m.group(1)) <= 2049)


def _continues(text: str, last_end: int, m: re.Match[str]) -> bool:
    """Whether a bare serial continues a list (`2799 AND 2764`, `936 / 935`, `7743, 12155`):
    three digits at least, a connector before it, and no post after it (then it is a year)."""
    gap = text[last_end : m.start()]
    if len(m.group(1)) < 3 or not gap.strip() or not _CONNECTOR.match(gap):
        return False
    ahead = _NEXT_SERIAL.match(text, m.end())
    return not ahead or _post_before(text, ahead.end()) is None


def _post_before(text: str, at: int) -> tuple[str, int] | None:
    """The post named by the (up to four) words right before position `at`; a comma may
    separate it from the serial (`PRAGUE, 1228`), a filler word too (`COLOMBO CABLES 0266`)."""
    words: list[tuple[str, int]] = []
    pos = at
    for m in reversed(list(_TOKEN.finditer(text, 0, at))):
        word = m.group().rstrip(",") if not words else m.group()
        if text[m.end() : pos].strip() or not _WORD.match(word):
            break
        pos = m.start()
        if not words and word in _FILLERS:
            continue
        words.insert(0, (word, m.start()))
        if len(words) == 4:
            break
    for i in range(len(words)):
        code = ref_origin_code(" ".join(w for w, _ in words[i:]))
        if code:
            return code, words[i][1]
    return None


def _post_after(text: str, at: int) -> tuple[str, int] | None:
    m = _POST_AFTER.match(text, at)
    if not m:
        return None
    code = ref_origin_code(m.group(1))
    return (code, m.end()) if code else None


def _year_before(text: str, post_start: int, consumed: list[tuple[int, int]]) -> str | None:
    m = _YEAR_BEFORE.search(text[:post_start])
    if not m or any(a <= m.start() < b for a, b in consumed):
        return None
    value = m.group(1)
    if len(value) == 4 and not 1940 <= int(value) <= 2049:
        return None
    return value


def _resolve_year(explicit: str | None, code: str, number: int, context: _Context) -> int | None:
    if explicit:
        yy = int(explicit[-2:])
        return 2000 + yy if yy < 50 else 1900 + yy
    if context.year is None:
        return None
    # Serials grow through the year: a same-post serial above ours is from last year. A
    # seven-digit serial is a typo, too far off to say anything.
    if context.origin == code and context.serial is not None and context.serial < number < 10**6:
        return context.year - 1
    return context.year
