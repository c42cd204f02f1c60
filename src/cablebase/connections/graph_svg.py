"""A cable's reference neighbourhood drawn as a small, self-contained SVG.

The layout is deterministic: the centre in the middle, the cables one hop away on a ring
around it, two hops on the next ring, each ring in ID order starting at the top. Every node is
an `<a href="/cable/REFID">` with a `<title>` for hover; there is no script, no stylesheet and
no external reference (colours are presentation attributes, so a page's CSS can restyle them
through the class names). ElementTree escapes all text.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable

from cablebase.connections.graph import Graph, Node
from cablebase.connections.graph_formats import xml_text

SVG_NS = "http://www.w3.org/2000/svg"
RING = 120  # px between rings
NODE_R = 9
MARGIN = 70
MIN_GAP = 26  # px between neighbours on a ring: rings with many nodes grow
LABELLED = 24  # rings with more nodes show IDs only on hover

_FILL = {"center": "#1f4e79", "cable": "#6fa8dc", "missing": "#ffffff"}


def cable_href(ref_id: str) -> str:
    return f"/cable/{ref_id}"


def _radii(graph: Graph) -> dict[int, float]:
    counts: dict[int, int] = {}
    for node in graph.nodes:
        counts[node.depth] = counts.get(node.depth, 0) + 1
    radii, last = {0: 0.0}, 0.0
    for depth in sorted(d for d in counts if d):
        needed = counts[depth] * MIN_GAP / (2 * math.pi)
        last = max(last + RING, needed)
        radii[depth] = last
    return radii


def layout(graph: Graph) -> tuple[dict[str, tuple[float, float]], float]:
    """Node positions (centre at 0, 0) and the radius of the outer ring. The first ring is in
    ID order from the top, clockwise; an outer ring follows the angles of the inner nodes each
    of its nodes is linked to, so that lines cross less."""
    radii = _radii(graph)
    rings: dict[int, list[str]] = {}
    for node in graph.nodes:
        rings.setdefault(node.depth, []).append(node.ref_id)
    links: dict[str, set[str]] = {}
    for edge in graph.edges:
        links.setdefault(edge.source, set()).add(edge.target)
        links.setdefault(edge.target, set()).add(edge.source)
    angles: dict[str, float] = {}
    places: dict[str, tuple[float, float]] = {}
    for depth in sorted(rings):
        wanted = {ref: _inner_angle(ref, links, angles) for ref in rings[depth]}
        ids = sorted(wanted, key=lambda ref: (wanted[ref], ref))
        slots = [2 * math.pi * i / len(ids) for i in range(len(ids))]
        # Turn the ring so that its nodes sit, on average, where their inner links are.
        turn = _mean_angle([wanted[ref] - slot for ref, slot in zip(ids, slots, strict=True)])
        for ref, slot in zip(ids, slots, strict=True):
            angles[ref] = (slot + turn) % (2 * math.pi)
            angle = angles[ref] - math.pi / 2  # clockwise from the top
            r = radii[depth]
            places[ref] = (round(r * math.cos(angle), 1), round(r * math.sin(angle), 1))
    return places, max(radii.values())


def _mean_angle(values: list[float]) -> float:
    x = sum(math.cos(a) for a in values)
    y = sum(math.sin(a) for a in values)
    return math.atan2(y, x) % (2 * math.pi) if abs(x) + abs(y) > 1e-9 else 0.0


def _inner_angle(ref: str, links: dict[str, set[str]], angles: dict[str, float]) -> float:
    """The mean angle (clockwise from the top) of the placed nodes `ref` is linked to."""
    placed = [angles[other] for other in sorted(links.get(ref, ())) if other in angles]
    return _mean_angle(placed) if placed else 0.0


def _title(node: Node) -> str:
    if node.missing:
        known = {
            True: " (a Cablegate cable)",
            False: " (not a known Cablegate ID)",
            None: "",
        }[node.known]
        return f"{node.ref_id}: not in the archive{known}"
    facts = ", ".join(
        x for x in (node.info.created and node.info.created[:10], node.info.origin) if x
    )
    subject = f" {node.info.subject}" if node.info.subject else ""
    return f"{node.ref_id}{subject}" + (f" ({facts})" if facts else "")


def _edge_line(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, ...] | None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length <= 2 * NODE_R:
        return None
    ux, uy = dx / length, dy / length
    gap = NODE_R + 2
    return (a[0] + ux * gap, a[1] + uy * gap, b[0] - ux * gap, b[1] - uy * gap)


def render_svg(graph: Graph, *, href: Callable[[str], str] = cable_href) -> str:
    """The graph as an SVG document fragment (an `<svg>` element), ready to inline in HTML."""
    places, outer = layout(graph)
    half = outer + MARGIN
    size = f"{2 * half:.0f}"
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "viewBox": f"{-half:.0f} {-half:.0f} {size} {size}",
            "width": size,
            "height": size,
            "class": "cb-graph",
            "role": "img",
            "aria-label": xml_text(f"Cables citing and cited by {graph.center}"),
        },
    )
    defs = ET.SubElement(svg, "defs")
    marker = ET.SubElement(
        defs,
        "marker",
        {"id": "cb-arrow", "viewBox": "0 0 10 10", "refX": "10", "refY": "5"}
        | {"markerWidth": "7", "markerHeight": "7", "orient": "auto"},
    )
    ET.SubElement(marker, "path", {"d": "M0,0 L10,5 L0,10 z", "fill": "#888888"})
    edges = ET.SubElement(svg, "g", {"class": "cb-edges", "stroke": "#888888"})
    for edge in graph.edges:
        line = _edge_line(places[edge.source], places[edge.target])
        if line is None:
            continue  # a cable citing itself
        x1, y1, x2, y2 = (f"{v:.1f}" for v in line)
        attrs = {"x1": x1, "y1": y1, "x2": x2, "y2": y2, "marker-end": "url(#cb-arrow)"}
        ET.SubElement(edges, "line", attrs)
    labelled = {d for d in {n.depth for n in graph.nodes} if _ring_size(graph, d) <= LABELLED}
    nodes = ET.SubElement(svg, "g", {"class": "cb-nodes", "font-size": "11"})
    for node in graph.nodes:
        _node(nodes, node, places[node.ref_id], graph.center, href, node.depth in labelled)
    return ET.tostring(svg, encoding="unicode")


def _ring_size(graph: Graph, depth: int) -> int:
    return sum(1 for n in graph.nodes if n.depth == depth)


def _node(
    parent: ET.Element,
    node: Node,
    at: tuple[float, float],
    center: str,
    href: Callable[[str], str],
    label: bool,
) -> None:
    kind = "center" if node.ref_id == center else "missing" if node.missing else "cable"
    link = ET.SubElement(parent, "a", {"href": xml_text(href(node.ref_id)), "class": f"cb-{kind}"})
    ET.SubElement(link, "title").text = xml_text(_title(node))
    circle = {"cx": f"{at[0]:.1f}", "cy": f"{at[1]:.1f}", "r": str(NODE_R + (kind == "center"))}
    circle |= {"fill": _FILL[kind], "stroke": "#1f4e79", "stroke-width": "1.5"}
    if node.missing:
        circle["stroke-dasharray"] = "3 2"
    ET.SubElement(link, "circle", circle)
    if label or kind == "center":
        text = ET.SubElement(
            link,
            "text",
            {"x": f"{at[0]:.1f}", "y": f"{at[1] + NODE_R + 12:.1f}", "text-anchor": "middle"},
        )
        text.text = xml_text(node.ref_id)
