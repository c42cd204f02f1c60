"""The article page at /article/ID and its twin: the text, its metadata, and the cables it
cites, linked (or marked "not in this archive")."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cablebase.web.connections import article_connections
from cablebase.web.errors import WebError
from cablebase.web.params import text_param
from cablebase.web.render import is_twin, respond
from cablebase.web.site import site_of
from cablebase.web.text import Highlighter, fragments
from cablebase.web.urls import article_url, cable_url, safe_external


async def article(request: Request) -> Response:
    site = site_of(request)
    article_id = request.path_params["article_id"]
    found = site.archive.get_article(article_id)
    if found is None:
        raise WebError(
            404,
            "article_not_found",
            f"no article {article_id!r} in this archive; articles are listed by search "
            "(kind:article)",
            article_id=article_id,
        )
    citations = [
        {**c.to_json(), "url": cable_url(c.ref_id) if c.cable else None}
        for c in site.archive.article_citations(article_id)
    ]
    data: dict[str, Any] = {
        "id": article_id,
        "url": article_url(article_id),
        "article": found.to_json(),
        "citations": citations,
        "connections": article_connections(site, article_id, found),
    }
    if is_twin(request):
        return respond(request, "article.html", data)
    query = text_param(request, "q")
    highlighter = Highlighter.from_query(query) if query.strip() else None
    seen: dict[str, bool] = {}
    paragraphs = [
        fragments(part.strip(), highlighter, seen)
        for part in found.text.split("\n\n")
        if part.strip()
    ]
    return respond(
        request,
        "article.html",
        data,
        paragraphs=paragraphs,
        source_link=safe_external(found.url),
        title_fragments=fragments(found.title, highlighter, seen),
        q=query,
    )


routes: list[BaseRoute] = [
    Route("/article/{article_id}.json", article, name="article_json"),
    Route("/article/{article_id}", article, name="article"),
]
