"""The body: cleaning (page breaks, stray captions, words broken across lines), the numbered
paragraphs with their portion markings, the summary and the signature."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
        "ent",
        "ant",
        "ship",
        "ships",
        "ful",
        "less",
        "able",
        "ible",
        "ial",
        "ially",
        "ian",
        "ians",
        "ery",
        "ory",
        "ary",
        "ure",
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


def rejoin_broken_words(lines: list[str], vocabulary: set[str]) -> tuple[list[str], int]:
    """Rejoin words split across lines by scraping (`politic` / `al prospects`). Conservative:
    only when the fragments make a word seen elsewhere in the text, or the second fragment is a
    suffix that is never a word by itself. Returns the new lines and the number of repairs."""
    out: list[str] = []
    repairs = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and (tail := _TAIL_FRAGMENT.search(line)):
            nxt = lines[i + 1]
            head = _HEAD_FRAGMENT.match(nxt)
            if head:
                first, second = tail.group(1), head.group(1)
                joined = first + second
                if (
                    first not in _COMMON_WORDS
                    and second not in _COMMON_WORDS
                    and first not in vocabulary
                    and second not in vocabulary
                    and (joined in vocabulary or second in _SUFFIXES)
                ):
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


def vocabulary_of(lines: Sequence[str]) -> set[str]:
    """Words as they stand whole in the text (not at a line end or start, where they may be cut)."""
    vocab: set[str] = set()
    for line in lines:
        words = _WORD.findall(line.lower())
        vocab.update(words[1:-1])
    return vocab


def clean_lines(lines: list[str], dropped: set[int], body_from: int = 0) -> list[str]:
    """Drop page-break lines, repeated header blocks, and stray SIPDIS lines in the body proper
    (from `body_from` on; above it, SIPDIS is a caption and stays)."""
    return [
        line
        for i, line in enumerate(lines)
        if i not in dropped
        and not p.PAGE_BREAK.match(line)
        and not p.OLD_PAGE_HEADER.match(line)
        and not (i >= body_from and _STRAY_CAPTION.match(line))
    ]


def _valid_marking(mark: str | None) -> str | None:
    if mark is None:
        return None
    mark = " ".join(mark.split()).upper()
    return mark if p.PORTION_MARK.match(mark) else None


def _reflow(lines: Sequence[str]) -> str:
    """Join a paragraph's lines into running text; blank lines become paragraph breaks."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        s = line.strip()
        if not s:
            if blocks[-1]:
                blocks.append([])
            continue
        if p.DASH_LINE.match(s):
            continue
        blocks[-1].append(s)
    return "\n\n".join(" ".join(b) for b in blocks if b).strip()


def find_paragraphs(lines: Sequence[str]) -> list[tuple[int, int, str | None, int]]:
    """(line index, number, marking, text offset) of each real numbered paragraph. Numbers must
    rise, so that lists, years and sub-numbering inside paragraphs are not taken; a small gap
    is allowed where a paragraph was removed (by redaction or by the drafter), but only for a
    line that opens like a paragraph (a portion marking, or after a finished sentence)."""
    found: list[tuple[int, int, str | None, int]] = []
    expected: int | None = None
    previous = ""
    for i, line in enumerate(lines):
        m = p.PARAGRAPH_START.match(line)
        if not m:
            if line.strip():
                previous = line.strip()
            continue
        num = int(m.group("num") or m.group("pnum"))
        mark = _valid_marking(m.group("mark"))
        opens = mark is not None or not previous or previous[-1] in ".:;\")'" or previous.isupper()
        if expected is None:
            ok = num <= 3 or (opens and mark is not None and num < 100)
        else:
            ok = num == expected or (expected < num <= expected + 10 and opens)
        if ok:
            offset = (
                m.end()
                if (mark or m.group("mark") is None)
                else m.end("num" if m.group("num") else "pnum") + 1
            )
            found.append((i, num, mark, offset))
            expected = num + 1
        previous = line.strip()
    return found


def extract_paragraphs(lines: Sequence[str], end: int) -> tuple[Paragraph, ...]:
    """The numbered paragraphs in `lines[:end]` (end excludes the signature)."""
    starts = find_paragraphs(lines[:end])
    out: list[Paragraph] = []
    for k, (i, num, mark, offset) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else end
        first = lines[i][offset:]
        if mark is None and (mm := re.match(r"\s*\(\s*([A-Za-z/ -]{1,30})\s*\)", first)):
            # `1. (C - ENTIRE TEXT).` and other long markings
            mark = " ".join(mm.group(1).split()).upper()
            first = first[mm.end() :]
        text = _reflow([first.lstrip(" .:"), *lines[i + 1 : stop]])
        out.append(Paragraph(number=num, marking=mark, text=text))
    return tuple(out)


def find_signature(lines: Sequence[str]) -> tuple[tuple[str, ...], int]:
    """Signers from the last lines, and the index where the signature block starts."""
    i = len(lines) - 1
    while i >= 0 and (not lines[i].strip() or p.END_OF_MESSAGE.match(lines[i])):
        i -= 1
    if i < 0:
        return (), len(lines)
    line = lines[i].strip()
    # `…/index.c fm STAPLETON`: a website plug run into the signature.
    if _PLUG.search(line):
        # The line is still part of the last paragraph; only the name is the signature.
        m = re.search(r"\b([A-Z][A-Z'-]{2,})\s*$", line)
        return ((m.group(1),), len(lines)) if m else ((), len(lines))
    m = p.SIGNATURE.match(line)
    if not m:
        return (), len(lines)
    tokens = [t for t in re.split(r"\s+", m.group(1).upper()) if t]
    if any(t in _NOT_SIGNERS for t in tokens) or p.PARAGRAPH_START.match(line):
        return (), len(lines)
    if len(tokens) == 2 and tokens[0] == tokens[1]:
        tokens = tokens[:1]  # doubled signature `KUBISKE KUBISKE`
    if len(tokens) == 2 and tokens[1] in ("JR", "SR", "II", "III"):
        return (" ".join(tokens),), i
    # A previous short line of the same shape is a second signer (rare): keep one line only.
    return (" ".join(tokens),), i


def extract_summary(text: str) -> str | None:
    """The summary: from `Summary:` (or the start, when only `End summary` marks it) to `End
    summary`, or to the end of its paragraph."""
    start = p.SUMMARY_START.search(text[:6000])
    end = p.SUMMARY_END.search(text)
    if start and (end is None or start.start() < end.start()):
        body_from = start.end()
        stop = end.start() if end else _paragraph_end(text, body_from)
        summary = text[body_from:stop]
    elif end and end.start() < 8000:
        summary = text[: end.start()]
    else:
        return None
    summary = re.sub(r"^\s*(?:\d{1,2}\.\s*)?(?:\(\s*[A-Z/ ]{1,20}\s*\)\s*)?", "", summary)
    summary = " ".join(summary.split()).strip(" -")
    return summary or None


def _paragraph_end(text: str, start: int) -> int:
    m = re.search(r"\n\s*\n|\n\s*\d{1,2}\.\s", text[start:])
    return start + m.start() if m else len(text)
