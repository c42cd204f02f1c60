"""The input formats, and the choice between them by content.

Each format scores how well an input fits (`sniff`); the best score above `THRESHOLD` wins.
When nothing fits, `explain_no_format` says why in words a user can act on.
"""

from __future__ import annotations

import re

from cablebase.formats import cables_csv, repost, telegram_text, wikileaks_html
from cablebase.formats.article import ARTICLE_HTML, ARTICLE_TEXT
from cablebase.formats.base import Format, RawInput
from cablebase.formats.htmltext import looks_like_html
from cablebase.textio import looks_binary

FORMATS: tuple[Format, ...] = (
    wikileaks_html,
    cables_csv,
    telegram_text,
    repost,
    ARTICLE_HTML,
    ARTICLE_TEXT,
)

THRESHOLD = 0.25
_MIN_CHARS = 40


def by_name(name: str) -> Format:
    """The format called `name` (as in `--format`)."""
    for fmt in FORMATS:
        if name == fmt.NAME:
            return fmt
    known = ", ".join(f.NAME for f in FORMATS)
    raise KeyError(f"unknown format {name!r}; known formats: {known}")


def scores(raw: RawInput) -> list[tuple[Format, float]]:
    """Every format's score for `raw`, best first (ties keep registry order)."""
    if not raw.head or looks_binary(raw.head):
        return []
    scored = [(fmt, fmt.sniff(raw)) for fmt in FORMATS]
    return sorted(scored, key=lambda pair: -pair[1])


def detect(raw: RawInput) -> tuple[Format, float] | None:
    """The best-fitting format and its score, or None when no score reaches `THRESHOLD`.
    The same choice as `scores(raw)[0]`, without asking formats that cannot win (a format
    module may state the best score its `sniff` gives as `MAX_SCORE`)."""
    if not raw.head or looks_binary(raw.head):
        return None
    best: tuple[Format, float] | None = None
    for fmt in FORMATS:
        # Ties go to the earlier format, so one that can at most tie is not asked.
        if best is not None and getattr(fmt, "MAX_SCORE", 1.0) <= best[1]:
            continue
        score = fmt.sniff(raw)
        if best is None or score > best[1]:
            best = (fmt, score)
    if best is not None and best[1] >= THRESHOLD:
        return best
    return None


def explain_no_format(raw: RawInput) -> str:
    """A plain reason why no format fits `raw`."""
    if not raw.head.strip():
        return "the input is empty"
    if looks_binary(raw.head):
        return "the input is binary (NUL or control bytes), not text; extract the text first"
    text = raw.head_text()
    if len(text.strip()) < _MIN_CHARS:
        size = len(text.strip())
        return f"the input holds only {size} characters: too short for a cable or an article"
    if looks_like_html(text):
        return (
            "an HTML page that is neither a cable page (no <pre> cable blocks, no metadata table, "
            "no telegram text) nor an article (too little prose)"
        )
    if re.match(r'\s*"?\d+"?,', text):
        return (
            "looks like CSV but not the cables.csv layout (8 quoted columns starting "
            '"row","M/D/YYYY H:MM",...)'
        )
    return (
        "plain text without telegram structure (no VZCZC, DE, date-time group, classification "
        "banner or Reference ID table) and too little prose for an article"
    )


__all__ = ["FORMATS", "THRESHOLD", "by_name", "detect", "explain_no_format", "scores"]
