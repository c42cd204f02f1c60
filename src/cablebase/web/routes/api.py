"""The OpenAPI document."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from cablebase.web.openapi import openapi_document

_DOCUMENT = openapi_document()


async def openapi(request: Request) -> Response:
    return JSONResponse(_DOCUMENT)


routes: list[BaseRoute] = [Route("/openapi.json", openapi, name="openapi")]
