"""Run a query: ranked or dated hits with snippets and matched paragraphs, and facets.

Snippets are plain text with each matched word wrapped in `[[` and `]]` (`HIGHLIGHT_OPEN`,
`HIGHLIGHT_CLOSE`); the text never contains markup, so any front end can escape it and then
turn the markers into its own highlighting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

import tantivy

from cablebase.errors import UsageError
from cablebase.search.index import build_index, has_index, open_index
from cablebase.search.paragraphs import matched_paragraphs
from cablebase.search.query import parse_query
from cablebase.search.query_ast import positive_terms
from cablebase.search.translate import translate

if TYPE_CHECKING:
    from cablebase.archive import Archive

Sort = Literal["rank", "date", "-date"]
SORTS: tuple[Sort, ...] = ("rank", "date", "-date")
HIGHLIGHT_OPEN = "[["
HIGHLIGHT_CLOSE = "]]"
SNIPPET_CHARS = 240
FACET_SIZE = 20
NO_VALUE = "(none)"
MAX_LIMIT = 1000

# Facet name -> indexed fast field. Single-valued facets get a NO_VALUE bucket for records
# without the field (articles have no origin), so that their counts add up to the total.
FACET_FIELDS = {
    "origin": "origin",
    "year": "year",
    "classification": "classification_exact",
    "tag": "tags",
    "caption": "caption",
}
_SINGLE_VALUED = ("origin", "year", "classification")


@dataclass(frozen=True)
class Hit:
    ref_id: str
    kind: str
    subject: str | None
    created: str | None
    origin: str | None
    classification: str | None
    score: float
    snippet: str
    paragraphs: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "ref_id": self.ref_id,
            "kind": self.kind,
            "subject": self.subject,
            "created": self.created,
            "origin": self.origin,
            "classification": self.classification,
            "score": self.score,
            "snippet": self.snippet,
            "paragraphs": list(self.paragraphs),
        }


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "hits": [h.to_json() for h in self.hits],
            "facets": {k: [[v, n] for v, n in b] for k, b in self.facets.items()},
        }


def _first(doc: tantivy.Document, name: str) -> Any:
    values = doc.get_all(name)
    return values[0] if values else None


def highlight(fragment: str, spans: list[tuple[int, int]]) -> str:
    """Wrap the spans (UTF-8 byte offsets, as tantivy gives them) of `fragment` in markers."""
    raw = fragment.encode("utf-8")
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(raw[at:start].decode("utf-8", "replace"))
        out.append(HIGHLIGHT_OPEN + raw[start:end].decode("utf-8", "replace") + HIGHLIGHT_CLOSE)
        at = end
    out.append(raw[at:].decode("utf-8", "replace"))
    return " ".join("".join(out).split())


def _snippet(generator: tantivy.SnippetGenerator, text: str) -> str:
    """The best passage of `text` (a body, which the index does not store) for the query."""
    doc = tantivy.Document()
    doc.add_text("body", text)
    snippet = generator.snippet_from_doc(doc)
    fragment = snippet.fragment()
    if not fragment:
        # No word of the query is in the body (a filter-only query): show how it begins.
        body = " ".join(text.split())
        return body[:SNIPPET_CHARS] + ("…" if len(body) > SNIPPET_CHARS else "")
    return highlight(fragment, [(r.start, r.end) for r in snippet.highlighted()])


def _facets(searcher: tantivy.Searcher, query: tantivy.Query, total: int) -> dict[str, Any]:
    request = {
        name: {"terms": {"field": fast, "size": FACET_SIZE}} for name, fast in FACET_FIELDS.items()
    }
    answer = searcher.aggregate(query, request)
    out: dict[str, list[tuple[str, int]]] = {}
    for name in FACET_FIELDS:
        part = answer.get(name) or {}
        buckets = [(str(b["key"]), int(b["doc_count"])) for b in part.get("buckets", [])]
        if name in _SINGLE_VALUED:
            counted = sum(n for _, n in buckets) + int(part.get("sum_other_doc_count", 0))
            if total > counted:
                buckets.append((NO_VALUE, total - counted))
        out[name] = buckets
    return out


def _check(limit: int, offset: int, sort: str) -> None:
    if not 0 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be between 0 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise UsageError(f"offset must be 0 or more, not {offset}")
    if sort not in SORTS:
        raise UsageError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")


def _iso(seconds: object) -> str | None:
    """A created date from the index (seconds) in the records' own form."""
    if not isinstance(seconds, int):
        return None
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def search(
    archive: Archive,
    query_text: str,
    *,
    limit: int = 10,
    offset: int = 0,
    sort: Sort = "rank",
    facets: bool = False,
) -> SearchResult:
    """Search the archive (building its index first if it has none). Raises QueryError for a
    malformed query, UsageError for a bad limit, offset or sort."""
    _check(limit, offset, sort)
    node = parse_query(query_text)
    if not has_index(archive.path):
        build_index(archive.path, archive.store)
    index = open_index(archive.path)
    searcher = index.searcher()
    query = translate(index.schema, query_text, node)
    if sort == "rank":
        found = searcher.search(query, limit, count=True, offset=offset)
    else:
        order = tantivy.Order.Asc if sort == "date" else tantivy.Order.Desc
        found = searcher.search(
            query, limit, count=True, order_by_field="created", offset=offset, order=order
        )
    # The stubs of tantivy-py 0.27 omit `count`, which `count=True` fills in.
    total = int(getattr(found, "count", 0) or 0)
    generator = tantivy.SnippetGenerator.create(searcher, query, index.schema, "body")
    generator.set_max_num_chars(SNIPPET_CHARS)
    terms = positive_terms(node)
    docs = [searcher.doc(address) for _, address in found.hits]
    texts = archive.store.get_texts([str(_first(doc, "id")) for doc in docs])
    hits = []
    for (key, _), doc in zip(found.hits, docs, strict=True):
        ref_id = str(_first(doc, "id"))
        kind = str(_first(doc, "kind"))
        if kind == "cable":
            created = _iso(_first(doc, "created"))
            paragraphs = archive.store.get_paragraphs(ref_id) if terms else ()
        else:
            article = archive.store.get_article(ref_id)
            created, paragraphs = (article.published if article else None), ()
        hits.append(
            Hit(
                ref_id=ref_id,
                kind=kind,
                subject=_first(doc, "subject"),
                created=created,
                origin=_first(doc, "origin"),
                classification=_first(doc, "classification_exact"),
                score=float(key) if sort == "rank" and key is not None else 0.0,
                snippet=_snippet(generator, texts.get(ref_id, "")),
                paragraphs=matched_paragraphs(paragraphs, terms) if paragraphs else (),
            )
        )
    return SearchResult(total, tuple(hits), _facets(searcher, query, total) if facets else {})
