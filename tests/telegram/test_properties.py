"""Property tests: no text, however damaged, makes the parser raise."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cablebase.formats import FORMATS, detect, explain_no_format
from cablebase.formats.base import RawInput
from cablebase.model import Article, Cable, Failure
from cablebase.telegram.body import paragraph_text
from cablebase.telegram.classified_by import parse_classified_by
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.parse import parse_cable
from cablebase.telegram.references import parse_references
from cablebase.telegram.refid import canonical_ref_id
from cablebase.telegram.tags import parse_tags
from cablebase.telegram.values import iso_datetime, parse_dtg, parse_eo

# Pieces of real telegram structure, so generated texts reach the deep branches, mixed with
# arbitrary lines.
FRAGMENTS = [
    "VZCZCXRO2217",
    "PP RUEHDBU RUEHLH",
    "DE RUEHMO #4420/01 2530249",
    "ZNY CCCCC ZZH",
    "P 100249Z SEP 07",
    "O R 141437Z NOV 07",
    "FM AMEMBASSY MOSCOW",
    "TO RUEHC/SECSTATE WASHDC PRIORITY 3679",
    "INFO RUEHXD/MOSCOW POLITICAL COLLECTIVE",
    "XMT AMCONSUL JOHANNESBURG",
    "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 004420",
    "S e c r e t state 068250",
    "UNCLAS",
    "SIPDIS",
    "NOFORN",
    "E.O. 12958: DECL: 08/31/2017",
    "EO 12958 DECL: 2019/07/29 TAGS: ECON",
    "TAGS: PGOV PREL IN PK RS XD",
    "TAGS PREL, OVIP (CLINTON, HILLARY)",
    "SUBJECT: RUSSIA WANTS A STABLE PAKISTAN",
    "REF: A. ASTANA 0426",
    "     B. 08 STATE 061194 (NOTAL)",
    "Classified By: Political M/C Alice D. Wells for reasons 1.4 (b/d).",
    "1. (C) Summary:  Russia seeks a stable Pakistan.  End summary.",
    "2.(S/NF) Text.",
    "10) list item",
    "MOSCOW 00004420  002 OF 002",
    "PAGE 02 HARARE 06677 01 OF 03 291400Z",
    "This record is a partial extract of the original cable.",
    "-----------------",
    "XXXXXXXXXXXX",
    "BURNS",
    "NNNN",
    "",
    "¶3. (U) text",
]
lines = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80))
texts = st.lists(lines, max_size=40).map("\n".join)
envelopes = st.builds(
    Envelope,
    ref_id=st.one_of(
        st.none(),
        st.text(max_size=30),
        st.sampled_from(["07MOSCOW4420", "08ECTION01OF02MANAMA492"]),
    ),
    created=st.one_of(st.none(), st.text(max_size=20), st.just("2007-09-10 02:49")),
    created_minutes_unreliable=st.booleans(),
    released=st.one_of(st.none(), st.text(max_size=20)),
    classification=st.one_of(st.none(), st.text(max_size=30)),
    origin=st.one_of(st.none(), st.text(max_size=30)),
    subject=st.one_of(st.none(), st.text(max_size=60)),
    original_text=st.booleans(),
)
fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(texts, envelopes)
def test_parse_cable_never_raises(text: str, envelope: Envelope) -> None:
    cable = parse_cable(text, envelope)
    assert isinstance(cable.ref_id, str) and cable.ref_id
    numbers = [p.number for p in cable.paragraphs]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert cable.redactions >= 0
    assert all(isinstance(w, str) for w in cable.warnings)
    # Where the parser places a paragraph in the body, its text can be made again from there
    # (the archive keeps only the place).
    for paragraph in cable.paragraphs:
        if paragraph.span is not None:
            start, end = paragraph.span
            assert 0 <= start <= end <= len(cable.body)
            assert paragraph_text(cable.body[start:end]) == paragraph.text


@fast
@given(st.text(max_size=200))
def test_value_normalisers_never_raise(text: str) -> None:
    parse_tags(text)
    parse_eo(text)
    parse_classified_by(text)
    parse_dtg(text)
    iso_datetime(text)
    ref_id, warnings = canonical_ref_id(text)
    assert isinstance(ref_id, str) and isinstance(warnings, tuple)
    for year in (None, 2009):
        for reference in parse_references(text, citing_year=year):
            assert reference.kind


@fast
@given(st.one_of(st.binary(max_size=3000), texts.map(lambda t: t.encode("utf-8"))))
def test_formats_never_raise_on_arbitrary_bytes(data: bytes) -> None:
    raw = RawInput("mem", data[:65536], lambda: io.BytesIO(data), len(data))
    for fmt in FORMATS:
        assert 0.0 <= fmt.sniff(raw) <= 1.0
    found = detect(raw)
    if found is None:
        assert explain_no_format(raw)
        return
    for item in found[0].read(raw):
        assert isinstance(item, Cable | Article | Failure)


def test_value_parser_caches_can_be_emptied() -> None:
    from cablebase.telegram import clear_caches

    parse_tags("PREL PGOV RS")
    assert parse_tags.cache_info().currsize > 0
    clear_caches()
    assert parse_tags.cache_info().currsize == 0
    assert parse_tags("PREL PGOV RS") == ("PREL", "PGOV", "RS")
