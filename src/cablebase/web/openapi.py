"""The OpenAPI 3.1 document of the reading room, served at /openapi.json. Written by hand
from the handlers, and checked against the running app by schemathesis in the tests."""

from __future__ import annotations

from cablebase import __version__
from cablebase.search.engine import SORTS
from cablebase.web.openapi_connections import CONNECTION_SCHEMAS
from cablebase.web.openapi_schemas import SCHEMAS, Schema, ref
from cablebase.web.params import MAX_PAGE
from cablebase.web.routes import people, related
from cablebase.web.routes.export import EXPORT_CAP


def _param(name: str, where: str, schema: Schema, description: str = "") -> Schema:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "schema": schema,
        "description": description,
    }


_ERROR = {
    "content": {
        "application/json": {"schema": ref("Error")},
        "text/html": {"schema": {"type": "string"}},
    }
}
_PAGE = _param("page", "query", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE})
_QUERY = _param("q", "query", {"type": "string", "maxLength": 1000}, "a query (see /about)")
_SORT = _param("sort", "query", {"enum": list(SORTS)}, "rank (default), date or -date")
_TEXT = {"type": "string", "minLength": 1}


def _operation(summary: str, media: str, schema: Schema, params: list[Schema]) -> Schema:
    responses: Schema = {
        "200": {"description": summary, "content": {media: {"schema": schema}}},
        "400": {"description": "a malformed parameter or query", **_ERROR},
        "404": {"description": "no such record or value", **_ERROR},
    }
    if any(p["name"] == "ref_id" for p in params):
        responses["301"] = {"description": "the cable's canonical address (its ID's case)"}
    if any(p["name"] == "key" for p in params):
        responses["301"] = {"description": "the person's canonical address (their key)"}
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


# (path without .json, summary, schema of the twin, parameters)
_PAGES: tuple[tuple[str, str, Schema, list[Schema]], ...] = (
    ("/index", "What the archive holds, the latest releases", ref("Home"), []),
    ("/browse", "The ways to browse, with their sizes", ref("Browse"), []),
    ("/browse/released", "Release days with their numbers of cables", ref("Counts"), []),
    (
        "/browse/released/{day}",
        "The cables released on a day",
        ref("Listing"),
        [_param("day", "path", {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}), _PAGE],
    ),
    ("/browse/created", "Creation years with their numbers of cables", ref("Counts"), []),
    (
        "/browse/created/{period}",
        "A year's months (YYYY), or a month's cables (YYYY-MM)",
        {"oneOf": [ref("Months"), ref("Listing")]},
        [_param("period", "path", _TEXT), _PAGE],
    ),
    ("/browse/classification", "Classifications with counts", ref("Counts"), []),
    (
        "/browse/classification/{name}",
        "The cables of one classification",
        ref("Listing"),
        [_param("name", "path", _TEXT), _PAGE],
    ),
    ("/browse/origin", "Origins, A-Z, with counts", ref("Counts"), []),
    (
        "/browse/origin/{name}",
        "The cables from one origin",
        ref("Listing"),
        [_param("name", "path", _TEXT), _PAGE],
    ),
    ("/browse/tag", "TAGS with their meanings and counts", ref("Counts"), []),
    (
        "/browse/tag/{tag}",
        "The cables with one tag",
        ref("Listing"),
        [_param("tag", "path", _TEXT), _PAGE],
    ),
    ("/search", "Search: hits, facets, hits per year", ref("Search"), [_QUERY, _SORT, _PAGE]),
    (
        "/cable/{ref_id}",
        "A cable and what the archive knows around it",
        ref("Cable"),
        [_param("ref_id", "path", _TEXT), _param("q", "query", {"type": "string"})],
    ),
    (
        "/article/{article_id}",
        "An article and the cables it cites",
        ref("Article"),
        [_param("article_id", "path", _TEXT)],
    ),
    ("/about", "How to read a cable and how to search", ref("About"), []),
    (
        "/cable/{ref_id}/related",
        "The cables most like a cable, with their scores and shared signals",
        ref("RelatedCables"),
        [
            _param("ref_id", "path", _TEXT),
            _param(
                "limit", "query", {"type": "integer", "minimum": 1, "maximum": related.MAX_LIMIT}
            ),
        ],
    ),
    ("/glossary", "The abbreviations cables use, explained", ref("Glossary"), []),
    (
        "/people",
        "The people named in most cables; q filters them by name",
        ref("People"),
        [_param("q", "query", {"type": "string", "maxLength": people.MAX_NAME}, "a name")],
    ),
    (
        "/person/{key}",
        "A person (by key, surname or full name) and the cables they appear in",
        ref("PersonPage"),
        [_param("key", "path", _TEXT), _PAGE],
    ),
)
_EXPORT_PARAMS = [
    {**_QUERY, "required": True},
    _SORT,
    _param("limit", "query", {"type": "integer", "minimum": 1, "maximum": EXPORT_CAP}),
]


def _paths() -> Schema:
    paths: Schema = {}
    for path, summary, schema, params in _PAGES:
        html_path = "/" if path == "/index" else path
        paths[path + ".json"] = _operation(summary, "application/json", schema, params)
        paths[html_path] = _operation(summary + " (page)", "text/html", {"type": "string"}, params)
    paths["/export/search.jsonl"] = _operation(
        "A search's hits as JSON Lines (streamed, capped)",
        "application/x-ndjson",
        {"type": "string"},
        _EXPORT_PARAMS,
    )
    paths["/export/search.csv"] = _operation(
        "A search's hits as CSV (streamed, capped)", "text/csv", {"type": "string"}, _EXPORT_PARAMS
    )
    paths["/openapi.json"] = {
        "get": {
            "summary": "This document",
            "responses": {
                "200": {
                    "description": "OpenAPI 3.1",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
        }
    }
    return paths


def openapi_document() -> Schema:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "cablebase reading room",
            "version": __version__,
            "description": "Read-only JSON API of a cablebase archive. Every page has a JSON "
            "twin at the same path plus .json; every error is "
            '{"error": {"status", "code", "message"}}.',
        },
        "paths": _paths(),
        "components": {"schemas": SCHEMAS | CONNECTION_SCHEMAS},
    }
