"""The cable a /cable/REFID... address names, for every page under it: a 404 with suggestions
when the archive has none, a permanent redirect when the ID is written another way than the
archive's (one address per cable: /cable/09valmora112 is /cable/09VALMORA112)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse

from cablebase.model import Cable
from cablebase.web.errors import WebError
from cablebase.web.render import is_twin
from cablebase.web.site import site_of
from cablebase.web.urls import cable_url

# Reference IDs are short; a long address would cost a suggestion lookup per character.
MAX_ID_CHARS = 32


def named_cable(request: Request, page: str = "") -> Cable | RedirectResponse:
    """The cable of `request`'s `ref_id`, or the redirect to its own address of the same
    `page` (the path after /cable/REFID, such as "/related"), twin and query kept."""
    archive = site_of(request).archive
    asked = request.path_params["ref_id"]
    found = archive.get(asked)
    if found is None:
        raise WebError(
            404,
            "cable_not_found",
            f"no cable {asked!r} in this archive; check the reference ID or search for it",
            ref_id=asked,
            suggestions=archive.suggest(asked[:MAX_ID_CHARS]),
        )
    if found.ref_id != asked:
        target = cable_url(found.ref_id) + page + (".json" if is_twin(request) else "")
        query = request.url.query
        return RedirectResponse(target + (f"?{query}" if query else ""), status_code=301)
    return found
