"""Browsing as the 2010 viewer did: by release date, by creation date (year, month), by
classification, by origin (A-Z) and by tag (with its meaning). The counts come from the
archive (cached); the lists of cables from the search index, a page at a time."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cablebase.search.engine import Sort
from cablebase.store.browse import CountField
from cablebase.web.errors import WebError
from cablebase.web.explain import tag_meaning
from cablebase.web.listing import listing
from cablebase.web.render import respond
from cablebase.web.routes.home import browse_entries
from cablebase.web.site import Site, site_of
from cablebase.web.urls import filter_term

_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Origins sort by their place: "Embassy Moscow" under M, "Consulate Adana" under A.
_POST_WORDS = re.compile(
    r"^(?:(?:US|U\.S\.|American)\s+)?(?:Embassy|Consulate(?: General)?|Mission|Interests Section"
    r"|Office|Institute)\s+(?:(?:to|of|in)\s+(?:the\s+)?)?",
    re.I,
)


def _not_found(what: str, value: str, known: list[str]) -> WebError:
    close = difflib.get_close_matches(value, known, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; see /browse/{what}"
    return WebError(
        404, f"{what}_not_found", f"no cables with {what} {value!r}{hint}", suggestions=close
    )


def _known(site: Site, field: CountField, what: str, value: str) -> int:
    counts = site.count_map(field)
    if value not in counts:
        raise _not_found(what, value, list(counts))
    return counts[value]


def _place(origin: str) -> str:
    return _POST_WORDS.sub("", origin).strip() or origin


def _letter(text: str) -> str:
    first = text[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def _grouped(items: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in sorted(items, key=lambda i: (_letter(i[key]), i[key].lower())):
        groups.setdefault(_letter(item[key]), []).append(item)
    return [{"letter": k, "items": v} for k, v in groups.items()]


async def overview(request: Request) -> Response:
    site = site_of(request)
    sizes = {kind: len(site.counts(field)) for kind, field in _OVERVIEW}
    entries = [{**e, "size": sizes[e["kind"]]} for e in browse_entries()]
    return respond(request, "browse.html", {"entries": entries})


_OVERVIEW: tuple[tuple[str, CountField], ...] = (
    ("released", "released_day"),
    ("created", "created_year"),
    ("classification", "classification"),
    ("origin", "origin"),
    ("tag", "tag"),
)


def _counts_data(site: Site, field: CountField, title: str, kind: str) -> dict[str, Any]:
    counts = site.counts(field)
    values: list[dict[str, Any]] = [{"value": v, "count": n} for v, n in counts]
    data: dict[str, Any] = {"kind": kind, "title": title, "values": values}
    if kind == "origin":
        for item, (value, _) in zip(values, counts, strict=True):
            item["place"] = _place(value)
        data["groups"] = _grouped(values, "place")
    elif kind == "tag":
        for item, (value, _) in zip(values, counts, strict=True):
            item["meaning"] = tag_meaning(value)
        data["groups"] = _grouped(values, "value")
    return data


def _counts_page(field: CountField, title: str, kind: str) -> Callable[..., Any]:
    async def page(request: Request) -> Response:
        site = site_of(request)
        data = site.cached(("page", kind), lambda: _counts_data(site, field, title, kind))
        return respond(request, "browse_counts.html", data)

    return page


def _list(
    request: Request, kind: str, value: str, title: str, query: str, sort: Sort, **more: Any
) -> Response:
    data = {"kind": kind, "value": value, "title": title, **more}
    data.update(listing(site_of(request), request, query, sort))
    return respond(request, "browse_list.html", data)


async def released_day(request: Request) -> Response:
    day = request.path_params["day"]
    if not _DAY.fullmatch(day):
        raise WebError(404, "not_found", f"{day!r} is not a day (YYYY-MM-DD)")
    _known(site_of(request), "released_day", "released", day)
    return _list(request, "released", day, f"Released {day}", f"kind:cable released:{day}", "date")


async def created_period(request: Request) -> Response:
    site = site_of(request)
    period = request.path_params["period"]
    if _YEAR.fullmatch(period):
        _known(site, "created_year", "created", period)
        months = [{"value": m, "count": n} for m, n in site.created_months(period)]
        data = {"kind": "created", "year": period, "title": f"Created in {period}"}
        return respond(request, "browse_months.html", {**data, "values": months})
    if not _MONTH.fullmatch(period):
        raise WebError(404, "not_found", f"{period!r} is not a year (YYYY) or a month (YYYY-MM)")
    counts = dict(site.created_months(period[:4]))
    if period not in counts:
        raise _not_found("created", period, list(counts))
    query = f"kind:cable created:{period}"
    return _list(request, "created", period, f"Created {period}", query, "date", year=period[:4])


async def classification(request: Request) -> Response:
    site = site_of(request)
    name = request.path_params["name"]
    _known(site, "classification", "classification", name)
    # `classification:SECRET` also finds SECRET//NOFORN: leave out the finer markings.
    finer = [c for c in site.count_map("classification") if c.startswith(name + "//")]
    query = " ".join(
        ["kind:cable", filter_term("classification", name)]
        + ["-" + filter_term("classification", c) for c in finer]
    )
    return _list(request, "classification", name, name, query, "-date")


async def origin(request: Request) -> Response:
    name = request.path_params["name"]
    _known(site_of(request), "origin", "origin", name)
    query = "kind:cable " + filter_term("origin", name)
    return _list(request, "origin", name, name, query, "-date")


async def tag(request: Request) -> Response:
    name = request.path_params["tag"]
    _known(site_of(request), "tag", "tag", name)
    query = "kind:cable " + filter_term("tag", name)
    return _list(request, "tag", name, name, query, "-date", meaning=tag_meaning(name))


def _twin(path: str, endpoint: Callable[..., Any]) -> list[BaseRoute]:
    """The JSON twin first: `{name:path}` would otherwise swallow the `.json`."""
    return [Route(path + ".json", endpoint), Route(path, endpoint)]


routes: list[BaseRoute] = [
    *_twin("/browse", overview),
    *_twin("/browse/released", _counts_page("released_day", "By release date", "released")),
    *_twin("/browse/released/{day}", released_day),
    *_twin("/browse/created", _counts_page("created_year", "By creation date", "created")),
    *_twin("/browse/created/{period}", created_period),
    *_twin(
        "/browse/classification",
        _counts_page("classification", "By classification", "classification"),
    ),
    *_twin("/browse/classification/{name:path}", classification),
    *_twin("/browse/origin", _counts_page("origin", "By origin", "origin")),
    *_twin("/browse/origin/{name:path}", origin),
    *_twin("/browse/tag", _counts_page("tag", "By tag", "tag")),
    *_twin("/browse/tag/{tag:path}", tag),
]
