"""The glossary: its entries, and finding its terms in a text as spans."""

from __future__ import annotations

import itertools

import pytest

from cablebase.archive import Archive
from cablebase.connections.glossary import entries, find_terms, lookup, post_of
from cablebase.connections.glossary_data import ALIASES, HOST_GOVERNMENTS, TERMS


def terms(text: str, post: str | None = None) -> list[tuple[str, str]]:
    return [(s.text, s.entry.expansion) for s in find_terms(text, post=post)]


def test_the_glossary_is_large_and_every_entry_is_explained() -> None:
    all_entries = entries()
    assert len(all_entries) >= 150
    assert len({e.term for e in all_entries}) == len(all_entries)
    for entry in all_entries:
        assert entry.expansion and entry.note.endswith((".", "...")), entry
    wanted = "GOR MFA DFM DCM FM GOJ USG SCO CSTO NRC EMBOFF POLOFF SIPDIS NOFORN REFTEL SEPTEL"
    assert set(wanted.split()) <= {e.term for e in all_entries}


def test_aliases_name_real_terms() -> None:
    assert all(target in TERMS for target in ALIASES.values())
    assert lookup("Poloff") == lookup("POLOFF")
    assert lookup("Poloff").term == "POLOFF"  # type: ignore[union-attr]
    assert lookup("XYZZY") is None


def test_spans_cover_the_terms_as_written() -> None:
    text = "The DFM told PolOff that the SCO and CSTO would meet; see REFTEL."
    spans = find_terms(text)
    assert [text[s.start : s.end] for s in spans] == ["DFM", "PolOff", "SCO", "CSTO", "REFTEL"]
    assert [s.entry.term for s in spans][1] == "POLOFF"
    assert spans[2].entry.expansion == "Shanghai Cooperation Organization"
    ends = [(s.start, s.end) for s in spans]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("NEWDELHI", "Government of India"),
        ("BAGHDAD", "Government of Iraq"),
        ("TELAVIV", "Government of Israel"),
        ("MOSCOW", "Government of India (or of Iraq, Israel, Indonesia, Italy, Iceland, Ireland)"),
        (None, "Government of India (or of Iraq, Israel, Indonesia, Italy, Iceland, Ireland)"),
    ],
)
def test_host_government_codes_follow_the_post(post: str | None, expected: str) -> None:
    assert terms("The GOI said", post) == [("GOI", expected)]
    assert terms("The GoI said", post) == [("GoI", expected)]


def test_a_code_with_one_country_needs_no_post() -> None:
    assert terms("GOAJ and GOQ") == [
        ("GOAJ", "Government of Azerbaijan"),
        ("GOQ", "Government of Qatar"),
    ]
    assert terms("GOR officials", "MOSCOW") == [("GOR", "Government of Russia")]
    assert terms("GOR officials", "BUCHAREST") == [("GOR", "Government of Romania")]
    assert set(HOST_GOVERNMENTS) <= {e.term for e in entries()}


def test_words_are_not_terms_in_text_written_in_capitals() -> None:
    caps = "WE GOT THE START TREATY MAP FROM THE GOR."
    assert [t for t, _ in terms(caps)] == ["GOR"]
    mixed = "The START talks and the MAP for Georgia; the GOT said no."
    assert [t for t, _ in terms(mixed, "ANKARA")] == ["START", "MAP", "GOT"]


def test_times_tags_lines_and_routing_are_not_terms() -> None:
    text = "FM AMEMBASSY MOSCOW\nTAGS: PREL AF RS\nThe PM met at 3 PM and 4PM; FM Lavrov too."
    # The TAGS label itself is explained; the codes after it are tags, not glossary terms.
    assert [(s.text, s.start) for s in find_terms(text)] == [
        ("TAGS", text.index("TAGS")),
        ("PM", text.index("The PM") + 4),
        ("FM", text.index("FM Lavrov")),
    ]


def test_terms_inside_words_or_paths_are_not_matched() -> None:
    assert terms("UNSCR 1540, not UNSCRX; S/CT but not X/CT; E.O. 12958") == [
        ("UNSCR", "UN Security Council Resolution"),
        ("S/CT", "Office of the Coordinator for Counterterrorism"),
        ("E.O.", "Executive Order"),
    ]


def test_post_of_reads_the_reference_id() -> None:
    assert post_of("07MOSCOW4420") == "MOSCOW"
    assert post_of(" 09newdelhi12 ") == "NEWDELHI"
    assert post_of("not an id") is None and post_of(None) is None


def test_archive_exposes_the_glossary() -> None:
    assert Archive.glossary() == entries()
    spans = Archive.glossary_terms("The GOI agreed.", ref_id="08BAGHDAD12")
    assert [s.entry.expansion for s in spans] == ["Government of Iraq"]
    assert spans[0].to_json()["term"] == "GOI"
