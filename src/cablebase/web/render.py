"""Templates and responses. Every page has a JSON twin at the same path plus `.json`: the
handler builds the twin's data, and the HTML page is rendered from that same data.

Autoescaping is on for every template, whatever its name, and nothing taken from a document
is ever marked safe: escaping is the templates' job alone.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from cablebase.web import explain, urls

JSON_SUFFIXES = (".json", ".jsonl", ".csv")


def _num(value: int) -> str:
    return f"{value:,}"


def _day(value: str | None) -> str:
    return value[:10] if value else ""


def _when(value: str | None) -> str:
    """`2009-02-14T11:30:00Z` -> `2009-02-14 11:30 UTC`."""
    if not value:
        return ""
    if len(value) >= 16 and value[10] == "T":
        return f"{value[:10]} {value[11:16]} UTC"
    return value


def make_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("cablebase.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        # Templates ship with the package: never stat them on every request.
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(num=_num, day=_day, when=_when)
    env.globals.update(
        cable_url=urls.cable_url,
        article_url=urls.article_url,
        browse_url=urls.browse_url,
        search_url=urls.search_url,
        export_url=urls.export_url,
        add_filter=urls.add_filter,
        tag_meaning=explain.tag_meaning,
        reason_meaning=explain.reason_meaning,
        precedence_meaning=explain.precedence_meaning,
        caption_meaning=explain.caption_meaning,
        route_meaning=explain.route_meaning,
        marking_meaning=explain.marking_meaning,
        mcn_meaning=explain.mcn_meaning,
    )
    return env


def wants_json(request: Request) -> bool:
    """JSON for the twins and the API, and for any client that does not ask for HTML."""
    path = request.url.path
    if path.endswith(JSON_SUFFIXES):
        return True
    return "text/html" not in request.headers.get("accept", "")


def is_twin(request: Request) -> bool:
    return request.url.path.endswith(".json")


def html(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    env: Environment = request.app.state.site.templates
    path = request.url.path
    twin = ("/index" if path == "/" else path) + ".json"
    if request.url.query:
        twin += "?" + request.url.query
    page = env.get_template(template).render(request_path=path, twin_url=twin, **context)
    return HTMLResponse(page, status_code=status_code)


def respond(request: Request, template: str, data: dict[str, Any], **extra: Any) -> Response:
    """The JSON twin (`data`) or the page rendered from `data` and `extra`."""
    if is_twin(request):
        return JSONResponse(data)
    return html(request, template, {**data, **extra})
