"""`cablebase search`: output shapes, exit codes and the query error caret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablebase.cli import build_parser, main
from cablebase.search import query as query_language
from tests.search.searchkit import build_archive


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_archive(tmp_path_factory.mktemp("cli"))


def test_json_shape(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "gas", "--db", db, "--json", "--facets", "--limit", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 3 and len(data["hits"]) == 2
    keys = {"ref_id", "subject", "created", "origin", "classification", "score", "snippet"}
    assert keys | {"paragraphs", "kind"} == set(data["hits"][0])
    assert "[[gas]]" in data["hits"][0]["snippet"].lower()
    assert set(data["facets"]) == {"origin", "year", "classification", "tag", "caption"}


def test_table_and_sort_minus_date(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "kind:cable", "--db", db, "--sort", "-date", "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1-1 of 4"
    assert out[1].startswith("09STATE400") and "2009-01-15" in out[1]
    assert out[2].startswith("    ")


def test_paragraph_numbers_in_table(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Gazprom", "--db", db]) == 0
    assert "¶2" in capsys.readouterr().out


def test_malformed_query_prints_a_caret(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "gas (oil", "--db", db]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "unclosed parenthesis" in err[0]
    assert err[1] == "  gas (oil"
    assert err[2] == "      ^"


def test_missing_archive_and_bad_sort(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "gas", "--db", str(tmp_path / "none.db")]) == 2
    assert main(["search", "gas", "--sort", "relevance"]) == 2
    capsys.readouterr()


def test_help_has_the_query_language() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    text = sub.choices["search"].format_help()  # type: ignore[attr-defined]
    assert "classification:SECRET    SECRET also matches SECRET//NOFORN" in text
    assert (query_language.__doc__ or "").splitlines()[0] in text
