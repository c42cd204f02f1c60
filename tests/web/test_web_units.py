"""The reading room's pure parts: body blocks, fragments, highlighting, URLs, the chart, the
version diff, the explanations and the CSV cells."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cablebase.model import Paragraph
from cablebase.web import explain, urls
from cablebase.web.cablebody import body_blocks
from cablebase.web.chart import HEIGHT, LABEL_SPACE, WIDTH, year_chart
from cablebase.web.routes.export import _cell
from cablebase.web.text import Highlighter, snippet_fragments
from cablebase.web.versions import line_diff
from tests.web.webkit import TestClient

BODY = """C O N F I D E N T I A L

REF: A. STATE 1234
     1. 08 MOSCOW 55

1. (C) Summary: the minister spoke.
In 1998 the talks
2. ended.

2. (S/NF) Second paragraph text.
 -- a list item
3. (U) Third.
"""
PARAGRAPHS = (
    Paragraph(1, "Summary: the minister spoke. In 1998 the talks", "C"),
    Paragraph(2, "Second paragraph text. -- a list item", "S/NF"),
    Paragraph(3, "Third.", "U"),
)


def test_body_blocks_anchor_only_real_paragraphs() -> None:
    blocks = body_blocks(BODY, PARAGRAPHS)
    assert "".join(b.text for b in blocks) == BODY
    assert [b.number for b in blocks] == [None, 1, 2, 3]
    # The REF list's "1." and the wrapped "2. ended." stay inside their blocks.
    assert "1. 08 MOSCOW 55" in blocks[0].text
    assert blocks[1].text.startswith("1. (C) Summary") and "2. ended." in blocks[1].text
    assert blocks[2].text.startswith("2. (S/NF) Second") and blocks[2].marking == "S/NF"


def test_body_blocks_without_paragraphs_is_one_block() -> None:
    assert [b.number for b in body_blocks("Just text.", ())] == [None]
    assert body_blocks("", ()) == []


def test_body_blocks_skips_paragraphs_it_cannot_place() -> None:
    blocks = body_blocks("1. One.\n3. Three.\n", (Paragraph(1, "One."), Paragraph(2, "Two.")))
    assert [b.number for b in blocks] == [1]


def test_snippet_fragments() -> None:
    assert snippet_fragments("a [[b]] c [[d e]]") == [
        ("a ", False),
        ("b", True),
        (" c ", False),
        ("d e", True),
    ]
    assert snippet_fragments("plain") == [("plain", False)]
    assert snippet_fragments("") == []


def test_highlighter_uses_stems_and_prefixes() -> None:
    h = Highlighter.from_query('negotiations terror* "river dispute" -Brandt origin:X')
    assert h is not None
    marked = [
        t for t, hit in h.fragments("They negotiated; terrorists on the RIVER. Brandt") if hit
    ]
    assert marked == ["negotiated", "terrorists", "RIVER"]
    assert Highlighter.from_query("origin:MOSCOW") is None
    assert Highlighter.from_query('"unclosed') is None


def test_highlighter_keeps_the_text() -> None:
    h = Highlighter.from_query("café")
    assert h is not None
    text = "Le <b>Cafe</b> & café."
    parts = h.fragments(text)
    assert "".join(t for t, _ in parts) == text
    assert [t for t, hit in parts if hit] == ["Cafe", "café"]


def test_urls_encode_document_values() -> None:
    assert urls.cable_url("09X1", "a b", 3) == "/cable/09X1?q=a+b#par3"
    assert urls.browse_url("classification", "SECRET//NOFORN") == (
        "/browse/classification/SECRET%2F%2FNOFORN"
    )
    assert urls.browse_url("origin", "../admin?x=1") == "/browse/origin/..%2Fadmin%3Fx%3D1"
    assert urls.search_url("x", "-date", 2) == "/search?q=x&sort=-date&page=2"
    assert urls.page_url("/p", {"q": "x", "page": "3"}, 1) == "/p?q=x"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://news.example.org/a", "https://news.example.org/a"),
        (" http://x.org ", "http://x.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example", None),
        ("https://x.org/\nfoo", None),
        (None, None),
    ],
)
def test_only_web_addresses_become_links(url: str | None, safe: str | None) -> None:
    assert urls.safe_external(url) == safe


def test_filters_are_quoted_when_needed() -> None:
    assert urls.add_filter("iran", "year", "2008") == "iran year:2008"
    assert urls.add_filter("", "origin", "Embassy Moscow") == 'origin:"Embassy Moscow"'
    assert urls.add_filter("a OR b", "tag", 'SE"C') == "a OR b tag:SEC"
    assert urls.filter_term("classification", "SECRET//NOFORN") == (
        'classification:"SECRET//NOFORN"'
    )


def test_year_chart() -> None:
    chart = year_chart([("2009", 10), ("(none)", 3), ("2007", 5), ("2008", 0)], lambda y: f"/{y}")
    assert chart is not None
    assert [b.label for b in chart.bars] == ["2007", "2009"]
    tall = chart.bars[1]
    assert tall.height == HEIGHT - LABEL_SPACE and tall.y == 0 and tall.url == "/2009"
    assert chart.bars[0].height == pytest.approx((HEIGHT - LABEL_SPACE) / 2)
    assert all(b.x >= 0 and b.x + b.width <= WIDTH for b in chart.bars)
    assert year_chart([("(none)", 4)], str) is None
    many = year_chart([(str(1960 + i), i + 1) for i in range(50)], str)
    assert many is not None and many.label_every > 1


def test_line_diff() -> None:
    diff = line_diff(["a", "b", "c"], ["a", "B", "c"])
    assert diff is not None
    assert [(d.kind, d.text) for d in diff if d.kind != "hunk"] == [
        ("same", "a"),
        ("del", "b"),
        ("add", "B"),
        ("same", "c"),
    ]
    assert line_diff(["x"], ["x"]) == ()
    assert line_diff(["x"] * 5000, ["y"]) is None


def test_explanations() -> None:
    assert (
        explain.reason_meaning(
            "1.4(d)",
        )
        is not None
    )
    assert explain.reason_meaning("1.4 (B)") == explain.reason_meaning("1.4(b)")
    assert explain.reason_meaning("25X1") is None
    assert explain.route_meaning("RUEHC") is not None and "Secretary of State" in str(
        explain.route_meaning("RUEHC")
    )
    assert "State Department" in str(explain.route_meaning("RUEHMO"))
    assert explain.route_meaning(None) is None
    assert explain.marking_meaning("S/NF") == (
        "Portion marking: secret, not releasable to foreign nationals"
    )
    assert (
        explain.marking_meaning("C/REL NATO") == "Portion marking: confidential, releasable to NATO"
    )
    assert explain.marking_meaning("??") is None
    assert explain.precedence_meaning("niact immediate") is not None
    assert explain.tag_meaning("prel") == "External political relations"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+1", "'+1"),
        ("-cmd", "'-cmd"),
        ("@SUM", "'@SUM"),
        ("plain", "plain"),
        (None, ""),
        ([1, 2], "1 2"),
    ],
)
def test_csv_cells_never_start_a_formula(value: object, cell: str) -> None:
    assert _cell(value) == cell


def test_body_blocks_read_the_forms_paragraph_numbers_take() -> None:
    body = "HEAD\n¶1. (C) One starts.\n2) Two starts.\n 3.(S//NF) Three starts.\n"
    paragraphs = (
        Paragraph(1, "One starts.", "C"),
        Paragraph(2, "Two starts."),
        Paragraph(3, "Three starts.", "S//NF"),
    )
    blocks = body_blocks(body, paragraphs)
    assert [b.number for b in blocks] == [None, 1, 2, 3]
    assert [b.text for b in blocks[1:]] == [
        "¶1. (C) One starts.\n",
        "2) Two starts.\n",
        " 3.(S//NF) Three starts.\n",
    ]


def test_body_blocks_prefer_the_line_whose_words_match() -> None:
    # A numbered line in the REF block comes first, but the paragraph's words are elsewhere.
    body = "REF: 1. STATE 1234\n\n1. (C) The real first paragraph.\n"
    blocks = body_blocks(body, (Paragraph(1, "The real first paragraph.", "C"),))
    assert blocks[1].text == "1. (C) The real first paragraph.\n"


def test_compare_versions_puts_the_shown_one_first() -> None:
    from cablebase.model import Cable
    from cablebase.web.versions import compare_versions

    shown = Cable("09X1", body="one\ntwo\nthree")
    other = Cable("09X1", body="one\n2\nthree")
    versions = compare_versions(shown, [other, shown])
    assert [v.shown for v in versions] == [True, False]
    assert versions[0].diff is None and versions[1].diff is not None
    assert [d.text for d in versions[1].diff if d.kind == "add"] == ["2"]
    assert versions[1].to_json()["diff"][0][0] == "hunk"
    assert compare_versions(shown, [shown]) == []


@pytest.mark.parametrize(
    ("host", "name"),
    [
        (b"127.0.0.1:8000", "127.0.0.1"),
        (b"LOCALHOST", "localhost"),
        (b"[::1]:8000", "[::1]"),
        (b"::1", "::1"),
        (b"evil.example:80", "evil.example"),
        (b"", ""),
    ],
)
def test_host_names(host: bytes, name: str) -> None:
    from cablebase.web.security import _host_name

    assert _host_name(host) == name


def test_chunked_bodies_are_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"x"

    response = client.request("GET", "/", content=chunks())
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "content_too_large"
