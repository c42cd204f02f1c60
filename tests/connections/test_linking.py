"""Articles linked to cables: explicit citations first, then inferred links with evidence."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.connections.article_input import article_from_file, article_from_text
from cablebase.connections.clues import article_clues
from cablebase.connections.evidence import date_items, evidence_for, name_items, quote_items
from cablebase.connections.linking import ArticleLinks
from cablebase.connections.profile import CableText, Profile
from cablebase.connections.textterms import index_view
from cablebase.errors import UsageError
from cablebase.model import Article
from tests.connections.linkkit import build_archive

SRI_LANKA = Article(
    "War crimes in Sri Lanka",
    "A cable sent by US ambassador Ruth Ellery, dated 15 January 2009, says: “No government "
    "in living memory has investigated its own generals while still in office.” Ellery also "
    "wrote about the LTTE and Sri Lanka.",
)
PORTUGUESE = Article(
    "Ministro Ferraz e o etanol",
    "Em 4 de maio de 2007, o ministro Joaquim Ferraz disse ao embaixador em Brasília que o "
    "Brasil vai dobrar as exportações de etanol. Ferraz quer tarifas menores para o etanol "
    "brasileiro.",
)
RUSSIAN = Article(
    "Молдавское вино",
    "Министр экономики Валериу Драгоман заявил 10 марта 2008 года, что российское эмбарго на "
    "молдавское вино является политическим. Драгомана поддержали виноделы Молдавии. Россия "
    "и Молдавия не договорились, сказал Драгоман.",
)
ARABIC = Article(
    "النبيذ المولدوفي",
    "قال وزير الاقتصاد في مولدوفا في 10 مارس 2008 إن الحظر الروسي على النبيذ المولدوفي سياسي. "
    "وروسيا لم تتفق مع مولدوفا.",
)
UNRELATED = Article(
    "How to cook pasta",
    "Boil water, add salt, and cook the pasta for nine minutes. Serve it with tomato sauce.",
)
CITING = Article(
    "Cables on wine and farms",
    "See cable 08CHISINAU100 on the Moldovan wine embargo, cable 12345 on French farmers, and "
    "99NOWHERE1, which is not in the archive.",
    cites=("08CHISINAU100", "99NOWHERE1"),
    cited_rows=(12345,),
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    with Archive.open(build_archive(tmp_path_factory.mktemp("linking"))) as opened:
        yield opened


def _kinds(links: ArticleLinks, ref_id: str) -> set[str]:
    link = next(k for k in links.links if k.ref_id == ref_id)
    return {e.kind for e in link.evidence}


def test_quotation_name_and_date_link_an_english_article(archive: Archive) -> None:
    links = archive.link_article(SRI_LANKA)
    assert [k.ref_id for k in links.links] == ["09COLOMBO50"]
    (link,) = links.links
    assert not link.explicit and 0 < link.score < 1
    assert {"quote", "name", "date", "place", "origin"} <= _kinds(links, "09COLOMBO50")
    quote = next(e for e in link.evidence if e.kind == "quote")
    assert quote.value.startswith("No government in living memory")


def test_a_portuguese_article_links_by_name_place_and_date(archive: Archive) -> None:
    links = archive.link_article(PORTUGUESE)
    assert links.links[0].ref_id == "07BRASILIA200"
    assert {"name", "date", "origin"} <= _kinds(links, "07BRASILIA200")


def test_a_russian_article_links_by_transliterated_name(archive: Archive) -> None:
    links = archive.link_article(RUSSIAN)
    assert links.links[0].ref_id == "08CHISINAU100"  # the one written on 10 March 2008
    names = [e.value for e in links.links[0].evidence if e.kind == "name"]
    assert names == ["Valeriu Dragoman"]
    assert {k.ref_id for k in links.links} <= {"08CHISINAU100", "08CHISINAU150", "09CHISINAU200"}


def test_an_arabic_article_links_by_place_post_and_date(archive: Archive) -> None:
    links = archive.link_article(ARABIC)
    assert [k.ref_id for k in links.links] == ["08CHISINAU100"]
    evidence = {(e.kind, e.value) for e in links.links[0].evidence}
    assert {
        ("date", "10 مارس 2008"),
        ("place", "Moldova"),
        ("origin", "Embassy Chisinau"),
    } <= evidence


def test_an_article_about_no_cable_gets_no_links(archive: Archive) -> None:
    assert archive.link_article(UNRELATED).links == ()


def test_explicit_citations_come_first_and_are_never_cut(archive: Archive) -> None:
    links = archive.link_article(CITING, limit=1)
    assert [(k.ref_id, k.explicit, k.score) for k in links.links] == [
        ("08CHISINAU100", True, 1.0),
        ("06PARIS900", True, 1.0),
    ]
    first, second = links.links
    assert (first.evidence[0].kind, first.evidence[0].value) == ("cited", "08CHISINAU100")
    assert (second.evidence[0].kind, second.evidence[0].value) == ("row", "cable 12345")
    # The supported citation (the article also discusses wine) ranks above the bare one.
    assert len(first.evidence) > len(second.evidence)
    more = archive.link_article(CITING, limit=5)
    assert more.explicit == links.links
    assert all(not k.explicit for k in more.inferred)


def test_json_shape(archive: Archive) -> None:
    data = archive.link_article(CITING).to_json()
    assert set(data) == {"title", "links"}
    assert data["title"] == "Cables on wine and farms"
    for link in data["links"]:
        assert set(link) == {"ref_id", "score", "explicit", "evidence"}
        assert all(set(e) == {"kind", "value"} for e in link["evidence"])


def test_text_of_an_article_is_accepted(archive: Archive) -> None:
    html = (
        "<html><head><title>War crimes</title></head><body><article><p>"
        + SRI_LANKA.text
        + "</p></article></body></html>"
    )
    assert archive.link_article(html).links[0].ref_id == "09COLOMBO50"
    with pytest.raises(UsageError, match="limit"):
        archive.link_article(SRI_LANKA, limit=0)


def test_article_input(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Título\n\nO embaixador em Brasília disse.".encode("cp1252"))
    article = article_from_file(path)
    assert (article.title, article.text) == ("Título", "O embaixador em Brasília disse.")
    with pytest.raises(UsageError, match="cannot read"):
        article_from_file(tmp_path / "missing.txt")
    with pytest.raises(UsageError, match="no article text"):
        article_from_text("Only a title\n")


def _candidate(text: str, created: dt.date | None = None, post: str | None = None) -> CableText:
    return CableText.of("01TEST1", post, "Embassy Test", created, "SUBJECT", text)


def test_evidence_checks(archive: Archive) -> None:
    view = index_view(archive.path, archive.store)
    clues = article_clues(SRI_LANKA)
    profile = Profile.of(view, clues, [])
    quoted = _candidate("no government in living memory has investigated its own generals")
    assert [e.kind for e in quote_items(profile, quoted)] == ["quote"]
    assert quote_items(profile, _candidate("no government in living memory")) == []
    # A first name alone is no evidence; the surname is.
    assert name_items(profile, _candidate("Ruth said so")) == []
    assert [e.value for e in name_items(profile, _candidate("Ellery said so"))] == ["Ruth Ellery"]
    near = date_items(profile, _candidate("x", dt.date(2009, 1, 16)))
    assert [(e.kind, e.value) for e in near] == [("date", "15 January 2009")]
    assert date_items(profile, _candidate("x", dt.date(2009, 1, 25))) == []
    everything = evidence_for(profile, _candidate("Ellery in Sri Lanka", post="COLOMBO"))
    assert [e.weight for e in everything] == sorted((e.weight for e in everything), reverse=True)
    assert {e.kind for e in everything} >= {"name", "origin"}


def test_cable_text_counts_words() -> None:
    text = _candidate("Wine, wine and more WINE.")
    assert text.words == Counter({"wine": 3, "and": 1, "more": 1, "subject": 1})
    assert " and more wine " in text.joined
