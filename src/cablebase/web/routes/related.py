"""Related cables at /cable/REFID/related and its twin: the cables most like one cable by
what they say, the TAGS they share, the same post and nearness in time, each with its score
and the signals it shares (cablebase.connections.related).

A page of its own, linked from the cable page: finding them costs 10-40 ms on a full archive,
more than a cable page may take."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from cablebase.connections.related import Related
from cablebase.web.named_cable import named_cable
from cablebase.web.params import int_param
from cablebase.web.render import respond
from cablebase.web.site import site_of
from cablebase.web.urls import cable_url

DEFAULT_LIMIT = 10
MAX_LIMIT = 50


def related_json(item: Related) -> dict[str, Any]:
    signals = []
    if item.shared_tags:
        signals.append("TAGS " + ", ".join(item.shared_tags))
    if item.same_origin:
        signals.append("the same post")
    if item.days_apart is not None:
        signals.append(f"{item.days_apart:,} day{'' if item.days_apart == 1 else 's'} apart")
    return {**item.to_json(), "url": cable_url(item.ref_id), "signals": signals}


async def related(request: Request) -> Response:
    site = site_of(request)
    limit = int_param(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    cable = named_cable(request, "/related")
    if isinstance(cable, RedirectResponse):
        return cable
    found = site.archive.related(cable.ref_id, limit)
    data = {
        "ref_id": cable.ref_id,
        "subject": cable.subject,
        "url": cable_url(cable.ref_id),
        "limit": limit,
        "related": [related_json(r) for r in found],
    }
    return respond(request, "related.html", data)


routes: list[BaseRoute] = [
    Route("/cable/{ref_id}/related.json", related, name="related_json"),
    Route("/cable/{ref_id}/related", related, name="related"),
]
