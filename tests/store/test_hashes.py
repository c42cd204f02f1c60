"""The hashes that tell an ingest what changed: a cable row's (record_hash) and a search
document's (fields_hash). Both must change with anything they cover and nothing else."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from cablebase.model import Cable, Paragraph
from cablebase.search.documents import DocFields, fields_hash
from cablebase.store.prepared import prepare_cable

CABLE = Cable(
    ref_id="08MOSCOW1",
    created="2008-01-02T03:04:00Z",
    classification="SECRET",
    subject="A SUBJECT",
    body="1. (C) Some text.",
    paragraphs=(Paragraph(1, "Some text.", "C"),),
    tags=("PREL", "RS"),
    warnings=("one odd thing",),
)


def record_hash(cable: Cable) -> str:
    return prepare_cable(cable).record_hash


def test_record_hash_follows_the_fields_but_not_the_warnings_or_sources() -> None:
    base = record_hash(CABLE)
    assert record_hash(replace(CABLE, warnings=())) == base
    assert record_hash(CABLE.with_sources(())) == base
    for changed in (
        replace(CABLE, subject="A SUBJECT."),
        replace(CABLE, tags=("PREL",)),
        replace(CABLE, tags=("RS", "PREL")),
        replace(CABLE, paragraphs=(Paragraph(1, "Some text.", "S"),)),
        replace(CABLE, released="2010-11-28T00:00:00Z"),
        replace(CABLE, partial=True),
        replace(CABLE, signers=("BURNS",)),
    ):
        assert record_hash(changed) != base, changed


def test_record_hash_tells_a_missing_value_from_an_empty_one() -> None:
    assert record_hash(replace(CABLE, dtg=None)) != record_hash(replace(CABLE, dtg=""))


@given(st.text(max_size=20), st.text(max_size=20))
def test_moving_text_between_two_fields_changes_the_record_hash(a: str, b: str) -> None:
    one = replace(CABLE, subject=a + b, summary=None)
    two = replace(CABLE, subject=a, summary=b)
    assert record_hash(one) != record_hash(two)


def test_fields_hash_covers_names_values_and_their_types() -> None:
    doc: DocFields = {"id": ["A"], "year": [2008], "tags": ["PREL", "RS"]}
    base = fields_hash(doc)
    assert fields_hash(dict(reversed(doc.items()))) == base  # field order does not matter
    assert fields_hash({**doc, "year": ["2008"]}) != base
    assert fields_hash({**doc, "tags": ["RS", "PREL"]}) != base
    assert fields_hash({**doc, "tags": ["PREL RS"]}) != base
    assert fields_hash({"id": ["A"], "year": [2008], "tag": ["PREL", "RS"]}) != base
    assert fields_hash({**doc, "body": []}) != base


@given(st.lists(st.text(max_size=6), max_size=4), st.lists(st.text(max_size=6), max_size=4))
def test_values_never_run_into_each_other(a: list[str], b: list[str]) -> None:
    if a != b:
        assert fields_hash({"body": list(a)}) != fields_hash({"body": list(b)})
