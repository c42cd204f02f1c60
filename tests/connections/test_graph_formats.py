"""Graph writers: JSON, GraphML and DOT read back; the SVG drawing is safe, well-formed XML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from cablebase.connections.graph import CableInfo, Edge, Graph, Node
from cablebase.connections.graph_formats import GRAPHML_NS, dot_string, render, xml_text
from cablebase.connections.graph_svg import layout, render_svg

NASTY = 'ARMS & "TALKS" <script>alert(1)</script> \x0c\\ end'

GRAPH = Graph(
    center="08MOSCOW1",
    depth=1,
    nodes=(
        Node(
            "08MOSCOW1", 0, False, info=CableInfo(NASTY, "2008-01-01T00:00:00Z", "Embassy Moscow")
        ),
        Node("07MOSCOW9", 1, True, known=True),
        Node("99NOWHERE1", 1, True, known=False),
        Node("08MOSCOW2", 1, False, info=CableInfo("RUSSIA\nAND ME", None, None, "SECRET")),
    ),
    edges=(
        Edge("08MOSCOW1", "07MOSCOW9", "A"),
        Edge("08MOSCOW1", "99NOWHERE1", 'B"<'),
        Edge("08MOSCOW2", "08MOSCOW1", None),
        Edge("08MOSCOW2", "08MOSCOW2", None),  # a cable citing itself
    ),
    id_list=True,
)


def test_json_round_trips() -> None:
    data = json.loads(render(GRAPH, "json"))
    assert data == GRAPH.to_json()
    assert data["nodes"][0]["subject"] == NASTY


def test_graphml_parses_back_with_every_node_edge_and_value() -> None:
    root = ET.fromstring(render(GRAPH, "graphml"))
    ns = {"g": GRAPHML_NS}
    nodes = root.findall("g:graph/g:node", ns)
    assert [n.get("id") for n in nodes] == [n.ref_id for n in GRAPH.nodes]
    data = {d.get("key"): d.text for d in nodes[0].findall("g:data", ns)}
    # The form feed cannot be in XML 1.0: it is dropped, the rest comes back unchanged.
    assert data["subject"] == NASTY.replace("\x0c", "")
    assert data["missing"] == "false" and data["depth"] == "0"
    missing = {d.get("key"): d.text for d in nodes[2].findall("g:data", ns)}
    assert missing["missing"] == "true" and missing["known"] == "false"
    edges = root.findall("g:graph/g:edge", ns)
    assert [(e.get("source"), e.get("target")) for e in edges] == [
        (e.source, e.target) for e in GRAPH.edges
    ]
    assert edges[1].find("g:data", ns).text == 'B"<'  # type: ignore[union-attr]
    assert {k.get("id") for k in root.findall("g:key", ns)} >= {"subject", "known", "label"}


def test_dot_escapes_quotes_backslashes_and_newlines() -> None:
    assert dot_string('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'
    text = render(GRAPH, "dot")
    assert text.startswith('digraph "references of 08MOSCOW1" {') and text.endswith("}\n")
    assert text.count("->") == len(GRAPH.edges)
    # Every quoted string is closed: removing escaped quotes leaves an even number of quotes.
    for line in text.splitlines():
        assert line.replace('\\"', "").count('"') % 2 == 0, line
    assert '"99NOWHERE1" [label="99NOWHERE1", style=dashed' in text
    assert "color=red" in text and "penwidth=2" in text


def test_xml_text_drops_only_what_xml_cannot_hold() -> None:
    assert xml_text("a\x00b\x1fc\td\ne") == "abc\td\ne"
    assert xml_text(None) == "" and xml_text(True) == "true"


def test_unknown_format_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        render(GRAPH, "png")


# -- SVG ----------------------------------------------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_is_well_formed_with_a_link_and_title_per_node() -> None:
    text = render_svg(GRAPH)
    root = ET.fromstring(text)
    links = root.findall(f".//{SVG}a")
    assert [a.get("href") for a in links] == [f"/cable/{n.ref_id}" for n in GRAPH.nodes]
    titles = [a.find(f"{SVG}title").text for a in links]  # type: ignore[union-attr]
    assert titles[0] is not None and titles[0].startswith('08MOSCOW1 ARMS & "TALKS" <script>')
    assert titles[1] == "07MOSCOW9: not in the archive (a Cablegate cable)"
    assert titles[2] == "99NOWHERE1: not in the archive (not a known Cablegate ID)"
    # The self-citation draws no line.
    assert len(root.findall(f".//{SVG}line")) == len(GRAPH.edges) - 1


def test_svg_has_no_script_no_handlers_and_no_external_reference() -> None:
    text = render_svg(GRAPH)
    assert "<script" not in text.lower()
    assert not re.search(r"\son\w+=", text)
    assert "&lt;script&gt;" in text  # the subject is there, escaped
    urls = re.findall(r"(?:href|src)=\"([^\"]*)\"", text)
    assert urls and all(u.startswith("/cable/") for u in urls)
    assert re.findall(r"https?://[^\"]*", text) == ["http://www.w3.org/2000/svg"]


def test_svg_layout_is_deterministic_with_the_centre_in_the_middle() -> None:
    assert render_svg(GRAPH) == render_svg(GRAPH)
    places, outer = layout(GRAPH)
    assert places["08MOSCOW1"] == (0.0, 0.0)
    ring = [places[n.ref_id] for n in GRAPH.nodes if n.depth == 1]
    assert all(abs((x * x + y * y) ** 0.5 - outer) < 0.5 for x, y in ring)
    assert len(set(ring)) == 3


def test_svg_links_can_point_elsewhere() -> None:
    text = render_svg(GRAPH, href=lambda ref: f"/archive/cable/{ref}?a=1&b=2")
    root = ET.fromstring(text)
    hrefs = [a.get("href") for a in root.findall(f".//{SVG}a")]
    assert hrefs[0] == "/archive/cable/08MOSCOW1?a=1&b=2"
    assert "a=1&amp;b=2" in text


def test_big_rings_grow_and_drop_their_labels() -> None:
    nodes = (Node("HUB", 0, False), *tuple(Node(f"X{i:03d}", 1, False) for i in range(120)))
    graph = Graph("HUB", 1, nodes, tuple(Edge("HUB", n.ref_id) for n in nodes[1:]))
    _places, outer = layout(graph)
    assert outer > 120
    root = ET.fromstring(render_svg(graph))
    assert [t.text for t in root.findall(f".//{SVG}text")] == ["HUB"]
