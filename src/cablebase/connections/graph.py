"""The reference graph: cables as nodes, every resolved REF item as an edge (citing -> cited).

A cable cited but not in the archive is a *missing* node. When the archive holds a full list of
Cablegate IDs (`ingest --ids`), a missing node also says whether its ID is a known Cablegate
cable (`known`), which tells a gap in the archive from a misread reference.

`neighbourhood` walks both directions from one cable, level by level, up to `depth` hops and
`max_nodes` nodes; it reads the archive only through the small `EdgeSource` protocol, so it is
tested without a database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from cablebase.errors import NotFoundError, UsageError

DEFAULT_DEPTH = 1
MAX_DEPTH = 6
DEFAULT_MAX_NODES = 150

EdgeRow = tuple[str, str, str | None]  # citing ref_id, cited ref_id, REF label


@dataclass(frozen=True, slots=True)
class CableInfo:
    """What a node shows of a cable in the archive."""

    subject: str | None = None
    created: str | None = None
    origin: str | None = None
    classification: str | None = None


@dataclass(frozen=True, slots=True)
class Node:
    ref_id: str
    depth: int  # hops from the centre
    missing: bool  # cited, but not in the archive
    known: bool | None = None  # missing nodes only: in the ID list? None when unchecked
    info: CableInfo = CableInfo()

    def to_json(self) -> dict[str, Any]:
        return {
            "ref_id": self.ref_id,
            "depth": self.depth,
            "missing": self.missing,
            "known": self.known,
            "subject": self.info.subject,
            "created": self.info.created,
            "origin": self.info.origin,
            "classification": self.info.classification,
        }


@dataclass(frozen=True, slots=True)
class Edge:
    source: str  # the citing cable
    target: str  # the cited cable
    label: str | None = None  # the REF item's letter ("A"), when it has one

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "label": self.label}


@dataclass(frozen=True, slots=True)
class Graph:
    center: str
    depth: int
    nodes: tuple[Node, ...]  # the centre first, then by depth and ID
    edges: tuple[Edge, ...]  # sorted by (source, target)
    truncated: bool = False  # max_nodes was reached before depth
    id_list: bool = False  # missing nodes were checked against an ID list

    def node(self, ref_id: str) -> Node | None:
        return next((n for n in self.nodes if n.ref_id == ref_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "center": self.center,
            "depth": self.depth,
            "truncated": self.truncated,
            "id_list": self.id_list,
            "nodes": [n.to_json() for n in self.nodes],
            "edges": [e.to_json() for e in self.edges],
        }


class EdgeSource(Protocol):
    """The queries the graph needs; the SQLite store implements them."""

    def edges_from(self, ref_ids: Iterable[str]) -> list[EdgeRow]: ...

    def edges_to(self, ref_ids: Iterable[str]) -> list[EdgeRow]: ...

    def cable_info(self, ref_ids: Iterable[str]) -> dict[str, CableInfo]: ...

    def known_ref_ids(self, ref_ids: Iterable[str]) -> set[str] | None:
        """The IDs found in the archive's ID list; None when it has no ID list."""
        ...


def check_depth(depth: int, max_nodes: int) -> None:
    if not 0 <= depth <= MAX_DEPTH:
        raise UsageError(f"--depth {depth}: use a depth from 0 to {MAX_DEPTH}")
    if max_nodes < 1:
        raise UsageError(f"--max-nodes {max_nodes}: use 1 or more")


def neighbourhood(
    source: EdgeSource,
    center: str,
    *,
    depth: int = DEFAULT_DEPTH,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> Graph:
    """The cables within `depth` citation hops of `center`, either way, and the edges among
    them. NotFoundError when `center` is neither in the archive nor cited by it."""
    check_depth(depth, max_nodes)
    center = center.strip().upper()
    if not source.cable_info([center]) and not source.edges_to([center]):
        raise NotFoundError(
            f"{center}: not in the archive and cited by no cable in it; "
            "check the ID (`cablebase search ref:ID`)"
        )
    depths = {center: 0}
    frontier = [center]
    truncated = False
    for level in range(1, depth + 1):
        if not frontier:
            break
        found = source.edges_from(frontier) + source.edges_to(frontier)
        # Sorted, so that which nodes a cap keeps does not depend on the query plan.
        neighbours = sorted({end for row in found for end in row[:2]} - depths.keys())
        room = max_nodes - len(depths)
        if len(neighbours) > room:
            neighbours, truncated = neighbours[:room], True
        depths.update((ref, level) for ref in neighbours)
        frontier = neighbours
        if truncated:
            break
    return _assemble(source, center, depth, depths, truncated)


def _assemble(
    source: EdgeSource, center: str, depth: int, depths: dict[str, int], truncated: bool
) -> Graph:
    info = source.cable_info(depths)
    # Edges among the chosen nodes, including those between two nodes of the last level.
    labels: dict[tuple[str, str], str | None] = {}
    for a, b, label in source.edges_from(info):
        if b in depths:
            labels.setdefault((a, b), label)  # a cable citing another twice: one edge
    edges = tuple(Edge(a, b, label) for (a, b), label in sorted(labels.items()))
    missing = [ref for ref in depths if ref not in info]
    known = source.known_ref_ids(missing) if missing else None
    nodes = tuple(
        Node(
            ref,
            depths[ref],
            missing=ref not in info,
            known=None if known is None or ref in info else ref in known,
            info=info.get(ref, CableInfo()),
        )
        for ref in sorted(depths, key=lambda r: (depths[r], r))
    )
    has_list = known is not None or (not missing and source.known_ref_ids([]) is not None)
    return Graph(center, depth, nodes, edges, truncated, has_list)
