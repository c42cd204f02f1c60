"""The people index: `/people` (the people named in most cables; `?q=` filters by name) and
`/person/KEY`, one person with the cables they appear in, a page at a time, oldest first."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from cablebase.connections.people_index import Appearance
from cablebase.web.connections import ROLE_WORDS, person_json, person_url
from cablebase.web.errors import WebError
from cablebase.web.listing import pager
from cablebase.web.params import bad, page_param, pages, text_param
from cablebase.web.render import is_twin, respond
from cablebase.web.site import site_of
from cablebase.web.urls import cable_url, search_url

PEOPLE_SHOWN = 200
PER_PAGE = 50
MAX_NAME = 200


def _outdated_note(outdated: bool) -> str | None:
    if not outdated:
        return None
    return (
        "The people index of this archive is missing or older than this cablebase: run "
        "`cablebase people` on the archive once to build it."
    )


async def people(request: Request) -> Response:
    site = site_of(request)
    query = text_param(request, "q").strip()
    if len(query) > MAX_NAME:
        raise bad("q", f"give a name of at most {MAX_NAME} characters")
    found = site.archive.people(query or None, limit=PEOPLE_SHOWN)
    data = {
        "query": query,
        "shown": PEOPLE_SHOWN,
        "people": [person_json(p) for p in found],
        "note": _outdated_note(site.archive.people_outdated()),
    }
    return respond(request, "people.html", data)


def _appearance(a: Appearance) -> dict[str, Any]:
    roles = [ROLE_WORDS.get(r, r) for r in a.roles]
    return {**a.to_json(), "url": cable_url(a.ref_id), "role_words": roles}


async def person(request: Request) -> Response:
    site = site_of(request)
    asked = request.path_params["key"]
    page = page_param(request)
    name = asked[:MAX_NAME]
    record = site.archive.person(name, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    if record is None:
        raise WebError(
            404,
            "person_not_found",
            f"no person {name!r} in this archive; find people at /people?q=NAME",
            person=name,
        )
    key = record.person.key
    if key != asked:
        # One address per person: /person/Losyukov is /person/losyukov.
        target = person_url(key) + (".json" if is_twin(request) else "")
        query = request.url.query
        return RedirectResponse(target + (f"?{query}" if query else ""), status_code=301)
    last = pages(record.person.cables, PER_PAGE)
    if page > last:
        raise bad("page", f"{record.person.name} has {last} page(s) of cables, not {page}")
    data = {
        "person": person_json(record.person),
        "search": search_url("person:" + key),
        "total": record.person.cables,
        "cables": [_appearance(a) for a in record.appearances],
        "pager": pager(request, page, last),
    }
    return respond(request, "person.html", data)


routes: list[BaseRoute] = [
    Route("/people", people, name="people"),
    Route("/people.json", people, name="people_json"),
    Route("/person/{key}.json", person, name="person_json"),
    Route("/person/{key}", person, name="person"),
]
