"""The connections on the cable page and in its twin: the reference graph (inline SVG and the
same links as a list), the people, the glossary terms wrapped in <abbr>, the link to related
cables, and the articles that cite or discuss the cable, told apart."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from cablebase.connections.graph import CableInfo, Edge, Graph, Node
from cablebase.connections.graph_svg import render_svg
from cablebase.web import article_links, create_app
from cablebase.web.connections import node_href
from tests.web.connkit import (
    CITING_ID,
    CITING_REF,
    DISCUSSING_ID,
    HOSTILE_REF,
    MISSING_REF,
    linked_db,
)
from tests.web.test_hostile import assert_inert
from tests.web.webkit import HTML, ONERROR, SCRIPT, TestClient, inspect_html


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(linked_db(tmp_path_factory))) as c:
        yield c


def _svg_hrefs(page: str) -> list[str]:
    svg = page[page.index("<svg") : page.index("</svg>")]
    return re.findall(r'<a href="([^"]*)"', svg)


def test_the_twin_carries_the_graph_people_terms_and_related(linked: TestClient) -> None:
    data = linked.get(f"/cable/{CITING_REF}.json").json()["connections"]
    graph = data["graph"]
    assert graph["center"] == CITING_REF
    nodes = {n["ref_id"]: n for n in graph["nodes"]}
    assert set(nodes) == {HOSTILE_REF, MISSING_REF}
    assert nodes[HOSTILE_REF]["relation"] == ["cited by this cable"]
    assert nodes[HOSTILE_REF]["url"] == f"/cable/{HOSTILE_REF}"
    # A cable not in the archive links to the search for the cables that cite it, not a 404.
    assert nodes[MISSING_REF]["missing"] is True
    assert nodes[MISSING_REF]["url"] == f"/search?q=cites%3A{MISSING_REF}"
    people = {p["key"]: p for p in data["people"]}
    assert people["ellery-ruth"]["url"] == "/person/ellery-ruth"
    assert people["ellery-ruth"]["role_words"] == ["classified it", "signed it"]
    assert "perera" in people
    terms = {t["term"]: t for t in data["glossary"]}
    assert terms["DCM"]["count"] == 2
    assert terms["DFM"]["hover"].startswith("Deputy Foreign Minister — ")
    assert terms["DFM"]["anchor"] == "g-DFM"
    assert data["related"] == {
        "url": f"/cable/{CITING_REF}/related",
        "twin": f"/cable/{CITING_REF}/related.json",
    }


def test_a_cable_without_references_has_no_graph(linked: TestClient) -> None:
    data = linked.get("/cable/09STOCKHOLM30.json").json()["connections"]
    assert data["graph"] is None
    page = linked.get("/cable/09STOCKHOLM30", headers=HTML).text
    assert "<svg" not in page and "It cites no cable and no cable cites it." in page


def test_the_graph_is_drawn_inline_with_its_links_as_a_list(linked: TestClient) -> None:
    page = linked.get(f"/cable/{CITING_REF}", headers=HTML).text
    found = inspect_html(page)
    (svg,) = found.named("svg")
    assert svg["role"] == "img" and svg["aria-label"] == f"Cables citing and cited by {CITING_REF}"
    figure = next(f for f in found.named("figure") if f.get("data-testid") == "ref-graph")
    assert figure["aria-labelledby"] == "graph-caption"
    listed = re.findall(
        r'<a class="refid" href="([^"]*)"',
        page[page.index('data-testid="graph-list"') : page.index("</figure>")],
    )
    drawn = _svg_hrefs(page)
    # The drawing links the centre too; every other node is in the list, with the same link.
    assert drawn[0] == f"/cable/{CITING_REF}" and sorted(drawn[1:]) == sorted(listed)
    assert f"/search?q=cites%3A{MISSING_REF}" in listed


def test_a_hostile_subject_in_the_graph_stays_text(linked: TestClient) -> None:
    page = linked.get(f"/cable/{CITING_REF}", headers=HTML).text
    svg = page[page.index("<svg") : page.index("</svg>") + 6]
    found = inspect_html(svg)
    assert not found.named("script") and not found.named("img")
    assert all(not name.startswith("on") for _, attrs in found.tags for name in attrs)
    assert SCRIPT in "".join(found.text) and ONERROR in "".join(found.text)
    assert "&lt;script&gt;" in svg
    assert inspect_html(page).named("script") == [{"src": "/static/app.js", "defer": None}]


def test_render_svg_escapes_ids_and_subjects() -> None:
    evil = f'09X"><script>alert(1)</script>{ONERROR}'
    graph = Graph(
        center="09CENTER1",
        depth=1,
        nodes=(
            Node("09CENTER1", 0, False, info=CableInfo(subject=f"{SCRIPT} & </svg>")),
            Node(evil, 1, True),
            Node("09OTHER2", 1, False, info=CableInfo(subject='"quoted" <b>bold</b>')),
        ),
        edges=(Edge("09CENTER1", evil, "A"), Edge("09OTHER2", "09CENTER1", None)),
    )
    svg = render_svg(graph, href=node_href(graph))
    found = inspect_html(f"<div>{svg}</div><p>after</p>")
    assert [t for t, _ in found.tags].count("svg") == 1
    assert not {"script", "img", "b"} & {t for t, _ in found.tags}
    hrefs = [a["href"] for a in found.named("a")]
    assert hrefs[0] == "/cable/09CENTER1"
    # The hostile ID is percent-encoded into one query value, the search for who cites it.
    assert any(h and h.startswith("/search?q=cites%3A09X%22%3E%3Cscript%3E") for h in hrefs)
    text = "".join(found.text)
    assert f"{SCRIPT} & </svg>" in text and evil in text and "<b>bold</b>" in text
    assert found.text[-1] == "after"  # the </svg> in a subject closed nothing


def test_glossary_terms_are_explained_on_hover_and_escaped(linked: TestClient) -> None:
    page = linked.get(f"/cable/{HOSTILE_REF}", headers=HTML).text
    subject = page[page.index('data-testid="subject"') : page.index("</h1>")]
    assert '<abbr class="gloss" title="Government of Sri Lanka — ' in subject
    assert "&lt;script&gt;" in subject and "<script>" not in subject
    # A term inside hostile markup is wrapped; the markup around it stays text.
    assert '&lt;b&gt;<abbr class="gloss" title="Deputy Chief of Mission' in page
    assert "</abbr>&lt;/b&gt;" in page
    found = inspect_html(page)
    titles = [a["title"] for a in found.named("abbr") if a.get("class") == "gloss"]
    assert any(t and t.startswith("Ministry of Foreign Affairs — ") for t in titles)


def test_glossary_terms_and_search_marks_nest(linked: TestClient) -> None:
    page = linked.get(f"/cable/{HOSTILE_REF}?q=MFA", headers=HTML).text
    assert re.search(
        r'<abbr class="gloss" title="Ministry of Foreign Affairs[^"]*"><mark>MFA</mark></abbr>',
        page,
    )


def test_the_header_addresses_are_glossed(linked: TestClient) -> None:
    page = linked.get(f"/cable/{CITING_REF}", headers=HTML).text
    routing = page[page.index('data-testid="routing"') : page.index("</dl>")]
    assert '<span class="name"><abbr class="gloss" title="Secretary of State — ' in routing
    assert "</abbr> WASHDC</span>" in routing
    # The list of the cable's abbreviations links each to its glossary entry.
    found = inspect_html(page[page.index('data-testid="cable-glossary"') :])
    assert "/glossary#g-SECSTATE" in [a["href"] for a in found.named("a")]


def test_cited_and_inferred_articles_are_told_apart(linked: TestClient) -> None:
    cited = linked.get("/cable/08CHISINAU100", headers=HTML).text
    section = cited[
        cited.index('id="articles-title"') : cited.index(
            "</section>", cited.index('id="articles-title"')
        )
    ]
    assert f'href="/article/{CITING_ID}"' in section
    assert 'data-kind="cites"' in section and ">cites it</span>" in section
    data = linked.get("/cable/09COLOMBO50.json").json()
    inferred = data["connections"]["articles_inferred"]
    assert inferred["complete"] is True
    (article,) = inferred["articles"]
    assert article["id"] == DISCUSSING_ID and article["label"] == "inferred"
    assert 0 < article["score"] < 1
    assert {"quote", "date", "name"} <= {e["kind"] for e in article["evidence"]}
    page = linked.get("/cable/09COLOMBO50", headers=HTML).text
    section = page[page.index('id="articles-title"') :]
    assert 'data-kind="inferred"' in section and ">inferred</span>" in section
    assert "a quotation found in the cable:" in section and "score 0." in section


def test_too_many_articles_are_not_scanned_for_a_cable_page(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_links, "MAX_SCANNED", 1)
    with TestClient(create_app(linked_db(tmp_path_factory))) as client:
        data = client.get("/cable/09COLOMBO50.json").json()["connections"]
        assert data["articles_inferred"] == {"complete": False, "articles": [], "limit": 1}
        page = client.get("/cable/09COLOMBO50", headers=HTML).text
        assert "are not worked out here" in page
        # The article's own page still finds the link.
        linked = client.get(f"/article/{DISCUSSING_ID}.json").json()["connections"]["linked"]
        assert [c["ref_id"] for c in linked["cables"]] == ["09COLOMBO50"]


def test_the_cable_page_links_to_its_related_cables(linked: TestClient) -> None:
    page = linked.get(f"/cable/{CITING_REF}", headers=HTML).text
    found = inspect_html(page)
    link = next(a for a in found.named("a") if a.get("data-testid") == "related-link")
    assert link["href"] == f"/cable/{CITING_REF}/related"


@pytest.mark.parametrize(
    "path",
    [
        f"/cable/{CITING_REF}",
        f"/cable/{HOSTILE_REF}",
        f"/cable/{HOSTILE_REF}?q=script",
        f"/cable/{HOSTILE_REF}/related",
        f"/cable/{CITING_REF}/related",
        "/person/ellery-ruth",
        "/people?q=%3Cscript%3E",
    ],
)
def test_pages_with_hostile_text_are_inert(linked: TestClient, path: str) -> None:
    response = linked.get(path, headers=HTML)
    assert response.status_code == 200
    # The people filter is a form of its own; everything else as for the other pages.
    assert_inert(response.text.replace('action="/people"', 'action="/search"'))
