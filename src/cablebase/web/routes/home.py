"""The home page: what the archive holds, the search box, the ways in, the latest releases."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cablebase.archive import Archive
from cablebase.web.render import respond
from cablebase.web.site import site_of

LATEST = 10

BROWSE_ENTRIES = (
    ("released", "By release date", "The days the cables were published"),
    ("created", "By creation date", "Year, then month, then the cables"),
    ("classification", "By classification", "UNCLASSIFIED to SECRET//NOFORN"),
    ("origin", "By origin", "Embassies, consulates and missions, A to Z"),
    ("tag", "By tag", "The TAGS subject and country codes, with their meanings"),
)


def browse_entries() -> list[dict[str, str]]:
    return [
        {"kind": kind, "title": title, "description": text, "url": f"/browse/{kind}"}
        for kind, title, text in BROWSE_ENTRIES
    ]


def last_ingest(archive: Archive) -> dict[str, Any] | None:
    """When the archive was last filled; the input paths stay private to the machine."""
    last = archive.last_ingest()
    if last is None:
        return None
    return {
        "id": last["id"],
        "started": last["started"],
        "finished": last["finished"],
        "inputs": len(last["inputs"]),
    }


def home_data(archive: Archive) -> dict[str, Any]:
    latest = archive.latest_released(LATEST)
    latest_by = "released"
    if not latest:
        latest, latest_by = archive.latest_created(LATEST), "created"
    return {
        "counts": archive.count_records(),
        "dates": archive.date_range().to_json(),
        "last_ingest": last_ingest(archive),
        "latest_by": latest_by,
        "latest": [c.to_json() for c in latest],
        "browse": browse_entries(),
    }


async def home(request: Request) -> Response:
    site = site_of(request)
    data = site.cached("home", lambda: home_data(site.archive))
    return respond(request, "home.html", data)


routes: list[BaseRoute] = [
    Route("/", home, name="home"),
    Route("/index.json", home, name="home_json"),
]
