"""Search: the query language now, the index later."""

from __future__ import annotations

from cablebase.search.query import MAX_DEPTH, MAX_LENGTH, MAX_TERMS, parse_query
from cablebase.search.query_ast import (
    And,
    Field,
    MatchAll,
    Node,
    Not,
    Or,
    Phrase,
    Range,
    Term,
    fields_of,
    leaves,
    positive_terms,
    unparse,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_LENGTH",
    "MAX_TERMS",
    "And",
    "Field",
    "MatchAll",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Range",
    "Term",
    "fields_of",
    "leaves",
    "parse_query",
    "positive_terms",
    "unparse",
]
