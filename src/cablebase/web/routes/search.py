"""The search page and its twin: the query box, facets as filter links with counts, sort,
pages of hits with marked snippets and the paragraphs that matched, and a hits-per-year chart
whose bars narrow the search to a year."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cablebase.search.engine import NO_VALUE, Hit, SearchResult
from cablebase.web.chart import year_chart
from cablebase.web.listing import pager
from cablebase.web.params import bad, page_param, pages, sort_param, text_param
from cablebase.web.render import respond
from cablebase.web.site import site_of
from cablebase.web.text import snippet_fragments
from cablebase.web.urls import add_filter, article_url, cable_url, filter_term, search_url

PER_PAGE = 20


def _hit(hit: Hit, query: str) -> dict[str, Any]:
    data = hit.to_json()
    if hit.kind == "cable":
        data["url"] = url = cable_url(hit.ref_id, query)
        # One encoding of the query per hit: a hit can match hundreds of paragraphs.
        data["paragraph_urls"] = [f"{url}#par{n}" for n in hit.paragraphs]
    else:
        data["url"] = article_url(hit.ref_id)
        data["paragraph_urls"] = []
    return data


def _narrowed(query: str, name: str, value: str, values: list[str]) -> str:
    """`query` narrowed to one facet value. A facet counts exact markings, but
    `classification:SECRET` also finds SECRET//NOFORN: leave the finer ones out."""
    narrowed = add_filter(query, name, value)
    if name == "classification":
        for finer in values:
            if finer.startswith(value + "//"):
                narrowed += " -" + filter_term(name, finer)
    return narrowed


def _facets(result: SearchResult, query: str, sort: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for name, buckets in result.facets.items():
        values = [v for v, _ in buckets]
        out[name] = [
            {
                "value": value,
                "count": count,
                "url": None
                if value == NO_VALUE
                else search_url(_narrowed(query, name, value, values), sort),
            }
            for value, count in buckets
        ]
    return out


def search_data(request: Request) -> tuple[dict[str, Any], SearchResult | None]:
    query = text_param(request, "q")
    sort = sort_param(request)
    page = page_param(request)
    data: dict[str, Any] = {"query": query, "sort": sort, "total": 0, "per_page": PER_PAGE}
    if not query.strip():
        # An empty query would list the whole archive: that is what browsing is for.
        return {**data, "hits": [], "facets": {}, "years": [], "pager": pager(request, 1, 1)}, None
    result = site_of(request).archive.search(
        query, limit=PER_PAGE, offset=(page - 1) * PER_PAGE, sort=sort, facets=True
    )
    last = pages(result.total, PER_PAGE)
    if page > last:
        raise bad("page", f"this search has {last} pages, not {page}")
    data.update(
        total=result.total,
        hits=[_hit(h, query) for h in result.hits],
        facets=_facets(result, query, sort),
        pager=pager(request, page, last),
    )
    return data, result


async def search(request: Request) -> Response:
    data, result = search_data(request)
    query, sort = data["query"], data["sort"]
    chart = year_chart(
        result.facets.get("year", []) if result else [],
        lambda year: search_url(add_filter(query, "year", year), sort),
    )
    data["years"] = [b.to_json() for b in chart.bars] if chart else []
    snippets = [snippet_fragments(h["snippet"]) for h in data["hits"]]
    return respond(request, "search.html", data, chart=chart, snippets=snippets)


routes: list[BaseRoute] = [
    Route("/search", search, name="search"),
    Route("/search.json", search, name="search_json"),
]
