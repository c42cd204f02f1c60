"""The place on the cable and article pages for their connections: the reference graph,
related cables, articles linked by content, glossary and people (cablebase.connections).

Each function returns the JSON-able block that the page's twin carries under "connections"
and that the template `connections.html` renders; an empty block renders nothing. This is the
one seam between the reading room and the connections library: fill it here.
"""

from __future__ import annotations

from typing import Any

from cablebase.archive import Archive
from cablebase.model import Article, Cable


def cable_connections(archive: Archive, cable: Cable) -> dict[str, Any]:
    """Connections of a cable page; none yet."""
    return {}


def article_connections(archive: Archive, article_id: str, article: Article) -> dict[str, Any]:
    """Connections of an article page; none yet."""
    return {}
