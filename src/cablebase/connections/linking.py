"""Articles linked to the cables they discuss: the ones they cite, and the ones they do not.

Explicit links are the article's own citations (cable IDs, links to cable pages, and
cables.csv row numbers the archive can resolve); they come first, with `explicit=True`.
Inferred links are found from the article's clues (see `clues`): one query over the search
index gathers candidates by the article's names, places, quotations, dates and distinctive
words; each candidate's evidence is then checked in its text (see `evidence`), and those with
enough of it are listed, strongest first. An article about no cable gets no inferred links.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import tantivy

from cablebase.connections.clues import NOT_NAMES, Clues, article_clues, name_forms
from cablebase.connections.dates import Mention
from cablebase.connections.evidence import (
    DATE_WEIGHT,
    MONTH_WEIGHT,
    NAME_WEIGHT,
    PLACE_WEIGHT,
    POST_WEIGHT,
    QUOTE_WEIGHT,
    TOPIC_WEIGHT,
    Evidence,
    evidence_for,
)
from cablebase.connections.profile import QUOTE_WINDOW, CableText, Profile
from cablebase.connections.textterms import (
    IndexView,
    Weighted,
    check_limit,
    weighted_terms,
)
from cablebase.model import Article
from cablebase.search.documents import code
from cablebase.store.base import Store
from cablebase.telegram.refid import split_ref_id

CANDIDATES = 40
TOPIC_TERMS = 25
# What the article's distinctive words weigh together in the query (a rare name weighs 1).
TOPIC_BOOST = 3 * TOPIC_WEIGHT
MAX_QUERY_NAMES = 30
MAX_QUOTES = 8
# An inferred link needs this much evidence (a rare shared name alone is about 1) and at least
# two kinds of it, unless a quotation is found verbatim.
MIN_SCORE = 1.8
MIN_KINDS = 2
# Scores are shown on 0..1: explicit links 1, inferred ones score / (score + SCORE_SCALE).
SCORE_SCALE = 3.0

_Q = tantivy.Query
_O = tantivy.Occur
_Clause = tuple[tantivy.Occur, tantivy.Query]


@dataclass(frozen=True, slots=True)
class ArticleLink:
    ref_id: str
    score: float
    explicit: bool
    evidence: tuple[Evidence, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "ref_id": self.ref_id,
            "score": self.score,
            "explicit": self.explicit,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class ArticleLinks:
    title: str
    links: tuple[ArticleLink, ...]

    @property
    def explicit(self) -> tuple[ArticleLink, ...]:
        return tuple(link for link in self.links if link.explicit)

    @property
    def inferred(self) -> tuple[ArticleLink, ...]:
        return tuple(link for link in self.links if not link.explicit)

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "links": [link.to_json() for link in self.links]}


def _boosted(query: tantivy.Query, weight: float) -> _Clause:
    return (_O.Should, _Q.boost_query(query, weight))


def _stems(view: IndexView, text: str) -> list[str]:
    return [s for s in view.stemmer.analyze(text) if s]


def _day_range(view: IndexView, mention: Mention) -> tantivy.Query:
    day = mention.as_date()
    if day is None:
        start = dt.date(mention.year, mention.month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1)
    else:
        start, end = day - dt.timedelta(days=1), day + dt.timedelta(days=2)
    seconds = [
        int(dt.datetime.combine(d, dt.time(), tzinfo=dt.UTC).timestamp()) for d in (start, end)
    ]
    return _Q.range_query(
        view.schema, "created", tantivy.FieldType.Integer, seconds[0], seconds[1] - 1
    )


def _name_clauses(view: IndexView, clues: Clues) -> list[_Clause]:
    clauses = []
    for name in clues.names[:MAX_QUERY_NAMES]:
        for word in name.words:
            for stem in {s for form in name_forms(word) for s in _stems(view, form)}:
                if view.doc_freq("body", stem) > 0:
                    term = _Q.term_query(view.schema, "body", stem)
                    clauses.append(_boosted(term, NAME_WEIGHT * view.idf(stem)))
    return clauses


def _place_clauses(view: IndexView, clues: Clues) -> list[_Clause]:
    clauses = []
    most = max(clues.places.values(), default=1)
    for place, count in clues.places.items():
        share = (count / most) ** 0.5
        for stem in {s for word in place.words for s in _stems(view, word)}:
            term = _Q.term_query(view.schema, "body", stem)
            clauses.append(_boosted(term, PLACE_WEIGHT * share * view.idf(stem)))
        for post in place.posts:
            term = _Q.term_query(view.schema, "origin_key", post.lower())
            clauses.append(_boosted(term, POST_WEIGHT * share))
    return clauses


def _quote_clauses(view: IndexView, clues: Clues) -> list[_Clause]:
    """The middle words of each quotation as a phrase (its ends are often paraphrased)."""
    clauses = []
    for quote in clues.quotes[:MAX_QUOTES]:
        stems = _stems(view, quote)
        if len(stems) >= QUOTE_WINDOW:
            middle = (len(stems) - QUOTE_WINDOW) // 2
            window: list[str | tuple[int, str]] = list(stems[middle : middle + QUOTE_WINDOW])
            phrase = _Q.phrase_query(view.schema, "body", window)
            clauses.append(_boosted(phrase, QUOTE_WEIGHT))
    return clauses


def _date_clauses(view: IndexView, clues: Clues) -> list[_Clause]:
    return [
        (
            _O.Should,
            _Q.const_score_query(_day_range(view, m), DATE_WEIGHT if m.day else MONTH_WEIGHT),
        )
        for m in clues.dates
    ]


def _topic_clauses(view: IndexView, topics: list[Weighted]) -> list[_Clause]:
    total = sum(t.weight for t in topics) or 1.0
    return [
        _boosted(_Q.term_query(view.schema, "body", t.term), TOPIC_BOOST * t.weight / total)
        for t in topics
    ]


def _query(view: IndexView, clues: Clues, topics: list[Weighted]) -> tantivy.Query:
    """One flat disjunction of every clue (nested required clauses would be much slower)."""
    clauses = [
        *_name_clauses(view, clues),
        *_place_clauses(view, clues),
        *_quote_clauses(view, clues),
        *_date_clauses(view, clues),
        *_topic_clauses(view, topics),
    ]
    return _Q.boolean_query(clauses) if clauses else _Q.empty_query()


def _cable_text(doc: tantivy.Document, bodies: dict[str, str]) -> CableText:
    ref_id = str(doc.get_first("id"))
    parts = split_ref_id(ref_id)
    created = doc.get_first("created")
    day = dt.datetime.fromtimestamp(created, dt.UTC).date() if isinstance(created, int) else None
    subject, body = doc.get_first("subject") or "", bodies.get(ref_id, "")
    return CableText.of(
        ref_id, parts[1] if parts else None, doc.get_first("origin"), day, subject, body
    )


def explicit_ids(store: Store, article: Article) -> dict[str, Evidence]:
    """The cables the article cites, by ID or by a row number the archive resolves."""
    cited = {code(ref): Evidence("cited", code(ref)) for ref in article.cites}
    for row, ref in sorted(store.resolve_rows(article.cited_rows).items()):
        cited.setdefault(ref, Evidence("row", f"cable {row}"))
    return cited


def _score(items: list[Evidence]) -> float:
    return sum(e.weight for e in items)


def _enough(items: list[Evidence]) -> bool:
    kinds = {e.kind for e in items}
    return "quote" in kinds or (_score(items) >= MIN_SCORE and len(kinds) >= MIN_KINDS)


def link_article(view: IndexView, store: Store, article: Article, limit: int = 10) -> ArticleLinks:
    """The cables `article` discusses: explicit links first, then at most `limit` links in
    all (explicit links are never cut); UsageError for a limit outside 1..MAX_LIMIT."""
    check_limit(limit)
    clues = article_clues(article)
    topics = weighted_terms(view, clues.text, limit=TOPIC_TERMS, skip=NOT_NAMES, linear_tf=True)
    cited = explicit_ids(store, article)
    profile = Profile.of(view, clues, topics)
    found = view.searcher.search(_query(view, clues, topics), CANDIDATES)
    docs = [view.searcher.doc(address) for _, address in found.hits]
    for ref in cited:
        docs += [view.searcher.doc(a) for _, a in view.searcher.search(_by_id(view, ref), 1).hits]
    docs = [doc for doc in docs if doc.get_first("kind") == "cable"]
    bodies = store.get_texts([str(doc.get_first("id")) for doc in docs])
    explicit: dict[str, ArticleLink] = {}
    inferred: list[ArticleLink] = []
    for doc in docs:
        cable = _cable_text(doc, bodies)
        if cable.ref_id in explicit:
            continue
        items = evidence_for(profile, cable)
        raw = _score(items)
        if cable.ref_id in cited:
            link = ArticleLink(cable.ref_id, 1.0, True, (cited[cable.ref_id], *items))
            explicit[cable.ref_id] = link
        elif _enough(items):
            score = round(raw / (raw + SCORE_SCALE), 3)
            inferred.append(ArticleLink(cable.ref_id, score, False, tuple(items)))
    inferred = sorted({link.ref_id: link for link in inferred}.values(), key=lambda k: -k.score)
    ordered = sorted(explicit.values(), key=lambda k: -_score(list(k.evidence)))
    room = max(0, limit - len(ordered))
    return ArticleLinks(article.title, tuple(ordered + inferred[:room]))


def _by_id(view: IndexView, ref_id: str) -> tantivy.Query:
    return _Q.term_query(view.schema, "id", ref_id)
