"""Helpers for the reading room's tests: archives to serve, a client, an HTML inspector."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

from starlette.exceptions import StarletteDeprecationWarning

from cablebase.archive import Archive
from cablebase.model import Article, Cable, ClassifiedBy, EOLine, Paragraph, Reference, Source

with warnings.catch_warnings():
    # Starlette would rather have `httpx2`; the project pins httpx, which works the same.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

__all__ = ["HTML", "TestClient", "build_hostile", "inspect_html"]

HTML = {"accept": "text/html"}

SCRIPT = "<script>alert('pwned')</script>"
ONERROR = '<img src=x onerror="alert(1)">'
JS_URL = "javascript:alert(document.cookie)"


def hostile_cable() -> Cable:
    """A cable whose every text field tries to break out of its place on the page."""
    body = (
        f"S E C R E T\n\nSUBJECT: {SCRIPT}\n\n"
        f"1. (S) First {SCRIPT} paragraph with {ONERROR} inside.\n\n"
        f'2. (C) See <a href="{JS_URL}">this link</a> and "quotes" & ampersands.\n\n'
        f"3. (U) Plain {JS_URL} text ending here.\n"
    )
    return Cable(
        ref_id="09HOSTILE1",
        created="2009-05-01T10:00:00Z",
        released="2010-12-01T00:00:00Z",
        classification="SECRET",
        origin=f"Embassy {SCRIPT}",
        precedence="IMMEDIATE",
        from_=f"AMEMBASSY {ONERROR}",
        tags=("PREL", f"X{SCRIPT}"),
        subject=f"{SCRIPT} {ONERROR} SUBJECT",
        references=(
            Reference("A", "09HOSTILE0", "09HOSTILE0", "cable"),
            Reference("B", f"{JS_URL} {SCRIPT}", None, "other"),
        ),
        classified_by=ClassifiedBy(f"{SCRIPT} for reasons 1.4 (b)", (SCRIPT,), None, ("1.4(b)",)),
        eo=EOLine(f"E.O. 12958: DECL: {SCRIPT}", "12958", None),
        paragraphs=(
            Paragraph(1, f"First {SCRIPT} paragraph with {ONERROR} inside.", "S"),
            Paragraph(2, f'See <a href="{JS_URL}">this link</a> and "quotes".', "C"),
            Paragraph(3, f"Plain {JS_URL} text ending here.", "U"),
        ),
        header=f"VZCZC {SCRIPT}",
        body=body,
        sources=(Source(f"{SCRIPT}.txt", "telegram"),),
    )


def hostile_article() -> Article:
    return Article(
        title=f"{SCRIPT} headline {ONERROR}",
        text=f"Para one {SCRIPT}.\n\nPara two {ONERROR} and {JS_URL}.",
        published="2011-01-02",
        url=JS_URL,
        cites=("09HOSTILE1", "10MISSING1"),
        sources=(Source("story.html", "article-html"),),
    )


def build_hostile(db: Path) -> Path:
    """An archive of hostile records, plus a second version of one cable (for the diff)."""
    cable = hostile_cable()
    second = replace(
        cable,
        body=cable.body.replace("First", f"Changed {SCRIPT}"),
        paragraphs=cable.paragraphs[:2],
        sources=(Source("other-copy.txt", "repost"),),
    )
    cited = Cable(
        ref_id="09HOSTILE0",
        created="2009-04-01T10:00:00Z",
        subject="The cited one",
        origin="Embassy Test",
        classification="CONFIDENTIAL",
        body="1. (C) Cited text.",
        paragraphs=(Paragraph(1, "Cited text.", "C"),),
        sources=(Source("cited.txt", "telegram"),),
    )
    with Archive.open(db, create=True) as archive:
        archive.store.put_many([cited, cable, hostile_article()])
        archive.store.put_many([second])
        archive.update_index()
    return db


@dataclass
class Inspection:
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def named(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


class _Collector(HTMLParser):
    def __init__(self, out: Inspection) -> None:
        super().__init__(convert_charrefs=True)
        self.out = out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.out.text.append(data)


def inspect_html(page: str) -> Inspection:
    """The elements and text of a page, as a browser's parser would see them."""
    out = Inspection()
    collector = _Collector(out)
    collector.feed(page)
    collector.close()
    return out
