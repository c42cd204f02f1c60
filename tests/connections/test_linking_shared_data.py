"""Acceptance of `link-article` on the real dev articles and seed 002, against the dev cables
and the four seed cables (with the Cablegate ID list, so that row numbers resolve)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cablebase.archive import Archive
from cablebase.connections.article_input import article_from_file
from cablebase.model import Article
from tests.connections.devarchive import dev_archive, dev_articles, seed, without_citations

pytestmark = pytest.mark.shared_data

# Measured when written, without IDs: 8 of 9 articles (the Dilma article discusses 8 cables of
# the archive and gets 4 into its top 5); the issue asks for 0.7.
MIN_ARTICLES_FOUND = 0.7
MIN_CABLES_FOUND = 0.75  # (article, cable) pairs in the top 5: measured 22 of 26


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    with Archive.open(dev_archive(tmp_path_factory)) as opened:
        yield opened


@pytest.fixture(scope="module")
def articles(archive: Archive) -> list[tuple[dict[str, Any], Article, list[str]]]:
    stored = {c.ref_id for c in archive.cables()}
    out = []
    for truth, article in dev_articles():
        discussed = truth["cited_ids"] + truth["discussed_ids_inferred"]
        out.append((truth, article, [r for r in discussed if r in stored]))
    return out


def test_without_ids_the_discussed_cables_are_in_the_top_5(
    archive: Archive, articles: list[tuple[dict[str, Any], Article, list[str]]]
) -> None:
    passed = total = pairs = found = 0
    for _, article, discussed in articles:
        if not discussed:
            continue
        links = archive.link_article(without_citations(article), limit=5)
        assert not links.explicit
        top = [k.ref_id for k in links.links]
        hits = sum(1 for r in discussed if r in top)
        total += 1
        passed += hits >= min(5, len(discussed))
        pairs += len(discussed)
        found += hits
    assert total == 9
    assert passed / total >= MIN_ARTICLES_FOUND, f"{passed} of {total} articles"
    assert found / pairs >= MIN_CABLES_FOUND, f"{found} of {pairs} cables"


def test_with_ids_every_cited_cable_is_linked(
    archive: Archive, articles: list[tuple[dict[str, Any], Article, list[str]]]
) -> None:
    for truth, article, discussed in articles:
        links = archive.link_article(article, limit=10)
        explicit = {k.ref_id for k in links.explicit}
        listed = [k.ref_id for k in links.links]
        written = set(article.cites) | set(archive.store.resolve_rows(article.cited_rows).values())
        assert written & set(discussed) <= explicit, truth["file"]
        cited = [r for r in truth["cited_ids"] if r in discussed]
        assert set(cited) <= set(listed), truth["file"]


def test_articles_about_no_cable_get_no_links(
    archive: Archive, articles: list[tuple[dict[str, Any], Article, list[str]]]
) -> None:
    negatives = [a for t, a, _ in articles if not t["cited_ids"] + t["discussed_ids_inferred"]]
    assert len(negatives) == 2
    for article in negatives:
        assert archive.link_article(article).links == (), article.title


def test_seed_002_links_to_the_russia_pakistan_cables(archive: Archive) -> None:
    article = article_from_file(seed("002"))
    links = archive.link_article(article, limit=3)
    top = [k.ref_id for k in links.links]
    assert {"07MOSCOW4420", "08MOSCOW434"} & set(top), top
    assert not any(k.explicit for k in links.links)
