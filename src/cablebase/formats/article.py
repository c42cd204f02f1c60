"""News and press articles about cables: not cables themselves, but linked to them.

Two formats share this module: `article-html` (a web page) and `article-text` (plain text, first
line = title). Both give an Article with title, date, language, URL, main text and the cables it
cites: by link (`/cable/2010/02/10BOGOTA243.html`), by ID in the text (`05BRASILIA1207`,
`#66BUENOSAIRES2481`) and by cables.csv row number (`cable 248745`, `CLIQUE AQUI - 35188`).

Row numbers: any number of 1 … 251,287 right after a cue word counts. Editorial placeholders
such as `LINK- 2347` look exactly like real references, so they are kept too; they stay in
`cited_rows` until `resolve_cited_rows` is given an ID lookup, and a linker can discard rows that
resolve to implausible cables. A four-digit year right after "cable(s)"/"telegrama(s)" is not a
row number (`the cable 2009 …` reads as a year far more often).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from cablebase.formats import articlehtml
from cablebase.formats.base import RawInput
from cablebase.formats.htmltext import Link, looks_like_html
from cablebase.formats.language import detect_language, find_date
from cablebase.formats.telegram_text import start_kind
from cablebase.model import Article, Failure, Source
from cablebase.telegram.refid import canonical_ref_id
from cablebase.textio import tidy

ROWS_IN_CABLEGATE = 251_287

_ID_TOKEN = r"\d{2}[A-Z]{3,}\d{1,7}"
_ID_IN_TEXT = re.compile(rf"(?<![A-Za-z0-9])#?({_ID_TOKEN})(?![A-Za-z0-9])")
_CABLE_URL = re.compile(rf"/cables?/\d{{4}}/\d\d/({_ID_TOKEN})\.html?\b")
_ROW_CUE = re.compile(
    r"(?P<cue>\bcables?\b|\btelegramas?\b|\bclique aqui\b|\blink\b)\s*[-–—:#]?\s*"
    r"(?P<n>\d{1,6})(?![\d/.,:-]?\d)(?![A-Za-z])",
    re.I,
)


def cited_ids(text: str, links: list[Link]) -> tuple[str, ...]:
    """Cable IDs cited by link or written in the text, in order of first appearance."""
    hits: list[tuple[int, str]] = []
    for link in links:
        if m := _CABLE_URL.search(link.href):
            hits.append((link.offset, m.group(1)))
    hits.extend((m.start(), m.group(1)) for m in _ID_IN_TEXT.finditer(text))
    hits.sort(key=lambda hit: hit[0])
    return tuple(dict.fromkeys(canonical_ref_id(ref_id)[0] for _, ref_id in hits))


def cited_rows(text: str) -> tuple[int, ...]:
    """cables.csv row numbers named after a cue word (see the module docstring)."""
    rows: list[int] = []
    for m in _ROW_CUE.finditer(text):
        n = int(m.group("n"))
        is_word_cue = m.group("cue").lower().startswith(("cable", "telegrama"))
        if is_word_cue and len(m.group("n")) == 4 and 1960 <= n <= 2011:
            continue
        if 1 <= n <= ROWS_IN_CABLEGATE:
            rows.append(n)
    return tuple(dict.fromkeys(rows))


def resolve_cited_rows(article: Article, lookup: Callable[[int], str | None]) -> Article:
    """Move the row numbers `lookup` can resolve to IDs into `cites`; keep the others."""
    cites = list(article.cites)
    unresolved: list[int] = []
    for row in article.cited_rows:
        ref_id = lookup(row)
        if ref_id is None:
            unresolved.append(row)
        elif ref_id not in cites:
            cites.append(ref_id)
    return replace(article, cites=tuple(cites), cited_rows=tuple(unresolved))


def _has_telegram(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n")[:400]]
    if any(line.startswith("Reference ID") and "Created" in line for line in lines):
        return True
    return sum(1 for line in lines if start_kind(line) == "routing") >= 1


def _prose_paragraphs(text: str) -> int:
    paragraphs = re.split(r"\n\s*\n", text)
    return sum(1 for p in paragraphs if len(p) >= 80 and re.search(r"[.!?…»\"”]\s", p + " "))


def _score(text: str, bonus: float) -> float:
    if _has_telegram(text):
        return 0.1
    prose = _prose_paragraphs(text)
    if prose >= 3:
        return min(0.5 + bonus, 0.9)
    return 0.3 + bonus if prose >= 1 else 0.0


@dataclass
class ArticleFormat:
    """One of the two article formats; it satisfies the `Format` protocol (whose `NAME` is a
    plain attribute, hence not frozen)."""

    NAME: str
    html: bool

    def sniff(self, raw: RawInput) -> float:
        head = raw.head_text()
        if looks_like_html(head) != self.html:
            return 0.0
        if not self.html:
            return _score(tidy(head), 0.0)
        if re.search(r"<pre\b", head, re.I) and "Viewing cable" in head:
            return 0.0
        page = articlehtml.extract(head)
        return _score(page.text, 0.25 if page.wikileaks_layout else 0.1)

    def read(self, raw: RawInput) -> Iterator[Article | Failure]:
        text = raw.text().lstrip("\ufeff")
        article = from_html(text, raw.path) if self.html else from_text(text, raw.path)
        if not article.text.strip():
            yield Failure(raw.path, "no article text found", format=self.NAME)
            return
        yield article


def _article(
    title: str, text: str, path: str, fmt: str, links: list[Link], byline: str, url: str | None
) -> Article:
    lead = text[:600]
    return Article(
        title=title,
        text=text,
        published=find_date(byline) or find_date(lead),
        language=detect_language(text),
        url=url,
        cites=cited_ids(text, links),
        cited_rows=cited_rows(text),
        sources=(Source(path, fmt),),
    )


def from_html(html: str, path: str = "") -> Article:
    page = articlehtml.extract(html)
    published = page.published_meta
    article = _article(
        page.title, page.text, path, ARTICLE_HTML.NAME, page.links, page.byline, page.url
    )
    return replace(article, published=published) if published else article


def from_text(text: str, path: str = "") -> Article:
    lines = tidy(text).strip("\n").split("\n")
    title = lines[0].strip() if lines else ""
    body_lines = _without_trailing_debris(lines[1:], title)
    body = "\n".join(body_lines).strip("\n")
    return _article(title, body, path, ARTICLE_TEXT.NAME, [], "", None)


_DEBRIS = re.compile(r"^[\W\d_]*$|^\d+\s*/\s*\d+$")


def _without_trailing_debris(lines: list[str], title: str) -> list[str]:
    """Text copied from a page often ends with the title again, a gallery counter (`1 / 1`) or
    stray markup (`> <`): page furniture, not the article."""
    end = len(lines)
    while end > 0:
        line = lines[end - 1].strip()
        if line and line != title and not _DEBRIS.match(line):
            break
        end -= 1
    return lines[:end]


ARTICLE_HTML = ArticleFormat("article-html", html=True)
ARTICLE_TEXT = ArticleFormat("article-text", html=False)
