"""Related cables ("more like this") and the weighted terms they are built from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.connections.related import cable_text, present_words
from cablebase.connections.textterms import index_view, strip_citations, weighted_terms
from cablebase.errors import NotFoundError, UsageError
from cablebase.model import Cable
from tests.connections.linkkit import CABLES, build_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    with Archive.open(build_archive(tmp_path_factory.mktemp("related"))) as opened:
        yield opened


def _cable(ref_id: str) -> Cable:
    return next(c for c in CABLES if c.ref_id == ref_id)


def test_strip_citations() -> None:
    text = "See 07MOSCOW4420, #08MOSCOW434, MOSCOW 4420, 06 MOSCOW 11373 and /cable/2007/09/X.html."
    stripped = strip_citations(text)
    for gone in ("07MOSCOW4420", "08MOSCOW434", "4420", "11373", "MOSCOW", "/cable/"):
        assert gone not in stripped
    assert stripped.startswith("See")


def test_cable_text_leaves_out_what_it_cites() -> None:
    text = cable_text(_cable("09CHISINAU200"))
    assert "BRASILIA" not in text and "200" not in text
    assert "GRAPE GROWERS" in text and "Cricova" in text


def test_weighted_terms_prefer_rare_repeated_words(archive: Archive) -> None:
    view = index_view(archive.path, archive.store)
    text = "The wine embargo. The wine embargo hurts Cricova wineries, the the the 2008 2008."
    terms = weighted_terms(view, text, limit=10)
    words = [t.word for t in terms]
    assert "the" not in words and "2008" not in words
    assert words[0] in ("wine", "embargo")
    assert [t.weight for t in terms] == sorted((t.weight for t in terms), reverse=True)
    # Boosted words (a subject's) count double.
    boosted = weighted_terms(view, text, limit=10, boost=["cricova"])
    assert boosted[0].word == "cricova"
    # A word only one record has (and no article could share) is left out by min_df.
    assert "zzyzx" not in [t.word for t in weighted_terms(view, "zzyzx zzyzx wine", limit=5)]


def test_related_ranks_the_cable_on_the_same_matter_first(archive: Archive) -> None:
    related = archive.related("08CHISINAU150", limit=3)
    assert related[0].ref_id == "08CHISINAU100"
    first = related[0]
    assert first.score == 1.0
    assert {"wine", "embargo"} <= set(first.shared_terms)
    assert first.same_origin and first.days_apart == 23
    assert set(first.shared_tags) == {"ETRD", "MD", "RS"}
    assert all(r.ref_id != "08CHISINAU150" for r in related)
    assert [r.score for r in related] == sorted((r.score for r in related), reverse=True)


def test_a_citation_alone_does_not_make_cables_related(archive: Archive) -> None:
    # 09CHISINAU200 cites 07BRASILIA200 in its REF line but shares nothing else with it.
    related = [r.ref_id for r in archive.related("09CHISINAU200", limit=10)]
    assert related[0] == "08CHISINAU100"
    assert "07BRASILIA200" not in related


def test_related_json_and_limits(archive: Archive) -> None:
    (one,) = archive.related("09COLOMBO50", limit=1)
    assert set(one.to_json()) == {
        "ref_id",
        "score",
        "subject",
        "created",
        "origin",
        "shared_terms",
        "shared_tags",
        "same_origin",
        "days_apart",
    }
    with pytest.raises(UsageError, match="limit"):
        archive.related("09COLOMBO50", limit=0)
    with pytest.raises(NotFoundError, match="99NOWHERE1"):
        archive.related("99NOWHERE1")


def test_index_view_is_shared_while_the_index_is_unchanged(archive: Archive) -> None:
    first = index_view(archive.path, archive.store)
    assert index_view(archive.path, archive.store) is first
    assert first.doc_freq("body", "wine") == first.doc_freq("body", "wine") > 0


def test_archive_without_index_gets_one(tmp_path: Path) -> None:
    db = str(tmp_path / "bare.db")
    with Archive.open(db, create=True) as archive:
        archive.store.put_many(CABLES)
        assert archive.related("08CHISINAU100", limit=1)[0].ref_id == "08CHISINAU150"
    assert (tmp_path / "bare.db.index").is_dir()


def test_present_words_folds_accents() -> None:
    assert present_words("Café São-Paulo 2008") == {"cafe", "sao", "paulo", "2008"}
