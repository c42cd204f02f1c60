"""HTML to the text a reader sees, with the standard library's lenient `html.parser`.

Blog copies and news pages are messy HTML; a strict parser would reject most of them. This
renders them roughly the way a browser lays text out: block elements become paragraphs, `<br>`
a line break, `<pre>` keeps its whitespace, and runs of ASCII whitespace collapse to one space.
U+00A0 is not collapsed, because browsers don't collapse it either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Names as one string each: a one-per-line list would be 60 lines of noise.
_BLOCK_NAMES = (
    "address article aside blockquote center dd div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul"
)
BLOCK_TAGS = frozenset(_BLOCK_NAMES.split())
_SKIP_NAMES = "script style head title noscript template svg iframe object"
SKIP_TAGS = frozenset(_SKIP_NAMES.split())
_VOID_NAMES = "area base br col embed hr img input link meta param source track wbr"
VOID_TAGS = frozenset(_VOID_NAMES.split())

_ASCII_SPACE = re.compile(r"[ \t\n\r\f]+")

# Decides from a start tag and its attributes whether to drop the element and all it contains.
Skipper = Callable[[str, dict[str, str]], bool]


@dataclass
class Link:
    href: str
    text: str
    offset: int  # character offset of the link in the rendered text


@dataclass
class Rendered:
    text: str
    links: list[Link] = field(default_factory=list)


class _Renderer(HTMLParser):
    def __init__(self, skip: Skipper | None) -> None:
        super().__init__(convert_charrefs=True)
        self._skip = skip
        self._blocks: list[str] = []
        self._line: list[str] = []
        self._lines: list[str] = []
        self._skip_stack: list[str] = []  # tag names of open elements inside a skipped subtree
        self._pre = 0
        self._link_stack: list[tuple[str, int, list[str]]] = []
        self.links: list[Link] = []
        # Running lengths of the text rendered so far, so a link's offset costs O(1): summing
        # the blocks at every <a> made pages with many links quadratic.
        self._blocks_len = 0  # len("\n\n".join(blocks)) + 2 when there are blocks
        self._lines_len = 0  # len("\n".join(lines)) + 1 when there are lines
        self._line_len = 0  # len("".join(line))

    # -- structure -------------------------------------------------------------------------
    def _flush_line(self) -> None:
        raw = "".join(self._line)
        self._line = []
        self._line_len = 0
        line = raw if self._pre else _ASCII_SPACE.sub(" ", raw).strip(" ")
        self._lines.append(line)
        self._lines_len += len(line) + 1

    def _flush_block(self) -> None:
        self._flush_line()
        text = "\n".join(self._lines)
        self._lines = []
        self._lines_len = 0
        if not self._pre:
            text = text.strip("\n")
        if text.strip():
            self._blocks.append(text)
            self._blocks_len += len(text) + 2

    def _offset(self) -> int:
        return self._blocks_len + self._lines_len + self._line_len

    # -- parser callbacks --------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_stack:
            if tag not in VOID_TAGS:
                self._skip_stack.append(tag)
            return
        amap = {k: v or "" for k, v in attrs}
        if tag in SKIP_TAGS or (self._skip is not None and self._skip(tag, amap)):
            if tag not in VOID_TAGS:
                self._skip_stack.append(tag)
            return
        if tag == "br":
            self._flush_line()
        elif tag in BLOCK_TAGS:
            self._flush_block()
            if tag == "pre":
                self._pre += 1
        elif tag == "a":
            self._link_stack.append((amap.get("href", ""), self._offset(), []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            # Close up to the matching open tag; unmatched end tags inside are ignored.
            if tag in self._skip_stack:
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag in BLOCK_TAGS:
            self._flush_block()
            if tag == "pre" and self._pre:
                self._pre -= 1
        elif tag == "a" and self._link_stack:
            href, start, parts = self._link_stack.pop()
            text = _ASCII_SPACE.sub(" ", "".join(parts)).strip()
            self.links.append(Link(href, text, start))

    def handle_data(self, data: str) -> None:
        if self._skip_stack:
            return
        for _, _, parts in self._link_stack:
            parts.append(data)
        if self._pre:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._flush_line()
                self._line.append(part)
                self._line_len += len(part)
        else:
            self._line.append(data)
            self._line_len += len(data)

    def render(self) -> Rendered:
        self._flush_block()
        self.links.sort(key=lambda link: link.offset)
        return Rendered("\n\n".join(self._blocks), self.links)


def render(html: str, skip: Skipper | None = None) -> Rendered:
    """Render `html` to paragraphs separated by blank lines, plus the links met on the way."""
    parser = _Renderer(skip)
    parser.feed(html)
    parser.close()
    return parser.render()


def html_to_text(html: str, skip: Skipper | None = None) -> str:
    return render(html, skip).text


_TAGISH = re.compile(r"<(?:!DOCTYPE|html|head|body|p|div|br|a\s|span|table|pre|meta)\b", re.I)


def looks_like_html(head: str) -> bool:
    """True when the start of a text reads as markup rather than prose with a stray `<`."""
    return len(_TAGISH.findall(head[:20000])) >= 2
