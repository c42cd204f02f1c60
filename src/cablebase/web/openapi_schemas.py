"""The schemas of the reading room's JSON answers, for the OpenAPI document (openapi.py)."""

from __future__ import annotations

from typing import Any

from cablebase.search.engine import SORTS

Schema = dict[str, Any]


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


_NULLABLE_TEXT: Schema = {"type": ["string", "null"]}


def _object(required: list[str], **props: Schema) -> Schema:
    return {"type": "object", "required": required, "properties": props}


def _list(item: Schema) -> Schema:
    return {"type": "array", "items": item}


SCHEMAS: dict[str, Schema] = {
    "Error": _object(
        ["error"],
        error=_object(
            ["status", "code", "message"],
            status={"type": "integer"},
            code={"type": "string"},
            message={"type": "string"},
            suggestions=_list({"type": "string"}),
            position={"type": ["integer", "null"]},
        ),
    ),
    "CableSummary": _object(
        ["ref_id"],
        ref_id={"type": "string"},
        subject=_NULLABLE_TEXT,
        created=_NULLABLE_TEXT,
        released=_NULLABLE_TEXT,
        origin=_NULLABLE_TEXT,
        classification=_NULLABLE_TEXT,
    ),
    "Pager": _object(
        ["page", "pages"],
        page={"type": "integer", "minimum": 1},
        pages={"type": "integer", "minimum": 1},
        prev=_NULLABLE_TEXT,
        next=_NULLABLE_TEXT,
    ),
    "Counts": _object(
        ["kind", "values"],
        kind={"type": "string"},
        title={"type": "string"},
        values=_list(
            _object(["value", "count"], value={"type": "string"}, count={"type": "integer"})
        ),
    ),
    "Listing": _object(
        ["kind", "value", "total", "cables", "pager"],
        kind={"type": "string"},
        value={"type": "string"},
        query={"type": "string"},
        total={"type": "integer"},
        pager=ref("Pager"),
        cables=_list(ref("CableSummary")),
    ),
    "Months": _object(
        ["year", "values"],
        year={"type": "string"},
        values=_list(
            _object(["value", "count"], value={"type": "string"}, count={"type": "integer"})
        ),
    ),
    "Home": _object(
        ["counts", "dates", "latest", "browse"],
        counts=_object(
            ["cables", "articles"], cables={"type": "integer"}, articles={"type": "integer"}
        ),
        dates={"type": "object"},
        last_ingest={"type": ["object", "null"]},
        latest_by={"enum": ["released", "created"]},
        latest=_list(ref("CableSummary")),
        browse=_list({"type": "object"}),
    ),
    "Browse": _object(["entries"], entries=_list({"type": "object"})),
    "Search": _object(
        ["query", "sort", "total", "hits", "facets", "pager"],
        query={"type": "string"},
        sort={"enum": list(SORTS)},
        total={"type": "integer"},
        hits=_list(
            _object(
                ["ref_id", "kind", "snippet", "paragraphs", "url"],
                ref_id={"type": "string"},
                kind={"enum": ["cable", "article"]},
                snippet={"type": "string"},
                paragraphs=_list({"type": "integer"}),
                url={"type": "string"},
            )
        ),
        facets={"type": "object"},
        years=_list({"type": "object"}),
        pager=ref("Pager"),
    ),
    "Cable": _object(
        ["cable", "url", "share", "references", "cited_by", "articles", "versions", "connections"],
        cable=_object(["kind", "ref_id"], kind={"const": "cable"}, ref_id={"type": "string"}),
        url={"type": "string"},
        share={"type": "string"},
        explained={"type": "object"},
        references=_list({"type": "object"}),
        cited_by=_object(
            ["total", "cables"], total={"type": "integer"}, cables=_list(ref("CableSummary"))
        ),
        articles=_list({"type": "object"}),
        versions=_list({"type": "object"}),
        connections=ref("CableConnections"),
    ),
    "Article": _object(
        ["id", "article", "citations", "connections"],
        id={"type": "string"},
        article=_object(
            ["kind", "title", "text"],
            kind={"const": "article"},
            title={"type": "string"},
            text={"type": "string"},
        ),
        citations=_list({"type": "object"}),
        connections=ref("ArticleConnections"),
    ),
    "About": _object(
        ["parts", "reasons", "query_language"],
        parts=_list({"type": "object"}),
        reasons={"type": "object"},
        query_language={"type": "string"},
    ),
}
