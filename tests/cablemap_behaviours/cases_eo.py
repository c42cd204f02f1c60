"""E.O. line -> EOLine.declassify_on as an ISO date (cablemap: "nondisclosure deadline").

Source: cablemap.core/tests/test_reader_nondisclosure_deadline.py. `via="unit"`: the line goes to
`parse_eo`; `via="cable"`: the line shares its line with other fields, so `parse_cable` must find
the E.O. part first.
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case

CATEGORY = "declassification"
SOURCE = ("test_reader_nondisclosure_deadline.py",)

C = Case
CASES: tuple[Case, ...] = (
    C(
        "declassification-passing-text-before-label",
        "DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012 ",
        "2012-11-22",
    ),
    C("declassification-year-first-date", "EO 12958 DECL: 2020/02/23", "2020-02-23", via="unit"),
    C("declassification-standard", "E.O. 12958: DECL: 11/03/2015", "2015-11-03", via="unit"),
    C("declassification-eo-without-dots", "EO 12958 DECL: 12/31/2034", "2034-12-31", via="unit"),
    C(
        "declassification-no-colon-after-order",
        "E.O. 12958 DECL: 12/31/2034",
        "2034-12-31",
        via="unit",
    ),
    C("declassification-sentence-case", "E.o. 12958: decl: 07/01/2034", "2034-07-01", via="unit"),
    C(
        "declassification-merged-with-tags-and-subject",
        "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan "
        "goes to washington: how strong a leader in the face of strong challenges?\n(U) Classifi",
        "2014-01-07",
    ),
    C(
        "declassification-eo-colon-lowercase-decl",
        "EO 12958: decl: 12/31/2034",
        "2034-12-31",
        via="unit",
    ),
    C("declassification-two-digit-year", "EO 12958: decl: 6/30/08", "2008-06-30", via="unit"),
    C("declassification-single-digit-day", "EO 12958: decl: 6/3/08", "2008-06-03", via="unit"),
    C(
        "declassification-padded-two-digit-year",
        "EO 12958: decl: 06/30/08",
        "2008-06-30",
        via="unit",
    ),
    C("declassification-not-applicable", "E.O. 12958: N/A", None, via="unit"),
)


def run(case: Case) -> Any:
    if case.via == "unit":
        from cablebase.telegram.values import parse_eo

        return parse_eo(case.text).declassify_on
    from cablebase.telegram.parse import parse_cable

    eo = parse_cable(case.text).eo
    return eo.declassify_on if eo else None
