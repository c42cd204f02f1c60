"""The glossary: text cut into glossed pieces (a pure function, checked on examples and on
random cuts), the <abbr> macro's escaping, and the /glossary page and its twin."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cablebase.archive import Archive
from cablebase.web.glossed import gloss_blocks, glossed, hover_text, spans_of
from cablebase.web.render import make_environment
from tests.web.webkit import HTML, SCRIPT, TestClient, inspect_html


def test_pieces_are_cut_at_the_terms() -> None:
    pieces = glossed([("The MFA and GOR met.", False)], [(4, 7, "M"), (12, 15, "G")])
    assert pieces == [
        ("The ", False, None),
        ("MFA", False, "M"),
        (" and ", False, None),
        ("GOR", False, "G"),
        (" met.", False, None),
    ]


def test_a_term_across_a_highlight_is_glossed_in_both_pieces() -> None:
    fragments = [("the ", False), ("E.", True), ("O. 12958", False)]
    assert glossed(fragments, [(4, 8, "Executive Order")]) == [
        ("the ", False, None),
        ("E.", True, "Executive Order"),
        ("O.", False, "Executive Order"),
        (" 12958", False, None),
    ]


def test_blocks_take_the_terms_of_the_whole_text_at_their_offsets() -> None:
    text = "GOR said\n\n1. The DFM met the DCM.\n\n"
    terms = Archive.glossary_terms(text)
    assert [t.text for t in terms] == ["GOR", "DFM", "DCM"]
    first, second = text[:10], text[10:]
    # The page shows each block without its trailing newlines.
    out = gloss_blocks(
        terms, [(0, [(first.rstrip(), False)]), (10, [(second.rstrip("\n"), False)])]
    )
    assert [p for p in out[0] if p[2]] == [("GOR", False, hover_text(terms[0].entry))]
    assert [p[0] for p in out[1] if p[2]] == ["DFM", "DCM"]
    assert "".join(p[0] for p in out[1]) == second.rstrip("\n")


@given(
    text=st.text(alphabet="ab MFA.", max_size=40),
    cuts=st.lists(st.integers(0, 40), max_size=6),
    marks=st.lists(st.booleans(), min_size=7, max_size=7),
)
def test_glossing_never_changes_the_text(text: str, cuts: list[int], marks: list[bool]) -> None:
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    fragments = [(text[a:b], marks[i]) for i, (a, b) in enumerate(pairwise(bounds))]
    spans = spans_of(Archive.glossary_terms(text))
    pieces = glossed(fragments, spans)
    assert "".join(p[0] for p in pieces) == text
    assert all(p[0] for p in pieces)
    # Every character of a term is glossed, and no other.
    glossed_at = {i for s, e, _ in spans for i in range(s, e)}
    at = 0
    for piece, _, title in pieces:
        assert all((at + k in glossed_at) == (title is not None) for k in range(len(piece)))
        at += len(piece)


def test_the_macro_escapes_the_text_and_the_hover_text() -> None:
    template = make_environment().from_string(
        '{% from "_glossed.html" import glossed %}{{ glossed(pieces) }}'
    )
    page = template.render(pieces=[(SCRIPT, True, None), ("GOR", False, f'x" onclick="{SCRIPT}')])
    found = inspect_html(page)
    assert not found.named("script")
    (abbr,) = found.named("abbr")
    assert abbr == {"class": "gloss", "title": f'x" onclick="{SCRIPT}'}
    assert "".join(found.text) == SCRIPT + "GOR"


def test_the_glossary_page_lists_every_entry(client: TestClient) -> None:
    data = client.get("/glossary.json").json()
    entries = Archive.glossary()
    assert data["total"] == len(entries) == len(data["entries"])
    assert [e["term"] for e in data["entries"]] == [e.term for e in entries]
    anchors = [e["anchor"] for e in data["entries"]]
    assert len(set(anchors)) == len(anchors)
    page = client.get("/glossary", headers=HTML).text
    found = inspect_html(page)
    ids = {d["id"] for d in found.named("dt")}
    assert set(anchors) <= ids
    dfm = next(e for e in data["entries"] if e["term"] == "DFM")
    assert dfm["expansion"] == "Deputy Foreign Minister"


@pytest.mark.parametrize("path", ["/", "/about", "/glossary", "/cable/09VALMORA112"])
def test_the_nav_leads_to_people_and_glossary(client: TestClient, path: str) -> None:
    found = inspect_html(client.get(path, headers=HTML).text)
    hrefs = {a.get("href") for a in found.named("a")}
    assert {"/people", "/glossary"} <= hrefs


def test_the_about_page_links_to_the_glossary(client: TestClient) -> None:
    found = inspect_html(client.get("/about", headers=HTML).text)
    link = next(a for a in found.named("a") if a.get("data-testid") == "glossary-link")
    assert link["href"] == "/glossary"
