"""The search engine over a small fictional archive (tests/search/searchkit.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.errors import QueryError, UsageError
from cablebase.search.engine import NO_VALUE, SearchResult, highlight
from tests.search.searchkit import ARTICLE_ID, build_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    db = build_archive(tmp_path_factory.mktemp("engine"))
    with Archive.open(db) as opened:
        yield opened


def ids(result: SearchResult) -> set[str]:
    return {h.ref_id for h in result.hits}


def found(archive: Archive, query: str) -> set[str]:
    result = archive.search(query, limit=100)
    assert result.total == len(result.hits)
    return ids(result)


def test_word_matches_with_stemming_case_and_accents(archive: Archive) -> None:
    assert found(archive, "negotiations") == {"07MOSCOW100", "08MOSCOW200"}
    assert found(archive, "NEGOTIATE") == {"07MOSCOW100", "08MOSCOW200"}
    assert found(archive, "cafe") == found(archive, "Café") == {"07MOSCOW100"}


def test_phrase_matches_only_the_words_in_order(archive: Archive) -> None:
    assert found(archive, '"nuclear weapons"') == {"07MOSCOW100"}
    assert found(archive, "nuclear weapons") == {"07MOSCOW100", "08KYIV300"}


def test_prefix(archive: Archive) -> None:
    assert found(archive, "terror*") == {"08MOSCOW200", "09STATE400"}


def test_boolean_operators(archive: Archive) -> None:
    assert found(archive, "gas weapons") == {"07MOSCOW100", "08KYIV300"}
    assert found(archive, "sanctions OR Gazprom") == {"07MOSCOW100", "09STATE400"}
    assert found(archive, "gas -Kyiv") == {"07MOSCOW100"}
    assert found(archive, "gas NOT (Kyiv OR Gazprom)") == set()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('origin:"Embassy Moscow"', {"07MOSCOW100", "08MOSCOW200"}),
        ("origin:moscow", {"07MOSCOW100", "08MOSCOW200"}),
        ("origin:KYIV", {"08KYIV300"}),
        ("tag:pter", {"08MOSCOW200", "09STATE400"}),
        ("classification:SECRET", {"07MOSCOW100", "08MOSCOW200"}),
        ("classification:SECRET//NOFORN", {"07MOSCOW100"}),
        ("classification:UNCLASSIFIED", {"09STATE400"}),
        ("year:2008", {"08MOSCOW200", "08KYIV300"}),
        ("year:2008..", {"08MOSCOW200", "08KYIV300", "09STATE400", ARTICLE_ID}),
        ("created:2008-06..2008-12-01", {"08MOSCOW200", "08KYIV300"}),
        ("created:..2007-03-05", {"07MOSCOW100"}),
        ("released:2010-11-28", {"07MOSCOW100", "08MOSCOW200", "08KYIV300", "09STATE400"}),
        ("caption:noforn", {"07MOSCOW100"}),
        ("signer:Burns", {"07MOSCOW100"}),
        ("subject:negotiations", {"08MOSCOW200"}),
        ('subject:"gas prices"', {"08KYIV300"}),
        ("ref:08kyiv300", {"08KYIV300"}),
        ("cites:07MOSCOW100", {"08MOSCOW200", "08KYIV300", ARTICLE_ID}),
        ("kind:article", {ARTICLE_ID}),
        ("kind:cable gas", {"07MOSCOW100", "08KYIV300"}),
    ],
)
def test_field_filters(archive: Archive, query: str, expected: set[str]) -> None:
    assert found(archive, query) == expected


def test_subject_and_tag_matches_rank_above_body_matches(archive: Archive) -> None:
    hits = archive.search("negotiations").hits
    assert hits[0].ref_id == "08MOSCOW200"  # in its subject; 07MOSCOW100 only in the body
    assert hits[0].score > hits[1].score > 0


def test_facets_count_the_whole_result_set(archive: Archive) -> None:
    result = archive.search("", limit=1, facets=True)
    assert result.total == 5 and len(result.hits) == 1
    for name in ("origin", "year", "classification"):
        assert sum(n for _, n in result.facets[name]) == result.total
    assert dict(result.facets["origin"]) == {
        "Embassy Moscow": 2,
        "Embassy Kyiv": 1,
        "Secretary of State": 1,
        NO_VALUE: 1,
    }
    assert dict(result.facets["year"])["2008"] == 2
    assert dict(result.facets["classification"])["SECRET//NOFORN"] == 1
    assert dict(result.facets["tag"])["PREL"] == 2
    assert result.facets["caption"] == [("NOFORN", 1)]
    assert archive.search("gas").facets == {}


def test_sort_by_date_and_pagination(archive: Archive) -> None:
    oldest = [h.ref_id for h in archive.search("", sort="date", limit=10).hits]
    assert oldest == ["07MOSCOW100", "08MOSCOW200", "08KYIV300", "09STATE400", ARTICLE_ID]
    newest = [h.ref_id for h in archive.search("kind:cable", sort="-date").hits]
    assert newest == oldest[3::-1]
    page = archive.search("", sort="date", limit=2, offset=2)
    assert page.total == 5
    assert [h.ref_id for h in page.hits] == oldest[2:4]


def test_snippet_marks_matched_words(archive: Archive) -> None:
    hit = archive.search('"nuclear weapons" Gazprom').hits[0]
    assert "[[nuclear]] [[weapons]]" in hit.snippet
    assert "[[Gazprom]]" in hit.snippet
    assert "<b>" not in hit.snippet


def test_highlight_uses_byte_offsets() -> None:
    text = "Le café négocie"
    start = len("Le café ".encode())
    assert highlight(text, [(start, len(text.encode()))]) == "Le café [[négocie]]"


def test_matched_paragraphs(archive: Archive) -> None:
    hit = archive.search("ref:07MOSCOW100 (Gazprom OR negotiations)").hits[0]
    assert hit.paragraphs == (1, 2)
    assert archive.search('"nuclear weapons"').hits[0].paragraphs == (3,)
    assert archive.search("ref:08MOSCOW200 terror*").hits[0].paragraphs == (2,)
    assert archive.search("ref:08MOSCOW200 -Gazprom").hits[0].paragraphs == ()
    assert archive.search("kind:article gas").hits[0].paragraphs == ()


def test_hit_fields(archive: Archive) -> None:
    hit = archive.search("ref:08KYIV300").hits[0]
    assert (hit.kind, hit.subject, hit.created) == (
        "cable",
        "UKRAINE: GAS PRICES",
        "2008-12-01T15:00:00Z",
    )
    assert (hit.origin, hit.classification) == ("Embassy Kyiv", "CONFIDENTIAL")


@pytest.mark.parametrize("query", ["(gas", "foo:bar", "-gas", "gas OR -oil", "year:20x"])
def test_malformed_query_raises_the_parser_error(archive: Archive, query: str) -> None:
    with pytest.raises(QueryError) as caught:
        archive.search(query)
    assert caught.value.position is not None


def test_person_field_finds_signers_and_no_one_else(archive: Archive) -> None:
    # 07MOSCOW100 is signed BURNS; nobody named Miller signs or is mentioned with a title.
    assert found(archive, "person:Burns") == {"07MOSCOW100"}
    assert found(archive, "gas person:Miller") == set()


def test_bad_paging_is_a_usage_error(archive: Archive) -> None:
    with pytest.raises(UsageError):
        archive.search("gas", limit=-1)
    with pytest.raises(UsageError):
        archive.search("gas", offset=-1)


def test_quotes_and_sql_characters_are_only_words(archive: Archive) -> None:
    assert found(archive, '"gas\'; DROP TABLE cables; --"') == set()
    assert archive.search("gas").total == 3


def test_first_search_builds_a_missing_index(tmp_path: Path) -> None:
    db = build_archive(tmp_path, index=False)
    assert not Path(f"{db}.index").exists()
    with Archive.open(db) as opened:
        assert opened.search("gas").total == 3
    assert Path(f"{db}.index").is_dir()
