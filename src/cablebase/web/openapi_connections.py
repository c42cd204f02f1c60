"""The schemas of the connections' JSON (cablebase.web.connections and the glossary, people
and related-cables pages), for the OpenAPI document (openapi.py)."""

from __future__ import annotations

from cablebase.web.openapi_schemas import Schema, ref

_TEXT: Schema = {"type": "string"}
_NULLABLE_TEXT: Schema = {"type": ["string", "null"]}
_TEXTS: Schema = {"type": "array", "items": _TEXT}
_INT: Schema = {"type": "integer"}
_NUMBER: Schema = {"type": "number"}


def _object(required: list[str], **props: Schema) -> Schema:
    return {"type": "object", "required": required, "properties": props}


def _list(item: Schema) -> Schema:
    return {"type": "array", "items": item}


_EVIDENCE = _list(_object(["kind", "value", "label"], kind=_TEXT, value=_TEXT, label=_TEXT))
_PERSON = _object(
    ["key", "name", "surname", "titles", "roles", "mentions", "cables", "url"],
    key=_TEXT,
    name=_TEXT,
    surname=_TEXT,
    titles=_TEXTS,
    roles=_list({"enum": ["classified-by", "signer", "mention"]}),
    role_words=_TEXTS,
    mentions=_INT,
    cables=_INT,
    url=_TEXT,
)
_ENTRY = _object(
    ["term", "expansion", "note", "anchor", "hover"],
    term=_TEXT,
    expansion=_TEXT,
    note=_TEXT,
    anchor=_TEXT,
    hover=_TEXT,
    count=_INT,
)
_GRAPH = _object(
    ["center", "depth", "truncated", "nodes", "edges"],
    center=_TEXT,
    depth=_INT,
    truncated={"type": "boolean"},
    id_list={"type": "boolean"},
    max_nodes=_INT,
    nodes=_list(
        _object(
            ["ref_id", "missing", "relation", "url"],
            ref_id=_TEXT,
            missing={"type": "boolean"},
            known={"type": ["boolean", "null"]},
            subject=_NULLABLE_TEXT,
            relation=_TEXTS,
            url=_TEXT,
        )
    ),
    edges=_list(_object(["source", "target"], source=_TEXT, target=_TEXT, label=_NULLABLE_TEXT)),
)

CONNECTION_SCHEMAS: dict[str, Schema] = {
    "CableConnections": _object(
        ["graph", "people", "glossary", "related", "articles_inferred"],
        graph={"oneOf": [_GRAPH, {"type": "null"}]},
        people=_list(_PERSON),
        glossary=_list(_ENTRY),
        related=_object(["url", "twin"], url=_TEXT, twin=_TEXT),
        articles_inferred=_object(
            ["complete", "articles"],
            complete={"type": "boolean"},
            limit=_INT,
            articles=_list(
                _object(
                    ["id", "title", "page", "label", "score", "evidence"],
                    id=_TEXT,
                    title=_TEXT,
                    published=_NULLABLE_TEXT,
                    page=_TEXT,
                    label={"const": "inferred"},
                    score=_NUMBER,
                    evidence=_EVIDENCE,
                )
            ),
        ),
    ),
    "ArticleConnections": _object(
        ["linked"],
        linked=_object(
            ["cables", "explicit", "inferred"],
            explicit=_INT,
            inferred=_INT,
            cables=_list(
                _object(
                    ["ref_id", "explicit", "label", "score", "evidence", "in_archive"],
                    ref_id=_TEXT,
                    explicit={"type": "boolean"},
                    label={"enum": ["cites it", "inferred"]},
                    score=_NUMBER,
                    evidence=_EVIDENCE,
                    in_archive={"type": "boolean"},
                    subject=_NULLABLE_TEXT,
                    created=_NULLABLE_TEXT,
                    url=_NULLABLE_TEXT,
                )
            ),
        ),
    ),
    "Glossary": _object(
        ["total", "entries"],
        total=_INT,
        entries=_list(_ENTRY),
        letters=_list({"type": "object"}),
    ),
    "People": _object(
        ["query", "people"],
        query=_TEXT,
        shown=_INT,
        people=_list(_PERSON),
        note=_NULLABLE_TEXT,
    ),
    "PersonPage": _object(
        ["person", "total", "cables", "pager"],
        person=_PERSON,
        search=_TEXT,
        total=_INT,
        cables=_list(
            _object(
                ["ref_id", "name", "roles", "url"],
                ref_id=_TEXT,
                created=_NULLABLE_TEXT,
                subject=_NULLABLE_TEXT,
                origin=_NULLABLE_TEXT,
                name=_TEXT,
                titles=_TEXTS,
                roles=_TEXTS,
                role_words=_TEXTS,
                mentions=_INT,
                url=_TEXT,
            )
        ),
        pager=ref("Pager"),
    ),
    "RelatedCables": _object(
        ["ref_id", "url", "limit", "related"],
        ref_id=_TEXT,
        subject=_NULLABLE_TEXT,
        url=_TEXT,
        limit=_INT,
        related=_list(
            _object(
                ["ref_id", "score", "shared_terms", "shared_tags", "signals", "url"],
                ref_id=_TEXT,
                score=_NUMBER,
                subject=_NULLABLE_TEXT,
                created=_NULLABLE_TEXT,
                origin=_NULLABLE_TEXT,
                shared_terms=_TEXTS,
                shared_tags=_TEXTS,
                same_origin={"type": "boolean"},
                days_apart={"type": ["integer", "null"]},
                signals=_TEXTS,
                url=_TEXT,
            )
        ),
    ),
}
