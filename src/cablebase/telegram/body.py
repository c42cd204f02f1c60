"""The body: cleaning (page breaks, stray captions, words broken across lines), the numbered
paragraphs with their portion markings, the summary and the signature."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from cablebase.model import Paragraph
from cablebase.telegram import patterns as p

_WORD = re.compile(r"[A-Za-z]+")
_TAIL_FRAGMENT = re.compile(r"(?:^|\s)([a-z]{2,})$")
_HEAD_FRAGMENT = re.compile(r"^([a-z]{1,})(?=[\s.,;:)'\"]|$)")
# Suffixes that are not words on their own: a line starting with one continues a broken word.
_SUFFIXES = frozenset(
    [
        "al",
        "ally",
        "ic",
        "ical",
        "ly",
        "tion",
        "tions",
        "sion",
        "ment",
        "ments",
        "ness",
        "ity",
        "ities",
        "ive",
        "ives",
        "ous",
        "ously",
        "ed",
        "ing",
        "ings",
        "ers",
        "ism",
        "ist",
        "ists",
        "ize",
        "ized",
        "izes",
        "ization",
        "ational",
        "ence",
        "ance",
        "ible",
        "ial",
        "ially",
        "ians",
        "ory",
        "ary",
        "ures",
        "ical",
        "ually",
        "ates",
        "ated",
        "ating",
    ]
)
# Short words a line may end with that are never the first half of a broken word.
_COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "had",
        "have",
        "not",
        "no",
        "it",
        "its",
        "he",
        "she",
        "we",
        "they",
        "his",
        "her",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "from",
        "into",
        "over",
        "than",
        "then",
        "so",
        "if",
        "la",
        "le",
        "de",
        "du",
        "di",
        "da",
        "van",
        "von",
        "bin",
        "ibn",
    ]
)
_STRAY_CAPTION = re.compile(r"^\s*SIPDIS\s*$")
_PLUG = re.compile(r"classified\s+website|intelink\.|https?://|^\s*visit\s+\w+", re.IGNORECASE)
_NOT_SIGNERS = frozenset(
    [
        "PARA",
        "PARAS",
        "OF",
        "U.S",
        "USG",
        "GOVERNMENT",
        "AND",
        "THE",
        "FYI",
        "REFTEL",
        "SEPTEL",
        "CITY",
    ]
) | frozenset(
    [
        "END",
        "TEXT",
        "CABLE",
        "SUMMARY",
        "COMMENT",
        "NOTE",
        "NNNN",
        "BT",
        "SIPDIS",
        "NOFORN",
        "SECRET",
        "CONFIDENTIAL",
        "UNCLASSIFIED",
        "UNCLAS",
        "THANKS",
        "REGARDS",
    ]
)


def rejoin_broken_words(lines: list[str]) -> tuple[list[str], int]:
    """Rejoin words split across lines by scraping (`politic` / `al prospects`). Conservative:
    only when neither fragment stands as a word anywhere else in the text, and they join into a
    word the text uses elsewhere, or the second is a suffix that is never a word by itself.
    Returns the new lines and the number of repairs."""
    counts: Counter[str] | None = None
    out: list[str] = []
    repairs = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and line[-1:].islower() and lines[i + 1][:1].islower():
            tail = _TAIL_FRAGMENT.search(line)
            head = _HEAD_FRAGMENT.match(lines[i + 1])
            if tail and head:
                first, second = tail.group(1), head.group(1)
                if first not in _COMMON_WORDS and second not in _COMMON_WORDS:
                    if counts is None:
                        counts = Counter(_WORD.findall("\n".join(lines).lower()))
                    if (
                        counts[first] <= 1
                        and counts[second] <= 1
                        and (counts[first + second] > 0 or second in _SUFFIXES)
                    ):
                        nxt = lines[i + 1]
                        out.append(line + nxt[: head.end()])
                        lines[i + 1] = nxt[head.end() :].lstrip()
                        repairs += 1
                        i += 1
                        if not lines[i].strip():
                            i += 1
                        continue
        out.append(line)
        i += 1
    return out, repairs


def _is_noise(line: str) -> bool:
    return bool(p.PAGE_BREAK.match(line) or p.OLD_PAGE_HEADER.match(line))


# Every page-break or page-header line holds one of these; looking for them in the whole text
# (a fast substring search) spares testing the patterns on every line.
_NOISE_NEEDLES = (" OF 0", " of 0", " Of 0", "PAGE ")


def noise_lines(lines: Sequence[str], start: int, dropped: set[int], body_from: int) -> set[int]:
    """Indices of the lines from `start` on that `clean_lines`' rules drop: those in `dropped`,
    page-break and page-header lines, stray SIPDIS lines from `body_from` on."""
    text = "\n".join(lines[start:])
    drop = {i for i in dropped if i >= start}
    for needle in _NOISE_NEEDLES:
        if needle in text:
            for i in _line_numbers(text, _find_all(text, needle), start):
                if _is_noise(lines[i]):
                    drop.add(i)
    for i in _line_numbers(text, _find_all(text, "SIPDIS"), start):
        if i >= body_from and _STRAY_CAPTION.match(lines[i]):
            drop.add(i)
    return drop


def _find_all(text: str, needle: str) -> Iterator[int]:
    pos = text.find(needle)
    while pos >= 0:
        yield pos
        pos = text.find(needle, pos + 1)


def _line_numbers(text: str, positions: Iterable[int], first: int = 0) -> Iterator[int]:
    """The line of `text` each of the (rising) `positions` is on, counted from `first`."""
    line, counted = first, 0
    for pos in positions:
        line += text.count("\n", counted, pos)
        counted = pos
        yield line


def kept_lines(lines: Sequence[str], start: int, drop: set[int]) -> list[str]:
    """The lines from `start` on whose indices are not in `drop` (a few slices)."""
    out: list[str] = []
    for i in sorted(drop):
        if i >= start:
            out += lines[start:i]
            start = i + 1
    out += lines[start:]
    return out


def clean_indices(lines: Sequence[str], start: int, dropped: set[int], body_from: int) -> list[int]:
    """Indices of the lines from `start` on that survive `clean_lines`' rules."""
    drop = noise_lines(lines, start, dropped, body_from)
    return [i for i in range(start, len(lines)) if i not in drop]


