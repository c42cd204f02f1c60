"""Body -> Cable.summary (the text between the summary start and "End Summary", paragraph numbers
and portion marks removed, whitespace collapsed).

Source: cablemap.core/tests/test_reader_summary.py. All cases go through `parse_cable`.
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case, normalise_space

CATEGORY = "summary"
SOURCE = ("test_reader_summary.py",)

C = Case
CASES: tuple[Case, ...] = (
    C(
        "summary-label-before-paragraphs",
        "REF: TEHRAN 4887\n\nSUMMARY: FOLLOWING ASSASSINATION [...].\nEND SUMMARY\n\n1. IN WAKE ",
        "FOLLOWING ASSASSINATION [...].",
        ref_id="72TEHRAN5055",
    ),
    C(
        "summary-dash-underlined-heading",
        "Classified By: AMBASSADOR PHILIP D. MURPHY FOR REASONS 1.4 (B) and (D)\n\nSUMMARY\n-------"
        "\n\n1. (C) Chancellor Merkel [...].\nEnd Summary.\n\nOVERALL TREND: MAJOR PARTIES IN "
        "DECLINE",
        "Chancellor Merkel [...].",
        ref_id="09BERLIN1197",
    ),
    C(
        "summary-no-end-marker-stops-at-blank",
        "Classified By: COM Jonathan Farrar for reasons 1.4 (b) and (d)\n\n1. (C) SUMMARY: Fidel "
        "Castro's [...].\n \nWHAT WE KNO",
        "Fidel Castro's [...].",
        ref_id="09HAVANA35",
    ),
    C(
        "summary-heading-between-dash-runs",
        "------- SUMMARY -------\n\n1. Pope Benedict XVI's four-day [...] End Summary",
        "Pope Benedict XVI's four-day [...]",
        ref_id="07SAOPAULO464",
    ),
    C(
        "summary-heading-and-label",
        "------- SUMMARY -------\n\n1. Summary: On March 21, Pope Benedict XVI [...] End Summary. ",
        "On March 21, Pope Benedict XVI [...]",
        ref_id="07SAOPAULO250",
    ),
    C(
        "summary-heading-quotes-and-portion-mark",
        'SUMMARY\n-------\n\n1. (C/NF) This is not a "change" election. [...]. END SUMMARY. ',
        'This is not a "change" election. [...].',
        ref_id="09BERLIN1176",
    ),
    C(
        "summary-and-action-request",
        "1. (U) Paragraphs 2 and 8 contain Mission Brazil action request.\n\n2. (C) Summary and "
        "Action Request. With Iranian President [...]. End Summary and Action Request. ",
        "With Iranian President [...].",
        ref_id="09BRASILIA1300",
    ),
    C(
        "summary-heading-with-dashes-same-line",
        "Summary -------\n\n2. (C) President Lula welcomed [...] End Summary",
        "President Lula welcomed [...]",
        ref_id="09BRASILIA1368",
    ),
    C(
        "summary-and-comment",
        "1. (C) Summary and Comment: Continuing violent unrest in[...]. End Summary and Comment. ",
        "Continuing violent unrest in[...].",
        ref_id="05PARIS7682",
    ),
    C(
        "summary-with-bullets-and-lowercase-end",
        "1. (C/NF) Summary: In separate December 1 meetings [...] following way forward:\n\n"
        "-- the Interior Ministry [...]\n\nrelationship with Chancellor Merkel. End summary",
        "In separate December 1 meetings [...] following way forward: -- the Interior Ministry "
        "[...] relationship with Chancellor Merkel.",
        ref_id="09BERLIN1548",
    ),
    C(
        "summary-unlabelled-start",
        "Classified By: Classified by Political M-C George Glass for reasons 1.4\n(b,d).\n\n"
        "1. (C) German FM Westerwelle told [...]. END SUMMARY.",
        "German FM Westerwelle told [...].",
        ref_id="10BERLIN164",
    ),
    C(
        "summary-over-several-paragraphs",
        "Classified By: USEU EconMinCouns Peter Chase for reasons 1.4 (b), (d), (e).\n\n1. (S//NF) "
        "SUMMARY AND COMMENT: During a March 2-3 visit to\n\n2. (C) EU Member States and officials "
        "uniformly praised the\n\n3. (C) The content[...]. END SUMMARY AND COMMENT. ",
        "During a March 2-3 visit to EU Member States and officials uniformly praised the The "
        "content[...].",
        ref_id="09BRUSSELS536",
    ),
    C(
        "summary-label-with-period",
        "CLASSIFIED BY: Thomas A. Shannon, Ambassador, State, Embassy Brasilia; REASON: 1.4(B), (D)"
        "\n1. (C) Summary. During separate [...]. End summary.",
        "During separate [...].",
        ref_id="10BRASILIA61",
    ),
    C(
        "summary-unlabelled-glued-paragraph-mark",
        "CLASSIFIED BY: Gene A. Cretz, Ambassador, US Embassy Tripoli, Department of State. REASON:"
        " 1.4 (b), (d)\n\n1.(C) The August 31 African [...]. End Summary.",
        "The August 31 African [...].",
        ref_id="09TRIPOLI715",
    ),
    C(
        "summary-portion-mark-after-label",
        "OF 002   \n\n1.  Summary: (SBU) Japanese [...]. End Summary \n\n2. ",
        "Japanese [...].",
        ref_id="06TOKYO3567",
    ),
    C(
        "summary-end-marker-split-over-lines",
        "Classified By: Head of Economic Unit Shawn Gray, reasons 1.4 (b), (d)\n\n1. (S) SUMMARY: "
        "The Dutch [...]. END\nSUMMARY.\n\n2. (S) Econoff delivered ",
        "The Dutch [...].",
        ref_id="08THEHAGUE938",
    ),
    C(
        "summary-stops-at-inline-heading",
        "1.(C) Summary: The GOB [...]. -------- Training --------\n\n2.(U) Bah",
        "The GOB [...].",
        ref_id="08MANAMA492",
    ),
    C(
        "summary-and-action-request-after-classified-by",
        "Classified By: Charge D'Affaires Lisa Kubiske for reasons 1.4 (b) and ( d). \n\n1. (U) "
        "Paragraphs 2 and 8 contain Mission Brazil action request. \n\n2. (C) Summary and Action "
        "Request. With Iranian President [...] End Summary and Action Request.\n",
        "With Iranian President [...]",
        ref_id="09BRASILIA1300",
    ),
    C(
        "summary-unlabelled-end-split",
        "\nISSUES (IWI) VISITS MEXICO\n\n1. On 28 July 2008\n[...]. End\nSummary.\n\nTHE CIVIL "
        "SOCIETY PERSPECTIVE\n-----------------------------\n",
        "On 28 July 2008 [...].",
        ref_id="08MEXICO2382",
    ),
    C(
        "summary-and-introduction-unicode-dashes",
        "Classified By: Charge d'Affaires Luis Arreaga for reasons 1.4 (B) AND (\nD).\n\n1. (SBU) "
        "This message is the first in a three\u2010part series on\nviews of the Torrijos "
        "administration's performance.\n\nSUMMARY AND INTRODUCTION\n"
        "\u2010\u2010\u2010\u2010\u2010\u2010\u2010\u2010\u2010\u2010\u2010\u2010\n\n2. (C) Martin "
        "Torrijos's [...]\nperformance, dashed expectations, and squandered\nopportunities. END "
        "SUMMARY AND INTRODUCTION.\n\nGreat Expectations\n\u2010\u2010\u2010\u2010\u2010\u2010",
        "Martin Torrijos's [...] performance, dashed expectations, and squandered opportunities.",
        ref_id="05PANAMA1729",
    ),
)


def run(case: Case) -> Any:
    from cablebase.telegram.envelope import Envelope
    from cablebase.telegram.parse import parse_cable

    return normalise_space(parse_cable(case.text, Envelope(ref_id=case.ref_id)).summary)
