"""Related cables ("more like this"): the cables that say most nearly what a cable says.

One query over the search index, no precomputation: the cable's 30 most distinctive words
(tf-idf, subject words doubled) find 50 candidates; these are re-ranked with the other signals
a reader uses: shared TAGS, the same post, nearness in time. What a cable cites is never part
of the query (REF lines and cable IDs are taken out), so a citation alone does not make two
cables related; the reference graph says that.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import tantivy

from cablebase.connections.textterms import (
    IndexView,
    Weighted,
    check_limit,
    strip_citations,
    weighted_terms,
)
from cablebase.model import Cable
from cablebase.search.documents import code, epoch_seconds
from cablebase.store.base import Store

QUERY_TERMS = 30
CANDIDATES = 50
SUBJECT_BOOST = 2.0
# Re-ranking: the text score (1 for the best candidate) plus these bonuses.
TIME_WEIGHT = 0.2
TIME_SCALE_DAYS = 90.0
ORIGIN_WEIGHT = 0.05
SHARED_TAGS_WEIGHT = 0.2
SHOWN_TERMS = 8

_Q = tantivy.Query
_O = tantivy.Occur
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Related:
    """A cable related to another, with why: the distinctive words both use, the TAGS they
    share, whether they come from the same post and how many days apart they were written."""

    ref_id: str
    score: float
    subject: str | None
    created: str | None
    origin: str | None
    shared_terms: tuple[str, ...]
    shared_tags: tuple[str, ...]
    same_origin: bool
    days_apart: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "ref_id": self.ref_id,
            "score": self.score,
            "subject": self.subject,
            "created": self.created,
            "origin": self.origin,
            "shared_terms": list(self.shared_terms),
            "shared_tags": list(self.shared_tags),
            "same_origin": self.same_origin,
            "days_apart": self.days_apart,
        }


def cable_text(cable: Cable) -> str:
    """What a cable says, without its header lines and without what it cites: the numbered
    paragraphs when it has them, else the body; REF item texts and cable IDs removed."""
    text = "\n".join(p.text for p in cable.paragraphs) if cable.paragraphs else cable.body
    for ref in cable.references:
        if len(ref.text) > 3:
            text = text.replace(ref.text, " ")
    return strip_citations(f"{cable.subject or ''}\n{text}")


def _query(view: IndexView, cable: Cable, terms: list[Weighted]) -> tantivy.Query:
    """A flat disjunction: nesting it under required clauses (kind, TAGS) would keep tantivy
    from skipping the blocks that cannot reach the top, which is several times slower."""
    schema = view.schema
    clauses = []
    subject = {stem for stem, _ in view.stems(cable.subject or "")}
    for t in terms:
        clauses.append((_O.Should, _Q.boost_query(_Q.term_query(schema, "body", t.term), t.weight)))
        if t.term in subject:
            query = _Q.term_query(schema, "subject", t.term)
            clauses.append((_O.Should, _Q.boost_query(query, t.weight * SUBJECT_BOOST)))
    if not clauses:
        return _Q.empty_query()
    clauses.append((_O.MustNot, _Q.term_query(schema, "id", cable.ref_id)))
    return _Q.boolean_query(clauses)


def present_words(text: str) -> set[str]:
    """The lower-cased, accent-folded words of `text`: enough to tell which query words a
    candidate uses, far cheaper than running the analyzer over it."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return set(_WORD.findall(text.lower()))


def _iso(seconds: object) -> str | None:
    if not isinstance(seconds, int):
        return None
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class _Candidate:
    total: float
    doc: tantivy.Document
    tags: frozenset[str]
    created: int | None
    days: int | None
    same_origin: bool


def _candidate(cable: Cable, doc: tantivy.Document, text_score: float) -> _Candidate:
    """The text score (1 for the best) plus the bonuses of the other signals."""
    own_tags = {code(t) for t in cable.tags}
    tags = frozenset(str(t) for t in doc.get_all("tags"))
    own_time = epoch_seconds(cable.created)
    created = doc.get_first("created")
    created = created if isinstance(created, int) else None
    total = text_score
    days = None
    if own_time is not None and created is not None:
        days = abs(own_time - created) // 86400
        total += TIME_WEIGHT * math.exp(-days / TIME_SCALE_DAYS)
    same_origin = bool(cable.origin) and doc.get_first("origin") == cable.origin
    total += ORIGIN_WEIGHT if same_origin else 0.0
    if own_tags or tags:
        total += SHARED_TAGS_WEIGHT * len(own_tags & tags) / len(own_tags | tags)
    return _Candidate(total, doc, tags, created, days, same_origin)


def related_cables(view: IndexView, store: Store, cable: Cable, limit: int = 10) -> list[Related]:
    """The `limit` cables most like `cable` in the archive of `store` and its index `view`,
    best first (see the module docstring); UsageError for a limit outside 1..MAX_LIMIT."""
    check_limit(limit)
    terms = weighted_terms(view, cable_text(cable), limit=QUERY_TERMS, boost=[cable.subject or ""])
    found = view.searcher.search(_query(view, cable, terms), max(CANDIDATES, limit))
    best = max((float(score) for score, _ in found.hits), default=0.0) or 1.0
    candidates = []
    for score, address in found.hits:
        doc = view.searcher.doc(address)
        if doc.get_first("kind") == "cable":
            candidates.append(_candidate(cable, doc, float(score) / best))
    candidates.sort(key=lambda c: -c.total)
    shown = candidates[:limit]
    bodies = store.get_texts([str(c.doc.get_first("id")) for c in shown])
    return [_related(cable, terms, c, candidates[0].total, bodies) for c in shown]


def _related(
    cable: Cable, terms: list[Weighted], c: _Candidate, top: float, bodies: dict[str, str]
) -> Related:
    doc = c.doc
    body = bodies.get(str(doc.get_first("id")), "")
    words = present_words(f"{doc.get_first('subject') or ''}\n{body}")
    shared = [t.word for t in terms if t.word in words or t.term in words]
    return Related(
        ref_id=str(doc.get_first("id")),
        score=round(c.total / top, 3),
        subject=doc.get_first("subject"),
        created=_iso(c.created),
        origin=doc.get_first("origin"),
        shared_terms=tuple(shared[:SHOWN_TERMS]),
        shared_tags=tuple(sorted({code(t) for t in cable.tags} & c.tags)),
        same_origin=c.same_origin,
        days_apart=c.days,
    )
