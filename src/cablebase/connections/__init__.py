"""Connections between records: the reference graph, related cables, articles linked to the
cables they discuss, the people cables name, and a glossary of the abbreviations they use.

The names below are loaded on first use, not when the package is imported: the store imports
`connections.graph` and `connections.people_index` for its protocols, while linking and related
cables import the search index, which imports the store; eager re-exports here would make that
a cycle.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "ArticleLink": "linking",
    "ArticleLinks": "linking",
    "Edge": "graph",
    "Entry": "glossary",
    "Evidence": "evidence",
    "Graph": "graph",
    "Mention": "people",
    "Node": "graph",
    "Person": "people",
    "Related": "related",
    "TermSpan": "glossary",
    "find_terms": "glossary",
    "link_article": "linking",
    "mentions": "people",
    "neighbourhood": "graph",
    "people_in": "people",
    "related_cables": "related",
    "render_svg": "graph_svg",
}

__all__ = [
    "ArticleLink",
    "ArticleLinks",
    "Edge",
    "Entry",
    "Evidence",
    "Graph",
    "Mention",
    "Node",
    "Person",
    "Related",
    "TermSpan",
    "find_terms",
    "link_article",
    "mentions",
    "neighbourhood",
    "people_in",
    "related_cables",
    "render_svg",
]

if TYPE_CHECKING:
    from cablebase.connections.evidence import Evidence
    from cablebase.connections.glossary import Entry, TermSpan, find_terms
    from cablebase.connections.graph import Edge, Graph, Node, neighbourhood
    from cablebase.connections.graph_svg import render_svg
    from cablebase.connections.linking import ArticleLink, ArticleLinks, link_article
    from cablebase.connections.people import Mention, Person, mentions, people_in
    from cablebase.connections.related import Related, related_cables


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
