"""Reading request parameters: anything malformed is a 400 that names the parameter and says
what it takes, never a 500."""

from __future__ import annotations

from starlette.requests import Request

from cablebase.search.engine import SORTS, Sort
from cablebase.web.errors import WebError

MAX_PAGE = 500


def bad(name: str, message: str) -> WebError:
    return WebError(400, "bad_parameter", f"{name}: {message}", parameter=name)


def text_param(request: Request, name: str, default: str = "") -> str:
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise bad(name, "give it once")
    value = values[0] if values else default
    if "\x00" in value:
        raise bad(name, "must not contain NUL characters")
    return value


def int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = text_param(request, name).strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit():
        raise bad(name, f"must be a whole number from {low} to {high}, not {raw[:40]!r}")
    value = int(raw)
    if not low <= value <= high:
        raise bad(name, f"must be from {low} to {high}, not {value}")
    return value


def page_param(request: Request) -> int:
    return int_param(request, "page", 1, 1, MAX_PAGE)


def sort_param(request: Request, default: Sort = "rank") -> Sort:
    raw = text_param(request, "sort", default).strip() or default
    for sort in SORTS:
        if raw == sort:
            return sort
    raise bad("sort", f"must be one of {', '.join(SORTS)}, not {raw[:40]!r}")


def pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))
