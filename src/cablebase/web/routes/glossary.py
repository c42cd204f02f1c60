"""The glossary page: every abbreviation the cable pages explain on hover, A to Z, each with
an anchor (`/glossary#g-DFM`) that a cable page's list of its abbreviations links to."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cablebase.archive import Archive
from cablebase.web.connections import entry_json
from cablebase.web.render import respond


def _letter(term: str) -> str:
    first = term[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def glossary_data() -> dict[str, Any]:
    entries = [entry_json(e) for e in Archive.glossary()]
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        groups.setdefault(_letter(entry["term"]), []).append(entry)
    return {
        "total": len(entries),
        "entries": entries,
        "letters": [{"letter": k, "entries": v} for k, v in groups.items()],
    }


async def glossary(request: Request) -> Response:
    return respond(request, "glossary.html", glossary_data())


routes: list[BaseRoute] = [
    Route("/glossary", glossary, name="glossary"),
    Route("/glossary.json", glossary, name="glossary_json"),
]
