"""The four seed cables and the seed article (../shared/seeds), field by field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cablebase.archive import parse

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

pytestmark = pytest.mark.shared_data


def _record(prefix: str) -> dict[str, Any]:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not available: {SEEDS} (sibling checkout ../shared is absent)")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (record,) = [r for r in parse([str(path)]) if isinstance(r, dict)]
    return record


def _names(recipients: list[dict[str, Any]]) -> list[str]:
    return [r["name"] for r in recipients]


def test_seed_000_07moscow4420() -> None:
    r = _record("000")
    assert r["kind"] == "cable" and r["sources"][0]["format"] == "repost"
    assert (r["ref_id"], r["ref_id_raw"]) == ("07MOSCOW4420", "07MOSCOW4420")
    assert (r["created"], r["released"]) == ("2007-09-10T02:49:00Z", "2011-08-30T01:44:00Z")
    assert (r["classification"], r["origin"]) == ("CONFIDENTIAL", "Embassy Moscow")
    assert (r["precedence"], r["dtg"], r["transmission_id"]) == (
        "PRIORITY",
        "100249Z SEP 07",
        "VZCZCXRO2217",
    )
    assert r["from"] == "AMEMBASSY MOSCOW"
    assert r["to"] == [
        {"route": "RUEHC", "name": "SECSTATE WASHDC", "precedence": "PRIORITY", "mcn": "3679"}
    ]
    assert _names(r["info"]) == [
        "MOSCOW POLITICAL COLLECTIVE",
        "AMEMBASSY ISLAMABAD",
        "AMEMBASSY NEW DELHI",
    ]
    assert r["captions"] == ["SIPDIS"]
    assert r["eo"] == {
        "order": "12958",
        "declassify_on": "2017-08-31",
        "text": "E.O. 12958: DECL: 08/31/2017",
    }
    assert r["tags"] == ["PGOV", "PREL", "IN", "PK", "RS", "XD"]
    assert r["subject"] == ("RUSSIA WANTS A STABLE PAKISTAN BUT AVOIDS DIRECT BACKING OF MUSHARRAF")
    assert r["references"] == []
    cb = r["classified_by"]
    assert (cb["names"], cb["title"], cb["reasons"]) == (
        ["Alice D. Wells"],
        "Political M/C",
        ["1.4(b)", "1.4(d)"],
    )
    assert r["summary"].startswith("Russia seeks a stable Pakistan, preferably under")
    assert r["summary"].endswith("anti-Soviet role during the Cold War.")
    assert [(p["number"], p["marking"]) for p in r["paragraphs"]] == [(n, "C") for n in range(1, 8)]
    assert "the political prospects of either" in r["paragraphs"][6]["text"]
    assert r["signers"] == ["BURNS"]
    assert "MOSCOW 00004420" not in r["body"] and "politic\nal" not in r["body"]
    assert "\npolitical" in r["body"] or "political prospects" in r["body"]
    assert (r["partial"], r["redactions"]) == (False, 0)


def test_seed_001_07moscow381_with_lost_lines() -> None:
    r = _record("001")
    assert (r["ref_id"], r["created"]) == ("07MOSCOW381", "2007-01-30T16:57:00Z")
    assert (r["precedence"], r["dtg"]) == ("IMMEDIATE", "301657Z JAN 07")
    assert r["eo"]["declassify_on"] == "2017-01-30"
    assert r["references"] == [
        {"label": None, "text": "06 MOSCOW 11373", "ref_id": "06MOSCOW11373", "kind": "cable"}
    ]
    assert r["classified_by"]["names"] == ["William J. Burns"]
    assert r["classified_by"]["reasons"] == ["1.4(b)", "1.4(d)"]
    # The copy lost SIPDIS, TAGS and SUBJECT, and ends at paragraph 9 without a signature.
    assert (r["tags"], r["subject"], r["signers"]) == ([], None, [])
    assert [p["number"] for p in r["paragraphs"]] == list(range(1, 10))
    assert r["paragraphs"][1]["text"].endswith("through the Northern")
    assert r["summary"].startswith("Foreign Minister Lavrov's February 2-3")


def test_seed_003_08moscow434_mirror_with_repeated_header() -> None:
    r = _record("003")
    assert (r["ref_id"], r["created"], r["released"]) == (
        "08MOSCOW434",
        "2008-02-15T14:41:00Z",
        None,
    )
    assert (r["transmission_id"], r["precedence"]) == ("VZCZCXYZ0000", "IMMEDIATE")
    assert _names(r["info"]) == ["CIS COLLECTIVE", "MOSCOW POLITICAL COLLECTIVE"]
    assert r["tags"] == ["PREL", "PARM", "MNUC", "KNNP", "PINR", "AF", "IN", "JP", "IR", "RS"]
    assert r["subject"] == "DFM LOSYUKOV ON IRAN, PAKISTAN, AFGHANISTAN, SIX-PARTY TALKS AND JAPAN"
    assert r["body"].count("C O N F I D E N T I A L MOSCOW 000434") == 1
    assert [p["number"] for p in r["paragraphs"]] == list(range(1, 8))
    assert r["signers"] == ["BURNS"]
    assert "Year of Russia in India in 2008" in r["paragraphs"][2]["text"]


def test_seed_004_09astana478() -> None:
    r = _record("004")
    assert (r["ref_id"], r["origin"], r["from"]) == (
        "09ASTANA478",
        "Embassy Astana",
        "AMEMBASSY ASTANA",
    )
    assert len(r["info"]) == 14 and r["info"][-1]["name"] == "USMISSION USUN NEW YORK"
    assert r["tags"] == ["PGOV", "PREL", "PROP", "MARR", "IR", "RS", "AF", "KZ"]
    assert " ".join(r["subject"].split()) == 'KAZAKHSTAN: "MOSCOW WANTS YOU TO FAIL IN AFGHANISTAN"'
    assert [(x["label"], x["ref_id"]) for x in r["references"]] == [
        ("A", "09ASTANA426"),
        ("B", "09ASTANA376"),
    ]
    assert r["classified_by"]["names"] == ["Richard E. Hoagland"]
    assert r["summary"].endswith("will visit Astana on April 6.")
    assert [p["marking"] for p in r["paragraphs"]] == ["C", "C", "C", "C", "C", "U", "C"]
    assert r["signers"] == ["HOAGLAND"]


def test_seed_002_is_an_article() -> None:
    r = _record("002")
    assert r["kind"] == "article"
    assert r["title"] == "Fearing Afghanistan, Russia Gets Closer To Pakistan"
    assert r["language"] == "en" and r["cites"] == []
    assert r["text"].startswith("Russian President Vladimir Putin unexpectedly canceled")
    assert r["text"].endswith("trip to Islamabad one of these days.")
