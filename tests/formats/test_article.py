from __future__ import annotations

import difflib
import gzip
import json
import tarfile

import pytest

from cablebase.formats.article import cited_rows, from_html, from_text, resolve_cited_rows
from cablebase.formats.ids_list import load_id_list
from cablebase.formats.language import detect_language, find_date
from cablebase.model import Article

from .formatkit import shared


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said that the plan was not ready and that it would be delayed.", "en"),
        ("O ministro disse que o plano não estava pronto e que seria adiado para depois.", "pt"),
        ("El ministro dijo que el plan no estaba listo y que se retrasaría por la crisis.", "es"),
        ("Ministern sa att planen inte var klar och att den skulle skjutas upp för nu.", "sv"),
        (
            "Le ministre a dit que le plan n'était pas prêt et qu'il serait reporté pour la suite.",
            "fr",
        ),
        (
            "Der Minister sagte, dass der Plan nicht fertig ist und auf die Zeit verschoben wird.",
            "de",
        ),
        ("Il ministro ha detto che il piano non è pronto e che sarà rinviato per la crisi.", "it"),
        ("De minister zei dat het plan niet klaar is en dat het wordt uitgesteld voor nu.", "nl"),
        ("Министр сказал, что план не готов и что его отложат.", "ru"),
        ("قال الوزير إن الخطة ليست جاهزة وإنها ستؤجل.", "ar"),
        ("12345 !!!", None),
    ],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Natalia Viana, 29 de Novembro de 2010, 05.11 GMT", "2010-11-29"),
        ("WikiLeaks Staff, 1 December 2010, 19.00 GMT", "2010-12-01"),
        ("Josef el Mahdi, 2:a december 2010, 03.00 GMT", "2010-12-02"),
        ("Saturday December 4, 2010", "2010-12-04"),
        ("no date here, only 2010", None),
    ],
)
def test_find_date(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


def test_cited_rows_cues_and_exclusions() -> None:
    text = (
        "cable 248745 (click). CLIQUE AQUI - 35188. LINK - 136564. "
        "CLIQUE AQUI - 7/20/2009. the cable 2009 said. cable 999999. telegrama de 23 de abril"
    )
    assert cited_rows(text) == (248745, 35188, 136564)


def test_resolve_cited_rows_moves_resolved_and_keeps_unresolved() -> None:
    article = Article(title="t", text="x", cites=("10BOGOTA243",), cited_rows=(248745, 5, 7))
    table = {248745: "10BOGOTA243", 5: "05X1"}
    out = resolve_cited_rows(article, table.get)
    assert out.cites == ("10BOGOTA243", "05X1")
    assert out.cited_rows == (7,)


def test_plain_text_article() -> None:
    a = from_text("Title line\n\nThe minister said that it was not the time for the plan.\n")
    assert a.title == "Title line"
    assert a.text.startswith("The minister")
    assert a.language == "en"


def test_generic_page_drops_navigation() -> None:
    page = (
        "<html><head><title>T</title><link rel='canonical' href='https://x.example/a'></head>"
        "<body><nav>Home About</nav><p>Body text of the story.</p>"
        "<div class='sidebar'>Most read</div></body></html>"
    )
    a = from_html(page)
    assert (a.text, a.url) == ("Body text of the story.", "https://x.example/a")


@pytest.mark.shared_data
def test_articles_2010_truth() -> None:
    truth_path = shared("articles-2010", "truth.jsonl")
    pages = shared("articles-2010", "pages.tar.gz")
    with gzip.open(shared("ids", "cablegate-ids.csv.gz"), "rt", newline="") as fh:
        ids = load_id_list(fh)
    with truth_path.open(encoding="utf-8") as fh:
        truth = [json.loads(line) for line in fh]
    misses: list[str] = []
    similarity: list[float] = []
    with tarfile.open(pages) as tf:
        for t in truth:
            member = tf.extractfile(t["path"])
            assert member is not None
            a = from_html(member.read().decode("utf-8"), t["file"])
            a = resolve_cited_rows(a, lambda n: ids[n - 1] if 0 < n <= len(ids) else None)
            how = ("link", "id_in_text", "numeric_ref")
            want = list(dict.fromkeys(c["id"] for c in t["citations"] if c["how"] in how))
            checks = {
                "title": a.title == t["title"],
                "language": a.language == t["language"],
                "date": a.published == t["date"],
                "text": a.text == t["text"],
                "cites": set(a.cites) == set(want),
            }
            misses += [f"{t['file']}: {k}" for k, ok in checks.items() if not ok]
            similarity.append(difflib.SequenceMatcher(None, a.text, t["text"]).ratio())
    assert misses == []
    assert min(similarity) > 0.99
