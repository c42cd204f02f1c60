"""The place on the cable and article pages for their connections (cablebase.connections):
the reference graph, the people a cable names, the abbreviations it uses, the cables like it,
and the articles linked to it by citation or by content.

`cable_connections` gathers a cable's once per request; its `to_json()` is what the page's twin
carries under "connections", and the page uses the same object for what only HTML shows (the
graph drawn as SVG, the glossary terms wrapped in `<abbr>`). Everything on a cable page here is
cheap (a few milliseconds at most on a full archive): related cables cost 10-40 ms, too much
for a cable page that must answer in 30, so they have their own page (`routes.related`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from cablebase.archive import Archive
from cablebase.connections.glossary import Entry, TermSpan
from cablebase.connections.graph import Graph
from cablebase.connections.graph_svg import render_svg
from cablebase.connections.people import Person
from cablebase.errors import NotFoundError
from cablebase.model import Article, Cable
from cablebase.web.article_links import inferred_articles, linked_cables
from cablebase.web.glossed import Glossed, gloss_blocks, glossed, hover_text, spans_of
from cablebase.web.site import Site
from cablebase.web.text import Fragment
from cablebase.web.urls import cable_url, search_url

GRAPH_NODES = 40  # the page's drawing stays readable; `cablebase graph` gives the rest
ROLE_WORDS = {"classified-by": "classified it", "signer": "signed it", "mention": "named in it"}


def person_url(key: str) -> str:
    return "/person/" + quote(key, safe="")


def related_url(ref_id: str) -> str:
    return cable_url(ref_id) + "/related"


def glossary_anchor(term: str) -> str:
    """`A/S` -> `g-A-S`: an element ID that needs no escaping in a URL."""
    return "g-" + "".join(c if c.isascii() and c.isalnum() else "-" for c in term)


def glossary_url(term: str) -> str:
    return "/glossary#" + glossary_anchor(term)


def person_json(person: Person) -> dict[str, Any]:
    roles = [ROLE_WORDS.get(r, r) for r in person.roles]
    return {**person.to_json(), "url": person_url(person.key), "role_words": roles}


def entry_json(entry: Entry) -> dict[str, Any]:
    return {**entry.to_json(), "anchor": glossary_anchor(entry.term), "hover": hover_text(entry)}


def _graph(archive: Archive, ref_id: str) -> Graph | None:
    try:
        graph = archive.graph(ref_id, depth=1, max_nodes=GRAPH_NODES)
    except NotFoundError:
        return None
    return graph if graph.edges else None


def node_href(graph: Graph) -> Callable[[str], str]:
    """Where a node links: its cable page, or for a cable not in the archive the search for
    the cables that cite it (its page would be a 404)."""
    missing = {n.ref_id for n in graph.nodes if n.missing}
    return lambda ref_id: search_url("cites:" + ref_id) if ref_id in missing else cable_url(ref_id)


def _graph_json(graph: Graph) -> dict[str, Any]:
    cites = {e.target for e in graph.edges if e.source == graph.center}
    cited_by = {e.source for e in graph.edges if e.target == graph.center}
    href, nodes = node_href(graph), []
    for node in graph.nodes[1:]:
        relation = [
            w
            for w, s in (("cited by this cable", cites), ("cites this cable", cited_by))
            if node.ref_id in s
        ]
        nodes.append({**node.to_json(), "relation": relation, "url": href(node.ref_id)})
    return {**graph.to_json(), "nodes": nodes, "max_nodes": GRAPH_NODES}


@dataclass(frozen=True, slots=True)
class CableConnections:
    cable: Cable
    graph: Graph | None
    people: list[Person]
    subject_terms: tuple[TermSpan, ...]
    body_terms: tuple[TermSpan, ...]
    address_terms: dict[str, tuple[TermSpan, ...]]  # From, To and Info names
    articles: dict[str, Any]

    def terms_used(self) -> list[dict[str, Any]]:
        """Each glossary entry the cable uses once, in the order it first comes."""
        found: dict[str, dict[str, Any]] = {}
        spans = [*self.subject_terms, *self.body_terms]
        for terms in self.address_terms.values():
            spans += terms
        for span in spans:
            item = found.setdefault(span.entry.term, {**entry_json(span.entry), "count": 0})
            item["count"] += 1
        return list(found.values())

    def to_json(self) -> dict[str, Any]:
        ref_id = self.cable.ref_id
        return {
            "graph": _graph_json(self.graph) if self.graph else None,
            "people": [person_json(p) for p in self.people],
            "glossary": self.terms_used(),
            "related": {"url": related_url(ref_id), "twin": related_url(ref_id) + ".json"},
            "articles_inferred": self.articles,
        }

    def graph_svg(self) -> Markup | None:
        """The graph drawn as inline SVG: the one markup from the library the page trusts.
        `render_svg` builds it with ElementTree, which escapes every ID and subject; links
        are built by `node_href`, which percent-encodes the ID."""
        if self.graph is None:
            return None
        return Markup(render_svg(self.graph, href=node_href(self.graph)))

    def glossed_subject(self, fragments: Sequence[Fragment]) -> list[Glossed]:
        return glossed(fragments, spans_of(self.subject_terms))

    def glossed_body(self, blocks: Sequence[tuple[int, Sequence[Fragment]]]) -> list[list[Glossed]]:
        """The body's blocks with their terms: each block as its length in the body (the
        blocks are consecutive, as `body_blocks` cuts it) and the fragments of its text,
        which may leave out the block's last characters (trailing newlines)."""
        offsets, at = [], 0
        for length, fragments in blocks:
            offsets.append((at, fragments))
            at += length
        return gloss_blocks(self.body_terms, offsets)

    def glossed_addresses(self) -> dict[str, list[Glossed]]:
        return {
            name: glossed([(name, False)], spans_of(terms))
            for name, terms in self.address_terms.items()
        }


def cable_connections(site: Site, cable: Cable) -> CableConnections:
    archive = site.archive
    ref_id = cable.ref_id
    names = {r.name for r in (*cable.to, *cable.info)} | ({cable.from_} if cable.from_ else set())
    return CableConnections(
        cable=cable,
        graph=_graph(archive, ref_id),
        people=archive.cable_people(ref_id),
        subject_terms=archive.glossary_terms(cable.subject or "", ref_id=ref_id),
        body_terms=archive.glossary_terms(cable.body, ref_id=ref_id),
        address_terms={n: archive.glossary_terms(n, ref_id=ref_id) for n in sorted(names)},
        articles=inferred_articles(site, ref_id),
    )


def article_connections(site: Site, article_id: str, article: Article) -> dict[str, Any]:
    """The article page's block: every cable it is linked to, cited or inferred."""
    return {"linked": linked_cables(site, article_id, article)}
