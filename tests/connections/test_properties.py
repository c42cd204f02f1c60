"""Properties that hold for any input: spans point at what they name, graphs are closed and
shallow enough, and every writer's output parses back."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from cablebase.connections.glossary import find_terms
from cablebase.connections.glossary_data import ALIASES, HOST_GOVERNMENTS, TERMS
from cablebase.connections.graph import CableInfo, Graph, neighbourhood
from cablebase.connections.graph_formats import GRAPHML_NS, to_graphml
from cablebase.connections.graph_svg import render_svg
from cablebase.connections.people import mentions, people_in, search_terms
from cablebase.model import Cable, ClassifiedBy
from tests.connections.test_graph import Edges

GLOSSARY_WORDS = sorted({*TERMS, *ALIASES, *HOST_GOVERNMENTS, "GoI", "GoP"})
TITLES = ["DFM", "FM", "President", "PRESIDENT", "Ambassador", "Foreign Minister", "Mr.", "the"]
NAMES = ["Losyukov", "LAVROV", "William", "J.", "Burns", "de", "Villepin", "O'Brien", "Zubkov's"]
FILLER = ["said", "met", "the", "GOR", "3", "PM", "and", "\n", ",", ".", "Moscow", "XXXXXXXXXXXX"]
SEPARATORS = [" ", " ", " ", "\n", "/", "-", ". ", ", "]

words = st.lists(st.sampled_from(GLOSSARY_WORDS + TITLES + NAMES + FILLER), max_size=40)
separators = st.lists(st.sampled_from(SEPARATORS), min_size=40, max_size=40)


def join(parts: list[str], seps: list[str]) -> str:
    return "".join(p + s for p, s in zip(parts, seps, strict=False))


@given(words, separators, st.sampled_from([None, "NEWDELHI", "MOSCOW", "BAGHDAD"]))
@settings(max_examples=150, deadline=None)
def test_glossary_spans_are_ordered_disjoint_and_exact(
    parts: list[str], seps: list[str], post: str | None
) -> None:
    text = join(parts, seps)
    spans = find_terms(text, post=post)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.entry.expansion
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


@given(words, separators, st.sampled_from([(), ("BURNS",), ("LOSYUKOV", "SMITH")]))
@settings(max_examples=150, deadline=None)
def test_mentions_point_at_their_names(
    parts: list[str], seps: list[str], signers: tuple[str, ...]
) -> None:
    body = join(parts, seps)
    cb = ClassifiedBy("Ambassador William J. Burns.", ("William J. Burns",), "Ambassador")
    cable = Cable(
        ref_id="08MOSCOW1", body=body, subject=body[:60].upper(), signers=signers, classified_by=cb
    )
    found = mentions(cable)
    for m in found:
        if m.start is None or m.end is None:
            assert m.field == "signers"
            continue
        source = {"body": cable.body, "subject": cable.subject, "classified_by": cb.text}[m.field]
        assert source is not None and source[m.start : m.end] == m.written
    people = people_in(cable)
    assert {p.key for p in people} == {m.key for m in found}
    assert sum(p.mentions for p in people) == len(found)
    assert {p.key for p in people} <= set(search_terms(cable))


ids = st.sampled_from([f"0{i}MOSCOW{j}" for i in range(1, 4) for j in range(1, 4)])


@given(
    st.lists(st.tuples(ids, ids, st.none() | st.sampled_from("ABC")), max_size=25),
    st.sets(ids, min_size=1),
    st.integers(0, 4),
    st.integers(1, 12),
)
@settings(max_examples=200, deadline=None)
def test_neighbourhoods_are_closed_and_within_depth(
    rows: list[tuple[str, str, str | None]], stored: set[str], depth: int, cap: int
) -> None:
    source = Edges(rows, stored)
    center = sorted(stored)[0]
    graph = neighbourhood(source, center, depth=depth, max_nodes=cap)
    depths = {n.ref_id: n.depth for n in graph.nodes}
    assert graph.nodes[0].ref_id == center and len(depths) == len(graph.nodes) <= cap
    assert all(d <= depth for d in depths.values())
    for edge in graph.edges:
        assert edge.source in depths and edge.target in depths
        assert edge.source in stored  # only stored cables cite
    for node in graph.nodes:
        assert node.missing == (node.ref_id not in stored)
        if node.depth:
            linked = {r[1] for r in rows if r[0] == node.ref_id and r[0] in stored}
            linked |= {r[0] for r in rows if r[1] == node.ref_id and r[0] in stored}
            assert any(depths.get(o) == node.depth - 1 for o in linked)


@given(st.lists(st.text(max_size=30), min_size=1, max_size=6))
@settings(max_examples=100, deadline=None)
def test_any_subject_gives_well_formed_svg_and_graphml(subjects: list[str]) -> None:
    refs = [f"09PARIS{i}" for i in range(len(subjects))]
    rows = [(refs[0], ref, None) for ref in refs[1:]]
    source = Edges(rows, set(refs))
    source.cable_info = lambda wanted: {  # type: ignore[method-assign]
        r: CableInfo(subjects[refs.index(r)]) for r in wanted if r in refs
    }
    graph: Graph = neighbourhood(source, refs[0])
    root = ET.fromstring(render_svg(graph))
    assert len(root.findall(".//{http://www.w3.org/2000/svg}a")) == len(graph.nodes)
    graphml = ET.fromstring(to_graphml(graph))
    assert len(graphml.findall(f"{{{GRAPHML_NS}}}graph/{{{GRAPHML_NS}}}node")) == len(refs)