def clean_lines(lines: list[str], dropped: set[int], body_from: int = 0) -> list[str]:
    """Drop page-break lines, repeated header blocks, and stray SIPDIS lines in the body proper
    (from `body_from` on; above it, SIPDIS is a caption and stays)."""
    return kept_lines(lines, 0, noise_lines(lines, 0, dropped, body_from))


# Pure, and the same few markings (`C`, `S/NF`, `SBU`) come back in every cable: cached.
@lru_cache(maxsize=1024)
def _portion_marking(mark: str) -> str | None:
    mark = " ".join(mark.split()).upper()
    return mark if p.PORTION_MARK.match(mark) else None


def _reflow(text: str) -> str:
    """Join a paragraph's lines into running text: line breaks become spaces, blank lines
    paragraph breaks, heading underlines go. (The text is tidied: blank lines are empty.)"""
    if "---" in text:
        text = _without_dash_lines(text)
    if "\n\n" not in text:
        return text.replace("\n", " ").strip()
    blocks: list[str] = []
    for part in text.split("\n\n"):
        block = part.replace("\n", " ").strip()
        if not block:
            continue
        if blocks and _cut_mid_sentence(blocks[-1]):
            # Scraped copies insert blank lines inside sentences (`Year of Russia in` / blank /
            # `India in 2008`): a long block ending on a lower-case word goes on.
            blocks[-1] += " " + block
        else:
            blocks.append(block)
    return "\n\n".join(blocks)


def _without_dash_lines(text: str) -> str:
    """`text` without its heading underlines: the lines `p.DASH_LINE` matches, and the line
    break after each (before it, for a last line). Only the lines holding `---` are tested."""
    pieces: list[str] = []
    kept_from = 0
    pos = text.find("---")
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        if p.DASH_LINE.match(text[start:end]):
            pieces.append(text[kept_from:start])
            kept_from = end + 1
        pos = text.find("---", end)
    if not pieces:
        return text
    out = "".join(pieces) + text[kept_from:]
    # The last line went: so goes the line break that led to it.
    return out[:-1] if kept_from > len(text) and out else out


