"""The cable page at /cable/REFID and its twin: metadata, header, the body with a ¶ permalink
on every numbered paragraph, the share line, decoded TAGS and classification reasons,
references, who cites it, the articles about it, its sources and versions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from cablebase.archive import Archive
from cablebase.model import Cable
from cablebase.web.cablebody import body_blocks
from cablebase.web.connections import CableConnections, cable_connections
from cablebase.web.explain import caption_meaning, precedence_meaning, reason_meaning, tag_meaning
from cablebase.web.named_cable import named_cable
from cablebase.web.params import text_param
from cablebase.web.render import is_twin, respond
from cablebase.web.site import site_of
from cablebase.web.text import Highlighter, fragments
from cablebase.web.urls import article_url, cable_url
from cablebase.web.versions import compare_versions

CITED_BY_SHOWN = 200


def share_line(ref_id: str) -> str:
    return f"#cablegate #{ref_id}"


def _explained(cable: Cable) -> dict[str, Any]:
    reasons = cable.classified_by.reasons if cable.classified_by else ()
    return {
        "tags": {t: tag_meaning(t) for t in cable.tags},
        "reasons": {r: reason_meaning(r) for r in reasons},
        "captions": {c: caption_meaning(c) for c in cable.captions},
        "precedence": precedence_meaning(cable.precedence),
        "declassify_on": cable.eo.declassify_on if cable.eo else None,
    }


def public_path(path: str) -> str:
    """A source as readers of a served archive see it: the file's name (and the member inside
    an archive file), never the folders of the machine that ingested it."""
    outer, bang, member = path.partition("!")
    return (PurePath(outer).name or outer) + bang + member


def _public(cable: Cable) -> Cable:
    return replace(
        cable, sources=tuple(replace(s, path=public_path(s.path)) for s in cable.sources)
    )


def cable_data(archive: Archive, cable: Cable, connections: dict[str, Any]) -> dict[str, Any]:
    """The twin: the record, and what the archive knows around it."""
    cited = archive.cable_summaries(r.ref_id for r in cable.references if r.ref_id)
    references = []
    for ref in cable.references:
        summary = cited.get(ref.ref_id) if ref.ref_id else None
        references.append(
            {
                **ref.to_json(),
                "in_archive": summary is not None,
                "subject": summary.subject if summary else None,
                "url": cable_url(ref.ref_id) if summary and ref.ref_id else None,
            }
        )
    cited_by, cited_total = archive.cited_by(cable.ref_id, CITED_BY_SHOWN)
    articles = [
        {**a.to_json(), "page": article_url(a.id)} for a in archive.citing_articles(cable.ref_id)
    ]
    versions = compare_versions(cable, [_public(v) for v in archive.versions(cable.ref_id)])
    return {
        "cable": cable.to_json(),
        "url": cable_url(cable.ref_id),
        "share": share_line(cable.ref_id),
        "explained": _explained(cable),
        "references": references,
        "cited_by": {"total": cited_total, "cables": [c.to_json() for c in cited_by]},
        "articles": articles,
        "versions": [v.to_json() for v in versions],
        "connections": connections,
    }


def _page_extras(cable: Cable, query: str, links: CableConnections) -> dict[str, Any]:
    highlighter = Highlighter.from_query(query) if query.strip() else None
    seen: dict[str, bool] = {}
    cut = body_blocks(cable.body, cable.paragraphs)
    texts = links.glossed_body(
        [(len(b.text), fragments(b.text.rstrip("\n"), highlighter, seen)) for b in cut]
    )
    blocks = [
        {"number": b.number, "marking": b.marking, "fragments": text}
        for b, text in zip(cut, texts, strict=True)
    ]
    subject = fragments(cable.subject or "", highlighter, seen)
    return {
        "q": query,
        "blocks": blocks,
        "subject_fragments": links.glossed_subject(subject),
        "addresses": links.glossed_addresses(),
        "graph_svg": links.graph_svg(),
        "highlighted": highlighter is not None,
    }


async def cable(request: Request) -> Response:
    site = site_of(request)
    found = named_cable(request)
    if isinstance(found, RedirectResponse):
        return found
    found = _public(found)
    links = cable_connections(site, found)
    data = cable_data(site.archive, found, links.to_json())
    if is_twin(request):
        return respond(request, "cable.html", data)
    query = text_param(request, "q")
    return respond(request, "cable.html", data, **_page_extras(found, query, links))


routes: list[BaseRoute] = [
    Route("/cable/{ref_id}.json", cable, name="cable_json"),
    Route("/cable/{ref_id}", cable, name="cable"),
]
