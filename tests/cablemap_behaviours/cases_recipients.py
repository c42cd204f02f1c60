"""TO / INFO lines -> Cable.to / Cable.info as (name, route, precedence, mcn) tuples.

Source: cablemap.core/tests/test_reader_recipients.py and test_reader_info_recipients.py.
`via="to"` compares Cable.to, `via="info"` compares Cable.info; all go through `parse_cable`.
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case

CATEGORY = "recipients"
SOURCE = ("test_reader_recipients.py", "test_reader_info_recipients.py")

C = Case
CASES: tuple[Case, ...] = (
    C(
        "recipients-page-header-after-to",
        "P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO PAGE 02        STATE   015113  182333Z \n"
        "ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\nAMEMBASSY TRIPOLI PRIORITY",
        (
            ("ALL DIPLOMATIC POSTS COLLECTIVE", None, "PRIORITY", None),
            ("AMEMBASSY TRIPOLI", None, "PRIORITY", None),
        ),
        via="to",
        ref_id="09STATE15113",
    ),
    C(
        "recipients-niact-immediate",
        "O 201405Z DEC 89\nFM SECSTATE WASHDC\nTO SPECIAL EMBASSY PROGRAM NIACT IMMEDIATE\n"
        "AMCONSUL LENINGARD NIACT IMMEDIATE",
        (
            ("SPECIAL EMBASSY PROGRAM", None, "NIACT IMMEDIATE", None),
            ("AMCONSUL LENINGARD", None, "NIACT IMMEDIATE", None),
        ),
        via="to",
        ref_id="89STATE403378",
    ),
    C(
        "recipients-mcn-without-route",
        "P 061232Z MAR 09\nFM AMEMBASSY BAKU\nTO SECSTATE WASHDC PRIORITY 0872",
        (("SECSTATE WASHDC", None, "PRIORITY", "0872"),),
        via="to",
        ref_id="09BAKU179",
    ),
    C(
        "recipients-info-after-page-header-to",
        "FM SECSTATE WASHDC\nTO PAGE 02        STATE   023763  071504Z\nAMEMBASSY NEW DELHI "
        "PRIORITY\nINFO MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE PRIORITY",
        (("MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE", None, "PRIORITY", None),),
        via="info",
        ref_id="08STATE23763",
    ),
    C(
        "recipients-info-routes-and-mcn",
        "TO AMEMBASSY NEW DELHI PRIORITY\nINFO RUEHTH/AMEMBASSY ATHENS 0121\n"
        "RUEUITH/DET 1 39LG ANKARA TU",
        (
            ("AMEMBASSY ATHENS", "RUEHTH", None, "0121"),
            ("DET 1 39LG ANKARA TU", "RUEUITH", None, None),
        ),
        via="info",
    ),
    C(
        "recipients-info-without-to",
        "R 270230Z NOV 08\nFM SECSTATE WASHDC\nINFO AMEMBASSY PANAMA",
        (("AMEMBASSY PANAMA", None, None, None),),
        via="info",
        ref_id="08STATE125686",
    ),
    C(
        "recipients-info-alone",
        "INFO AMEMBASSY PANAMA",
        (("AMEMBASSY PANAMA", None, None, None),),
        via="info",
    ),
    C(
        "recipients-info-name-with-digits",
        "INFO RUEHTH/AMEMBASSY ATHENS 0121\nRHMFIUU/39OS INCIRLIK AB TU",
        (
            ("AMEMBASSY ATHENS", "RUEHTH", None, "0121"),
            ("39OS INCIRLIK AB TU", "RHMFIUU", None, None),
        ),
        via="info",
    ),
    C(
        "recipients-info-xmt-is-not-a-recipient",
        "INFO XMT FOOBAR",
        (),
        via="info",
        note="XMT lines list exclusions; our Recipient.excluded may record them",
    ),
)


def run(case: Case) -> Any:
    from cablebase.telegram.envelope import Envelope
    from cablebase.telegram.parse import parse_cable

    cable = parse_cable(case.text, Envelope(ref_id=case.ref_id))
    people = cable.to if case.via == "to" else cable.info
    return tuple((r.name, r.route, r.precedence, r.mcn) for r in people)