def _cut_mid_sentence(block: str) -> bool:
    return (block[-1:].islower() or block[-1:] == ",") and block.count(" ") >= 5


# A paragraph number at a line start, found over the whole text in one pass.
# (Led by the newline, not `^`: a literal lets the engine skip ahead instead of trying every
# position.)
_PARAGRAPH_LINE = re.compile(r"\n(?=[ ]{0,3}¶?[ ]{0,2}\d|¶?\d{1,3}\))")


def find_paragraphs(text: str) -> list[tuple[int, int, str | None, int]]:
    """(line start, number, marking, text start) of each real numbered paragraph in `text`.
    Numbers must rise, so that lists, years and sub-numbering inside paragraphs are not taken;
    a small gap is allowed where a paragraph was removed (by redaction or by the drafter), but
    only for a line that opens like a paragraph (a portion marking, or after a finished
    sentence)."""
    found: list[tuple[int, int, str | None, int]] = []
    expected: int | None = None
    match = p.PARAGRAPH_START_IN_TEXT.match
    for at in _line_starts(text):
        m = match(text, at)
        if not m:
            continue
        digits, pdigits, printed = m.group("num", "pnum", "mark")
        num = int(digits or pdigits)
        mark = None if printed is None else _portion_marking(printed)
        if expected is None:
            ok = num <= 3 or (mark is not None and num < 100)
        else:
            ok = num == expected or (
                expected < num <= expected + 10 and (mark is not None or _opens(text, at))
            )
        if ok:
            offset = (
                m.end() if (mark or printed is None) else m.end("num" if digits else "pnum") + 1
            )
            found.append((at, num, mark, offset))
            expected = num + 1
    return found


def _opens(text: str, at: int) -> bool:
    """Whether the line at `at` opens like a paragraph: after a finished sentence or a
    heading in capitals (or at the top)."""
    previous = _previous_line(text, at)
    return not previous or previous[-1] in ".:;\")'" or previous.isupper()


def _line_starts(text: str) -> list[int]:
    starts = [m.start() + 1 for m in _PARAGRAPH_LINE.finditer(text)]
    return [0, *starts] if text[:1].isdigit() or text[:1] in " ¶" else starts


def _previous_line(text: str, at: int) -> str:
    """The last non-blank line before position `at`, stripped."""
    end = at - 1
    while end >= 0 and text[end] in " \n":
        end -= 1
    if end < 0:
        return ""
    return text[text.rfind("\n", 0, end) + 1 : end + 1].strip()


def extract_paragraphs(text: str, shift: int | None = None) -> tuple[Paragraph, ...]:
    """The numbered paragraphs of `text` (the body proper, without the signature); with a
    `shift`, each with its span in a text that holds `text` at that offset (the body)."""
    starts = find_paragraphs(text)
    if not starts:
        return ()
    stops = [at for at, _, _, _ in starts[1:]]
    stops.append(len(text))
    out: list[Paragraph] = []
    for (_at, num, mark, offset), stop in zip(starts, stops, strict=True):
        if mark is None and (mm := _LONG_MARK.match(text, offset, stop)):
            # `1. (C - ENTIRE TEXT).` and other long markings
            mark = " ".join(mm.group(1).split()).upper()
            offset = mm.end()
        words = paragraph_text(text[offset:stop])
        span = None if shift is None else (offset + shift, stop + shift)
        out.append(Paragraph(num, words, mark, span))
    return tuple(out)


def paragraph_text(printed: str) -> str:
    """A paragraph's text from the part of the body after its number and marking."""
    return _reflow(printed.lstrip(" .:").strip())


_LONG_MARK = re.compile(r"\s*\(\s*([A-Za-z/ -]{1,30})\s*\)")


