"""A reference graph written as JSON, GraphML (yEd, Gephi, networkx) or DOT (Graphviz).

GraphML is built with ElementTree, which escapes markup; characters XML 1.0 cannot hold (control
characters left in some subjects) are dropped first. DOT strings escape backslashes, quotes and
line breaks.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from cablebase.connections.graph import Graph, Node

FORMATS = ("json", "graphml", "dot")
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# GraphML attributes of a node: name, type, value.
_NODE_KEYS: tuple[tuple[str, str, Callable[[Node], object]], ...] = (
    ("missing", "boolean", lambda n: n.missing),
    ("known", "string", lambda n: "" if n.known is None else str(n.known).lower()),
    ("depth", "int", lambda n: n.depth),
    ("subject", "string", lambda n: n.info.subject),
    ("created", "string", lambda n: n.info.created),
    ("origin", "string", lambda n: n.info.origin),
    ("classification", "string", lambda n: n.info.classification),
)


def xml_text(value: object) -> str:
    """A value as text XML 1.0 can hold."""
    if isinstance(value, bool):
        return str(value).lower()
    return _NOT_XML.sub("", "" if value is None else str(value))


def to_json(graph: Graph) -> str:
    return json.dumps(graph.to_json(), ensure_ascii=False, indent=2)


def to_graphml(graph: Graph) -> str:
    # The namespace as a plain attribute: ElementTree then writes it as is, without prefixes.
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    for name, kind, _ in _NODE_KEYS:
        ET.SubElement(
            root, "key", {"id": name, "for": "node", "attr.name": name, "attr.type": kind}
        )
    ET.SubElement(
        root, "key", {"id": "label", "for": "edge", "attr.name": "label", "attr.type": "string"}
    )
    body = ET.SubElement(root, "graph", {"id": graph.center, "edgedefault": "directed"})
    for node in graph.nodes:
        element = ET.SubElement(body, "node", {"id": xml_text(node.ref_id)})
        for name, _, value in _NODE_KEYS:
            text = xml_text(value(node))
            if text:
                ET.SubElement(element, "data", {"key": name}).text = text
    for edge in graph.edges:
        attrs = {"source": xml_text(edge.source), "target": xml_text(edge.target)}
        element = ET.SubElement(body, "edge", attrs)
        if edge.label:
            ET.SubElement(element, "data", {"key": "label"}).text = xml_text(edge.label)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def dot_string(text: str) -> str:
    """A DOT quoted string: backslash, quote and line breaks escaped."""
    clean = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"\r\n|\r|\n", r"\\n", clean) + '"'


def _short(text: str | None, limit: int = 48) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def to_dot(graph: Graph) -> str:
    lines = [f"digraph {dot_string('references of ' + graph.center)} {{", "  rankdir=LR;"]
    lines.append('  node [shape=box, fontname="Helvetica", fontsize=10];')
    for node in graph.nodes:
        label = node.ref_id + (f"\n{_short(node.info.subject)}" if node.info.subject else "")
        attrs = [f"label={dot_string(label)}"]
        if node.ref_id == graph.center:
            attrs.append("penwidth=2")
        if node.missing:
            attrs.append('style=dashed, tooltip="not in the archive"')
            if node.known is False:
                attrs.append("color=red")
        lines.append(f"  {dot_string(node.ref_id)} [{', '.join(attrs)}];")
    for edge in graph.edges:
        label = f" [label={dot_string(edge.label)}]" if edge.label else ""
        lines.append(f"  {dot_string(edge.source)} -> {dot_string(edge.target)}{label};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(graph: Graph, fmt: str) -> str:
    """The graph in one of FORMATS."""
    writers = {"json": to_json, "graphml": to_graphml, "dot": to_dot}
    return writers[fmt](graph)
