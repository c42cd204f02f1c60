"""The acceptance figures for parsing, measured on the real dev pages (skipped without them)."""

from __future__ import annotations

import pytest

from tests.accuracy.measure import DATA, FIELDS, Scores, measure

pytestmark = pytest.mark.shared_data

THRESHOLDS = {
    "ref_id": 0.99,
    "created": 0.99,
    "released": 0.99,
    "classification": 0.99,
    "origin": 0.99,
    "partial": 0.99,
    "subject": 0.97,
    "tags": 0.97,
    "paragraphs": 0.90,
}


@pytest.fixture(scope="module")
def scores() -> Scores:
    if not (DATA / "truth.jsonl").exists():
        pytest.skip(f"shared data not available: {DATA} (sibling checkout ../shared is absent)")
    return measure()


@pytest.mark.parametrize("name", FIELDS)
def test_field_accuracy(scores: Scores, name: str) -> None:
    wrong = scores.wrong.get(name, [])[:5]
    assert scores.rate(name) >= THRESHOLDS[name], f"{name}: {scores.rate(name):.2%}; e.g. {wrong}"


def test_body_words_kept(scores: Scores) -> None:
    assert scores.words_kept / scores.total >= 0.98