_TRAILER = re.compile(
    r"^\s*(?:NNNN|BT|YYY|>|\.|-|SIPDIS|NOFORN"
    r"|(?:TOP\s+)?SECRET(?:\s*/+\s*NOFORN)?|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|LIMITED\s+OFFICIAL\s+USE"
    r"|DECLASSIFIED/RELEASED\b.*|REVIEW\s+\d{1,2}\s+[A-Z]{3}\s+\d{4}|NOTE\s*(?:BY\s+OC/T)?\s*:.*"
    r"|\d{4}[A-Z]{3,}\d+\s+-\s+.*|PAGE\s+\d{2}\s.*|END\s+(?:OF\s+)?(?:CABLE\s+)?TEXT\.?"
    r"|END\s+(?:COMMENT|FYI)\.?|(?:BEST\s+)?REGARDS,?|GP-\d)\s*$",
    re.IGNORECASE,
)
_SIGNER = re.compile(
    r"^\s*((?:DE\s+|VAN\s+|LA\s+)?[A-Z][A-Za-z'-]+"
    r"(?:\s+(?:JR|SR|II|III))?(?:\s+[A-Z][A-Z'-]+)?)[\s.#]*$"
)
_INLINE_SIGNER = re.compile(
    r"(?:\.\s{2,}|END\s+(?:OF\s+)?TEXT\.\s+|CONSIDERED\.\s+|\.\s)([A-Z][A-Z'-]{2,})[\s.#]*$"
)


# What an inline signature is made of; it stands after the line's last other character.
_SIGNATURE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.#'-")


def _inline_signer(line: str) -> re.Match[str] | None:
    """`_INLINE_SIGNER.search(line)`, started where the line's tail of capitals, spaces and
    dots begins (no match can start before it): a long last line is not searched whole."""
    i = len(line)
    while i > 0 and (line[i - 1] in _SIGNATURE_CHARS or line[i - 1].isspace()):
        i -= 1
    return _INLINE_SIGNER.search(line, i)


_PLUG_WORDS = ("website", "intelink.", "://", "visit")


def _is_plug(line: str) -> bool:
    """`_PLUG.search(line)`; an ASCII line is first checked for a word the pattern needs (a
    case-insensitive search through a long line is slow). Outside ASCII, case-insensitive
    matching has more letters (`ſ` matches `s`), so the pattern decides alone."""
    if line.isascii():
        low = line.lower()
        if not any(word in low for word in _PLUG_WORDS):
            return False
    return bool(_PLUG.search(line))


def _signer_from(line: str, *, whole_line: bool) -> str | None:
    m = _SIGNER.match(line) if whole_line else _inline_signer(line)
    if not m:
        return None
    name = " ".join(m.group(1).upper().split())
    if any(t in _NOT_SIGNERS for t in name.split()):
        return None
    # Title-case single words are signatures only on a line of their own (`Burns`).
    return name


def find_signature(lines: Sequence[str]) -> tuple[tuple[str, ...], int]:
    """Signers from the last lines, and the index where the signature block starts (the whole
    list's length when the signature shares a line with text)."""
    i = len(lines) - 1
    while i >= 0 and (
        not lines[i].strip()
        or _TRAILER.match(lines[i])
        or p.PAGE_BREAK.match(lines[i])
        or p.OLD_PAGE_HEADER.match(lines[i])
    ):
        i -= 1
    if i < 0:
        return (), len(lines)
    line = lines[i].strip()
    if _is_plug(line):
        # `...Classified Website: http://... TUTTLE`: the line is still part of the last paragraph.
        m = re.search(r"\b([A-Z][A-Z'-]{2,})\s*$", line)
        return ((m.group(1),), len(lines)) if m else ((), len(lines))
    if p.PARAGRAPH_START.match(line) is None and (name := _signer_from(line, whole_line=True)):
        tokens = name.split()
        if len(tokens) == 2 and tokens[0] == tokens[1]:
            name = tokens[0]  # doubled signature `KUBISKE KUBISKE`
        return (name,), i
    if name := _signer_from(line, whole_line=False):
        return (name,), len(lines)
    return (), len(lines)


