"""The about/help page: how to read a cable (its parts, the captions, the classification
reasons, precedence, routing indicators) and how to search; its twin gives the same tables."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cablebase.search import query as query_language
from cablebase.telegram.classified_by import REASON_MEANINGS
from cablebase.web.explain import CAPTION_MEANINGS, PRECEDENCE_MEANINGS
from cablebase.web.render import respond

PARTS = (
    (
        "Routing header",
        "The transmission ID, precedence, date-time group (DTG), and the FM, TO "
        "and INFO lines: who sent the cable and to whom, each addressee with its routing "
        "indicator.",
    ),
    (
        "Classification line",
        "The level in spaced capitals (C O N F I D E N T I A L), the "
        "section, the post and the message reference number.",
    ),
    ("Captions", "Handling words such as SIPDIS and NOFORN."),
    (
        "E.O. line",
        "The executive order under which the cable was classified and the date it "
        "was to be declassified (DECL).",
    ),
    (
        "TAGS",
        "Subject and country codes used to file the cable (PREL: external political "
        "relations; PK: Pakistan).",
    ),
    (
        "SUBJECT and REF",
        "The subject line and the earlier cables or documents it answers; the "
        "reading room links each cited cable.",
    ),
    (
        "Classified By",
        "Who classified the cable and the reasons, as sections of E.O. 12958 (1.4(b), 1.4(d) ...).",
    ),
    (
        "Body",
        "Numbered paragraphs, each opening with its portion marking: (C) confidential, "
        "(S) secret, (U) unclassified, (SBU) sensitive but unclassified, /NF not for foreign "
        "nationals. Each has a ¶ permalink: /cable/REFID#par3 is paragraph 3.",
    ),
)


async def about(request: Request) -> Response:
    data = {
        "parts": [{"name": n, "text": t} for n, t in PARTS],
        "reasons": {f"1.4({k})": v for k, v in REASON_MEANINGS.items()},
        "precedence": PRECEDENCE_MEANINGS,
        "captions": CAPTION_MEANINGS,
        "query_language": (query_language.__doc__ or "").strip(),
    }
    return respond(request, "about.html", data)


routes: list[BaseRoute] = [
    Route("/about", about, name="about"),
    Route("/about.json", about, name="about_json"),
]
