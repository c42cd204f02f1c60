"""`cablebase link-article` and `cablebase related` end to end on the fictional archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablebase.cli import main
from tests.connections.linkkit import build_archive

ARTICLE = (
    "<html><head><title>War crimes in Sri Lanka</title></head><body><article>"
    "<p>A cable sent by US ambassador Ruth Ellery, dated 15 January 2009, says: “No government "
    "in living memory has investigated its own generals while still in office.”</p>"
    "<p>Ellery also wrote about the LTTE. See also cable 08CHISINAU100.</p>"
    "</article></body></html>"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_archive(tmp_path_factory.mktemp("linkcli"))


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "war-crimes.html"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_link_article_json(db: str, article: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link-article", article, "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "War crimes in Sri Lanka"
    assert [(k["ref_id"], k["explicit"]) for k in data["links"]] == [
        ("08CHISINAU100", True),
        ("09COLOMBO50", False),
    ]
    inferred = data["links"][1]
    assert 0 < inferred["score"] < 1
    assert {"kind": "name", "value": "Ruth Ellery"} in inferred["evidence"]


def test_link_article_text(db: str, article: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link-article", article, "--db", db, "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "War crimes in Sri Lanka"
    assert out[1].split()[:3] == ["08CHISINAU100", "1.000", "explicit"]
    assert len(out) == 2  # the limit leaves no room after the explicit link


def test_link_article_errors(
    db: str, article: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "nope.html")
    assert main(["link-article", missing, "--db", db]) == 2
    assert f"{missing}: cannot read the article" in capsys.readouterr().err
    assert main(["link-article", article, "--db", db, "--limit", "0"]) == 2
    assert "limit must be between 1 and 1000" in capsys.readouterr().err
    assert main(["link-article", article, "--db", str(tmp_path / "none.db")]) == 2
    assert "no archive here" in capsys.readouterr().err


def test_unrelated_article_says_so(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pasta.txt"
    path.write_text("Pasta\n\nBoil water, add salt and cook the pasta.\n", encoding="utf-8")
    assert main(["link-article", str(path), "--db", db]) == 0
    assert "no cable in the archive is cited or clearly discussed" in capsys.readouterr().out


def test_related(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["related", "08CHISINAU150", "--db", db, "--limit", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "08CHISINAU150: related cables"
    assert out[1].split()[:3] == ["08CHISINAU100", "1.000", "2008-03-10"]
    assert "same post" in out[2] and "23 days apart" in out[2]
    assert main(["related", "08CHISINAU150", "--db", db, "--json", "--limit", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ref_id"] == "08CHISINAU150"
    assert [r["ref_id"] for r in data["related"]] == ["08CHISINAU100"]


def test_related_unknown_cable(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["related", "99NOWHERE1", "--db", db]) == 1
    assert "no cable 99NOWHERE1" in capsys.readouterr().err


def test_an_ingested_article_links_the_same(
    tmp_path: Path, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = build_archive(tmp_path)
    assert main(["link-article", article, "--db", db, "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["ingest", article, "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["link-article", article, "--db", db, "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    # The article's own words now count in the archive's word rarities: the weights move a
    # little, the links do not.
    assert [(k["ref_id"], k["explicit"]) for k in after["links"]] == [
        (k["ref_id"], k["explicit"]) for k in before["links"]
    ]