_SUMMARY_LEAD = re.compile(
    r"^(?:[\s\-\u2010-\u2015:.]|\d{1,2}\s?\.\s*(?:\(\s*[A-Za-z/ ]{1,20}\s*\)\s*)?"
    r"|\(\s*[A-Z]{1,4}(?:/{1,2}[A-Z ]{1,10})?\s*\)"
    r"|(?:BEGIN\s+)?SUMMARY(?:\s+AND\s+[A-Z]+)?\s*[:.\-]?)+",
    re.IGNORECASE,
)
_INNER_NUMBER = re.compile(r"\n\s*\d{1,2}\s?\.\s*(?:\(\s*[A-Za-z/ ]{1,20}\s*\))?\s*")
_DASH_RUN = re.compile(r"\s[\-\u2010-\u2015]{4,}(?:\s|$)")


# What follows the S of every spelling of "summary" (SUMMARY, Summary, SUMARY, Summay ...).
_SUMMARY_TAILS = ("UMM", "umm", "UMA", "uma", "UMY", "umy")


def _summary_words(text: str, lo: int, hi: int) -> list[int]:
    """Where a word spelling "summary" starts, from `lo` to before `hi`, in text order (a few
    substring scans)."""
    found: list[int] = []
    for tail in _SUMMARY_TAILS:
        pos = text.find(tail, lo + 1, hi + len(tail))
        while pos >= 0:
            at = pos - 1
            if text[at] in "Ss" and (at == 0 or not text[at - 1].isalnum()):
                found.append(at)
            pos = text.find(tail, pos + 1, hi + len(tail))
    return sorted(found)


# The text is scanned in windows of growing size: the marks are usually near the top, and
# scanning the rest of a long body for them was a tenth of the parse.
_FIRST_WINDOW = 2048


def _summary_marks(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first `Summary:` (starting in the first 6,000 characters) and the first
    `End summary` in `text`."""
    start = end = None
    lo, size = 0, _FIRST_WINDOW
    while lo < len(text):
        hi = min(len(text), lo + size)
        for at in _summary_words(text, lo, hi):
            if start is None and at < 6000:
                start = p.SUMMARY_START_AT.match(text, at)
            if end is None:
                # `END SUMMARY`, `End of summary`: the END word stands a few characters before.
                lead = text[max(0, at - 12) : at].lower()
                k = lead.rfind("end")
                if k >= 0:
                    end = p.SUMMARY_END_AT.match(text, max(0, at - 12) + k)
            if end is not None and (start is not None or at >= 6000):
                return start, end
        lo, size = hi, size * 2
    return start, end


def extract_summary(text: str) -> str | None:
    """The summary: from `Summary:` (or from paragraph 1, when only `End summary` marks it) to
    `End summary`, or to the end of its paragraph. Paragraph numbers, markings and heading
    underlines inside it are left out."""
    # Found from a few spellings with fast substring search, each checked with an anchored
    # match: upper-casing the whole text, or one case-insensitive search over it, costs more.
    start, end = _summary_marks(text)
    if start and (end is None or start.start() < end.start()):
        body_from = start.end()
        stop = end.start() if end else _paragraph_end(text, body_from)
        summary = text[body_from:stop]
    elif end and end.start() < 8000:
        first = p.PARAGRAPH_START.search(text[: end.start()]) or re.search(
            r"(?m)^\s*\d{1,2}\s?\.\s", text[: end.start()]
        )
        summary = text[first.start() if first else 0 : end.start()]
    else:
        return None
    summary = _INNER_NUMBER.sub(" ", _SUMMARY_LEAD.sub("", summary.strip()))
    # A dash run holds two ASCII dashes in a row or a character outside ASCII.
    if ("--" in summary or not summary.isascii()) and (dash := _DASH_RUN.search(summary)):
        summary = summary[: dash.start()]
    summary = " ".join(summary.split()).strip(" -")
    return summary or None


def _paragraph_end(text: str, start: int) -> int:
    m = re.search(r"\n\s*\n|\n\s*\d{1,2}\.\s", text[start:])
    return start + m.start() if m else len(text)
