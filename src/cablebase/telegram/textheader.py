"""The text header: from the classification banner to the first paragraph. Finds where each field
is (captions, passing lines, E.O., TAGS, SUBJECT, REF, Classified By) and what to drop as a
repeated header block; the values are normalised in `values.py` and `references.py`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cablebase.telegram import patterns as p

_MAX_ZONE = 80  # lines: a text header never runs longer; past this we are in the body
_LETTER_ITEM = re.compile(r"^\s*¶?\s*\(?[A-Za-z]\)?\s*[.)]\s*\S|^\s*\(?[A-Z]\)\s*\S")
_INLINE_SUBJECT = re.compile(r"\s(?:SUBJECT|Subject|SUBJ)\s*:\s*")
_INLINE_TAGS = re.compile(r"\s(?:TAGS|Tags)\s*:?\s+(?=[A-Za-z]{2,5})|\sT?AGS:\s*(?=[A-Z]{2})")
_LEVEL_ALONE = re.compile(
    r"^\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s*$|^\s*PAGE\s+\d{2}\s"
)
_REASONS = re.compile(r"1\s*[.,/]\s*[45]|REASON|DERIVED", re.IGNORECASE)
_DANGLING_LABEL = re.compile(r"(?:^|\s)\(?[A-Z][.)]$")
_INLINE_CLASSIFIED = re.compile(r"\s(?=Classified\s+By\b|CLASSIFIED\s+BY\b)", re.IGNORECASE)


@dataclass
class TextHeader:
    banner_line: int | None = None
    level: str | None = None
    post: str | None = None
    mrn: str | None = None
    section: int | None = None
    captions: list[str] = field(default_factory=list)
    passing: list[str] = field(default_factory=list)
    eo: str | None = None
    tags: str | None = None
    subject: str | None = None
    ref: str | None = None
    classified_by: str | None = None
    body_start: int = 0  # first line of the body proper (after the text header)
    dropped: set[int] = field(default_factory=set)  # repeated header blocks, page breaks


# First letters of every banner form: levels, damaged levels, sentence case.
_BANNER_FIRST = frozenset("CSTUOLEcstuole")


def find_banner(lines: list[str], start: int = 0) -> int | None:
    """Index of the classification line: the first banner after the routing header. A bare
    level word (`CONFIDENTIAL`) counts only where a text header follows it, not as a trailer."""
    for i in range(start, min(len(lines), start + 400)):
        line = lines[i]
        first = line.lstrip()[:1]
        if first not in _BANNER_FIRST:
            if first in "0123456789¶" and first and p.PARAGRAPH_START.match(line):
                return None
            continue
        if len(line) >= 90 and p.BANNER.match(unglue(line)[0]):
            lines[i : i + 1] = unglue(line)
            return i
        if p.BANNER.match(line):
            return i
        if (
            p.BANNER_LOOSE.match(line)
            and not p.SECURITY_LINE.match(line)
            and len(line) < 90
            and _header_follows(lines, i + 1)
        ):
            return i
    return None


def _header_follows(lines: list[str], i: int) -> bool:
    for line in lines[i : i + 15]:
        if p.PARAGRAPH_START.match(line):
            return False
        if _is_field_start(line):
            return True
    return False


def _split_inline(text: str, pattern: re.Pattern[str]) -> tuple[str, str | None]:
    m = pattern.search(text)
    if not m:
        return text, None
    return text[: m.start()].rstrip(), text[m.end() :]


def _is_field_start(line: str) -> bool:
    return bool(
        p.EO_LINE.match(line)
        or (p.TAGS_LINE.match(line) and not _looks_like_prose(line))
        or p.SUBJECT_LINE.match(line)
        or (p.REF_LINE.match(line) and not _looks_like_prose(line))
        or p.CLASSIFIED_BY.match(line)
    )


def is_text_start(line: str) -> bool:
    """A line that belongs to the text, not the routing header: a header field or a paragraph."""
    return bool(_is_field_start(line) or p.PARAGRAPH_START.match(line))


def _looks_like_prose(line: str) -> bool:
    # "Tags are ..." or "Reform of ..." are sentences, not labels: a label has a colon, or is
    # followed by upper-case codes.
    m = re.match(r"^\s*(\w+)\s*(:?)\s*(\S*)", line)
    if not m:
        return False
    label, colon, nxt = m.groups()
    return not colon and bool(nxt) and nxt[:1].islower() and label.isalpha() and label[1:].islower()


def _continue(
    lines: list[str], i: int, stop_blank: bool = True, stop_at_prose: bool = False
) -> tuple[list[str], int]:
    """Collect continuation lines after line i until a blank line (when `stop_blank`), another
    field label, a paragraph start, a heading underline or a page header; a page-break line is
    skipped. An all-capitals field does not continue into a line of mixed-case prose."""
    out: list[str] = []
    capitals = stop_at_prose and lines[i].upper() == lines[i]
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            if stop_blank:
                break
            j += 1
            continue
        if (
            _is_field_start(line)
            or p.PARAGRAPH_START.match(line)
            or p.BANNER.match(line)
            or p.DASH_LINE.match(line)
            or p.OLD_PAGE_HEADER.match(line)
            or _LEVEL_ALONE.match(line)
            or (capitals and any(c.islower() for c in line) and sum(c.isupper() for c in line) > 1)
        ):
            break
        if p.PAGE_BREAK.match(line):
            j += 1
            continue
        out.append(line.strip())
        j += 1
    return out, j


_GLUED_LABEL = re.compile(
    r"\s{2,}(?=SIPDIS\b|E\.\s?O\.\s?1\d{4}|EO\s1\d{4}|TAGS?:|SUBJECT:|REF:|Classified\s+By\b)",
    re.IGNORECASE,
)


def unglue(line: str) -> list[str]:
    """Reformatted renditions run the whole text header into one line: split it at its labels."""
    if len(line) < 90:
        return [line]
    return [part for part in _GLUED_LABEL.split(line) if part.strip()]


def parse_text_header(lines: list[str], banner: int | None, start: int = 0) -> TextHeader:
    """Segment the text header starting at `banner` (or at `start` when there is none)."""
    th = TextHeader(banner_line=banner)
    i = start if banner is None else banner
    if banner is not None:
        m = p.BANNER.match(lines[banner])
        loose = p.BANNER_LOOSE.match(lines[banner])
        if m:
            th.level, th.post, th.mrn = m.group("level"), m.group("post"), m.group("mrn")
            th.section = int(m.group("section")) if m.group("section") else None
        elif loose:
            th.level = loose.group("level")
        i = banner + 1
    end = min(len(lines), i + _MAX_ZONE)
    zone_start = i
    seen_subject = False
    last_field_end = i
    while i < end:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        if p.PARAGRAPH_START.match(line):
            if th.classified_by is None:
                th.classified_by = _classified_by_in_paragraph(lines, i)
            break
        if p.PAGE_BREAK.match(line):
            th.dropped.add(i)
            i += 1
            continue
        if (
            th.banner_line is not None
            and (p.BANNER.match(line))
            and (th.eo or th.tags or seen_subject)
        ):
            # A repeated header block (mirrors copy it twice): drop it through its Classified By.
            i = _skip_repeat(lines, i, th)
            last_field_end = i
            continue
        if p.CLASSIFIED_BY.match(line) and (
            th.classified_by is None or not _REASONS.search(th.classified_by)
        ):
            more, i = _continue(lines, i)
            th.classified_by = " ".join([stripped, *more])
            last_field_end = i
            continue
        if th.eo is None and (
            p.EO_LINE.match(line) or (not seen_subject and p.EO_LABEL.search(line))
        ):
            eo_text, rest = _split_inline(stripped, _INLINE_TAGS)
            # `DEPT FOR WHA/BSC E.O. 12958: ...`: the passing text before the label is kept apart.
            label = p.EO_LABEL.search(eo_text)
            if label and label.start() > 0:
                th.passing.append(eo_text[: label.start()].strip())
                eo_text = eo_text[label.start() :]
            th.eo = eo_text
            if rest is not None:
                lines[i] = "TAGS: " + rest
                continue
            i += 1
            last_field_end = i
            continue
        if (m := p.TAGS_LINE.match(line)) and th.tags is None and not _looks_like_prose(line):
            tags_text, subject_rest = _split_inline(m.group("rest"), _INLINE_SUBJECT)
            more, j = ([], i + 1) if subject_rest is not None else _continue(lines, i)
            if more and subject_rest is None:
                last, subject_rest = _split_inline(more[-1], _INLINE_SUBJECT)
                more[-1] = last
            th.tags = " ".join([tags_text, *more])
            if subject_rest is not None:
                i = j - 1
                lines[i] = "SUBJECT: " + subject_rest
                continue
            i = j
            last_field_end = i
            continue
        if (m := p.SUBJECT_LINE.match(line)) and not seen_subject:
            more, i = _continue(lines, i, stop_at_prose=True)
            subject = " ".join([m.group("rest").strip(), *more])
            if subject.rstrip()[-1:].isdigit():  # a page break ends in digits
                subject = p.PAGE_BREAK_TAIL.sub("", subject)
            subject, ref_rest = (
                _split_inline(subject, p.REF_LABEL_INLINE) if ":" in subject else (subject, None)
            )
            subject, cb_rest = _split_inline(subject, _INLINE_CLASSIFIED)
            th.subject = subject.strip()
            seen_subject = True
            if ref_rest is not None:
                th.ref = p.PAGE_BREAK_TAIL.sub("", ref_rest).strip()
            if cb_rest is not None and th.classified_by is None:
                th.classified_by = cb_rest.strip()
            last_field_end = i
            continue
        if (m := p.REF_LINE.match(line)) and th.ref is None and not _looks_like_prose(line):
            items = [m.group("rest").strip()]
            j = i + 1
            while j < end:
                nxt = lines[j]
                if not nxt.strip():
                    # Items may be separated by blank lines; keep going while the next
                    # non-blank line is a lettered item.
                    k = j + 1
                    while k < end and not lines[k].strip():
                        k += 1
                    if (
                        k < end
                        and (_LETTER_ITEM.match(lines[k]) or _DANGLING_LABEL.search(items[-1]))
                        and not p.PARAGRAPH_START.match(lines[k])
                    ):
                        j = k
                        continue
                    break
                if p.PAGE_BREAK.match(nxt):
                    th.dropped.add(j)
                    j += 1
                    continue
                if _is_field_start(nxt) or p.PARAGRAPH_START.match(nxt):
                    break
                items.append(nxt.strip())
                j += 1
            ref_text, cb_rest = _split_inline("\n".join(x for x in items if x), _INLINE_CLASSIFIED)
            th.ref = ref_text
            if cb_rest is not None and th.classified_by is None:
                th.classified_by = cb_rest.strip()
            i = j
            last_field_end = i
            continue
        if p.CAPTION_LINE.match(line) and not seen_subject:
            th.captions.append(" ".join(stripped.rstrip(".,").split()))
            i += 1
            last_field_end = i
            continue
        if seen_subject or th.classified_by is not None:
            break  # the first line of prose after the header fields
        if p.WEEKDAY_DATE.match(line) or p.DASH_LINE.match(line):
            i += 1
            continue
        # Passing and attention lines: `STATE FOR SCA/CEN ...`, `DEPT FOR ...`, `... PASS TO ...`.
        if th.eo is None and th.tags is None and th.ref is None and len(stripped) < 400:
            th.passing.append(stripped)
            i += 1
            last_field_end = i
            continue
        break
    th.body_start = max(last_field_end, i) if i < end else last_field_end
    found = th.eo or th.tags or seen_subject or th.ref or th.classified_by
    if not (found or (th.captions and banner is not None)):
        # No header field at all: what looked like passing lines was the text itself.
        th.passing = []
        th.captions = []
        th.body_start = zone_start
    # Mirrors repeat the whole text header before paragraph 1 (seed 003): drop the copy.
    k = th.body_start
    while k < len(lines) and not lines[k].strip():
        k += 1
    if th.banner_line is not None and k < len(lines) and p.BANNER.match(lines[k]):
        th.body_start = _skip_repeat(lines, k, th)
    return th


def _classified_by_in_paragraph(lines: list[str], i: int) -> str | None:
    """Older cables put the line in paragraph 1: `1. (U) CLASSIFIED BY ROBERT P. FINN ...`."""
    block = [lines[i]]
    for line in lines[i + 1 : i + 6]:
        if not line.strip() or p.PARAGRAPH_START.match(line):
            break
        block.append(line.strip())
    text = " ".join(block)
    if "lassified" not in text and "LASSIFIED" not in text:
        return None
    m = p.CLASSIFIED_BY_INLINE.search(text)
    if m is None or m.start() > 60:
        return None
    return text[m.start() :].strip()


def _skip_repeat(lines: list[str], i: int, th: TextHeader) -> int:
    """Drop a repeated banner ... Classified By block starting at line i; return the next line."""
    j = i
    limit = min(len(lines), i + _MAX_ZONE)
    while j < limit:
        th.dropped.add(j)
        if p.CLASSIFIED_BY.match(lines[j]):
            _more, k = _continue(lines, j)
            th.dropped.update(range(j, k))
            return k
        if j > i and p.PARAGRAPH_START.match(lines[j]):
            th.dropped.discard(j)
            return j
        j += 1
    return j
