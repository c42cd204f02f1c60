"""One error shape for every error the reading room gives:

    {"error": {"status": 404, "code": "cable_not_found", "message": "...", ...}}

with extra members where they help (`suggestions` for an unknown cable, `position` and
`query` for a malformed query, `allowed` for a refused method). A browser asking for HTML gets
the same facts as a page.
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from cablebase.errors import QueryError, UsageError
from cablebase.web.render import html, wants_json

log = logging.getLogger("cablebase.web")

_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "content_too_large",
    414: "uri_too_long",
    431: "headers_too_large",
    500: "internal_error",
}
_TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    413: "Request too large",
    414: "Address too long",
    500: "Something went wrong",
}
ALLOWED_METHODS = "GET, HEAD"


class WebError(Exception):
    """An error a handler answers with; `extra` joins the error object."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra


def error_body(status: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, **extra}}


def json_error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    headers = {"Allow": ALLOWED_METHODS} if status == 405 else None
    return JSONResponse(error_body(status, code, message, **extra), status, headers=headers)


def error_response(request: Request, error: WebError) -> Response:
    if wants_json(request):
        return json_error(error.status, error.code, error.message, **error.extra)
    context = {
        "status": error.status,
        "code": error.code,
        "message": error.message,
        "title": _TITLES.get(error.status, "Error"),
        "extra": error.extra,
    }
    return html(request, "error.html", context, status_code=error.status)


async def on_web_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WebError)
    return error_response(request, exc)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    message = {
        404: f"nothing at {request.url.path}; see /about for the pages and /openapi.json "
        "for the API",
        405: f"{request.method} is not allowed here: the reading room only reads (GET, HEAD)",
    }.get(status, str(exc.detail))
    return error_response(request, WebError(status, _CODES.get(status, "error"), message))


async def on_query_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, QueryError)
    extra: dict[str, Any] = {"query": exc.query, "position": exc.position}
    return error_response(request, WebError(400, "bad_query", str(exc), **extra))


async def on_usage_error(request: Request, exc: Exception) -> Response:
    return error_response(request, WebError(400, "bad_parameter", str(exc)))


def unexpected_error(request: Request, exc: Exception) -> Response:
    """A bug: logged with its traceback, answered without one (see security.Guard)."""
    log.error("unexpected error on %s", request.url.path, exc_info=exc)
    message = "unexpected error; this is a bug, please report it with the address you opened"
    return error_response(request, WebError(500, "internal_error", message))


HANDLERS = {
    WebError: on_web_error,
    HTTPException: on_http_error,
    QueryError: on_query_error,
    UsageError: on_usage_error,
}
