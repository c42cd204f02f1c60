"""Articles linked to the cables they discuss, as the reading room shows them: explicit
citations and inferred links told apart, each with its score and evidence.

Linking one article costs about 100 ms (`Archive.link_article`), so each article's links are
computed once and kept until the archive changes (`Site.cached`). A cable page needs the other
direction, every article that discusses the cable; the archive stores no inferred links, so
the reading room works them out itself, once, by linking every article: affordable for an
archive of a few dozen articles, not for thousands. Above `MAX_SCANNED` articles a cable page
lists only the articles that cite it, and says so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from cablebase.connections.evidence import Evidence
from cablebase.connections.linking import ArticleLink, ArticleLinks
from cablebase.errors import CablebaseError
from cablebase.model import Article
from cablebase.store.base import article_id
from cablebase.store.browse import CableSummary
from cablebase.web.site import Site
from cablebase.web.urls import article_url, cable_url

log = logging.getLogger("cablebase.web")

MAX_SCANNED = 50
# What each kind of evidence is, in words a reader follows.
EVIDENCE_LABELS = {
    "cited": "cites it by its ID",
    "row": "cites its cables.csv row",
    "name": "a name both give",
    "place": "a place both name",
    "origin": "about the post that wrote it",
    "quote": "a quotation found in the cable",
    "date": "a date that is the cable's",
    "month": "the month of the cable",
    "topic": "words both use",
    "subject": "words of the cable's subject",
}


def evidence_json(items: Iterable[Evidence]) -> list[dict[str, Any]]:
    return [{**e.to_json(), "label": EVIDENCE_LABELS.get(e.kind, e.kind)} for e in items]


def kind_label(explicit: bool) -> str:
    return "cites it" if explicit else "inferred"


def article_links(site: Site, key: str, article: Article) -> ArticleLinks:
    """The links of the stored article `key`, computed on first use."""
    return site.cached(("article_links", key), lambda: site.archive.link_article(article))


def link_json(link: ArticleLink, summary: CableSummary | None) -> dict[str, Any]:
    """One cable an article discusses, for the article page."""
    return {
        "ref_id": link.ref_id,
        "explicit": link.explicit,
        "label": kind_label(link.explicit),
        "score": link.score,
        "evidence": evidence_json(link.evidence),
        "in_archive": summary is not None,
        "subject": summary.subject if summary else None,
        "created": summary.created if summary else None,
        "url": cable_url(link.ref_id) if summary else None,
    }


def linked_cables(site: Site, key: str, article: Article) -> dict[str, Any]:
    """The article page's block: the cables the article cites and those it discusses."""
    found = article_links(site, key, article)
    summaries = site.archive.cable_summaries(link.ref_id for link in found.links)
    return {
        "cables": [link_json(link, summaries.get(link.ref_id)) for link in found.links],
        "explicit": len(found.explicit),
        "inferred": len(found.inferred),
    }


def _reverse(site: Site) -> dict[str, list[dict[str, Any]]] | None:
    """ref_id -> the articles inferred to discuss it, best first; None when the archive has
    too many articles to link them all here."""
    if site.archive.count_records().get("articles", 0) > MAX_SCANNED:
        return None
    by_cable: dict[str, list[dict[str, Any]]] = {}
    for article in site.archive.articles():
        key = article_id(article)
        for link in article_links(site, key, article).inferred:
            by_cable.setdefault(link.ref_id, []).append(
                {
                    "id": key,
                    "title": article.title,
                    "published": article.published,
                    "page": article_url(key),
                    "label": kind_label(False),
                    "score": link.score,
                    "evidence": evidence_json(link.evidence),
                }
            )
    for found in by_cable.values():
        found.sort(key=lambda a: (-a["score"], a["id"]))
    return by_cable


def inferred_articles(site: Site, ref_id: str) -> dict[str, Any]:
    """The cable page's inferred articles: `complete` is false when they were not worked out
    (too many articles), `articles` the ones found."""
    by_cable = site.cached(("articles_by_cable",), lambda: _reverse(site))
    if by_cable is None:
        return {"complete": False, "articles": [], "limit": MAX_SCANNED}
    return {"complete": True, "articles": by_cable.get(ref_id, []), "limit": MAX_SCANNED}


def warm(site: Site) -> None:
    """Work the cable pages' inferred articles out now (at start-up), not on a first page.
    A failure is logged, not raised: the server still starts, and the pages that need the
    links try again and report it."""
    try:
        inferred_articles(site, "")
    except CablebaseError as exc:
        log.warning("could not link the archive's articles to its cables: %s", exc)
