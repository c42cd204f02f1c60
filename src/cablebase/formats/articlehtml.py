"""The parts of an article web page: title, canonical URL, byline, main text and its links.

Cablegate article pages (`<div class='pane big'>`) are cut precisely: the site sidebar, the
`<h2>` section heading, the byline paragraph under it and the right-hand "Translations / More
articles" box are not part of the article. Other pages fall back to `<article>`, `<main>` or the
body without navigation, header, footer, asides and comment/share widgets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from cablebase.formats.htmltext import Link, render

_WS = re.compile(r"[\s\u00a0]+")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.S | re.I)
_TAGS = re.compile(r"<[^>]+>")
_PANE = re.compile(r"<div\b[^>]*class=['\"]pane big['\"][^>]*>", re.I)
_H2 = re.compile(r"<h2\b[^>]*>.*?</h2\s*>", re.S | re.I)
_BYLINE = re.compile(r"\A\s*<p>\s*<i>(.*?)</i>\s*</p>", re.S | re.I)
_BODY = re.compile(r"<body\b[^>]*>(.*)", re.S | re.I)
_CONTAINER = re.compile(r"<(article|main)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_BOILERPLATE = re.compile(r"sidebar|comment|share|related|menu|footer|widget|rightcol|nav", re.I)
# h1 repeats the title, which is kept in its own field.
_DROP_TAGS = frozenset(("nav", "header", "footer", "aside", "form", "h1"))


@dataclass
class ArticlePage:
    title: str
    text: str
    links: list[Link] = field(default_factory=list)
    byline: str = ""
    url: str | None = None
    published_meta: str | None = None
    wikileaks_layout: bool = False


def _meta(page: str, *names: str) -> str | None:
    for tag in re.findall(r"<(?:meta|link)\b[^>]*>", page, re.I):
        attrs = dict(
            (k.lower(), html.unescape(v or w))
            for k, v, w in re.findall(r"([\w:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", tag)
        )
        key = attrs.get("property") or attrs.get("name") or attrs.get("rel") or ""
        if key.lower() in names:
            return attrs.get("content") or attrs.get("href") or None
    return None


def _clean(fragment: str) -> str:
    return _WS.sub(" ", html.unescape(_TAGS.sub("", fragment))).strip()


def _skip_boilerplate(tag: str, attrs: dict[str, str]) -> bool:
    if tag in _DROP_TAGS:
        return True
    marker = attrs.get("class", "") + " " + attrs.get("id", "")
    return tag in ("div", "section", "ul", "aside") and bool(_BOILERPLATE.search(marker))


def _skip_rightcol(tag: str, attrs: dict[str, str]) -> bool:
    return tag == "div" and "rightcol" in attrs.get("class", "").split()


def extract(page: str) -> ArticlePage:
    title_match = _TITLE.search(page) or _H1.search(page)
    title = _clean(title_match.group(1)) if title_match else ""
    url = _meta(page, "canonical", "og:url")
    published = _meta(page, "article:published_time", "datepublished", "date", "dc.date")
    published = published[:10] if published and re.match(r"\d{4}-\d\d-\d\d", published) else None
    pane = _PANE.search(page)
    if pane:
        content = page[pane.end() :]
        heading = _H2.search(content)
        byline = ""
        if heading:
            content = content[heading.end() :]
            if m := _BYLINE.match(content):
                byline = _clean(m.group(1))
                content = content[m.end() :]
        rendered = render(content, _skip_rightcol)
        return ArticlePage(title, rendered.text, rendered.links, byline, url, published, True)
    container = _CONTAINER.search(page)
    body = _BODY.search(page)
    main = container.group(2) if container else body.group(1) if body else page
    rendered = render(main, _skip_boilerplate)
    return ArticlePage(title, rendered.text, rendered.links, "", url, published, False)
