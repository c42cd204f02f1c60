"""Plain-language explanations of the codes a cable is full of: TAGS, classification reasons,
precedence, routing indicators, captions and portion markings.

The sources are the public descriptions of the telegram format (Foreign Affairs Handbook
5 FAH-2 on format lines, precedence and captions, ACP 127 on routing indicators, E.O. 12958
§1.4 on the reasons); see the project's cable-format notes.
"""

from __future__ import annotations

import re

from cablebase.telegram.classified_by import REASON_MEANINGS
from cablebase.telegram.tags import TAG_MEANINGS

PRECEDENCE_MEANINGS: dict[str, str] = {
    "FLASH": "Flash: the highest precedence, handled before everything else",
    "NIACT IMMEDIATE": "Night action, immediate: urgent enough to wake the action officer",
    "IMMEDIATE": "Immediate: urgent, to be handled at once",
    "PRIORITY": "Priority: expedited, ahead of routine traffic",
    "ROUTINE": "Routine: normal handling",
    "EMERGENCY COMMAND": "Emergency command: a military precedence, not used by State",
}

CAPTION_MEANINGS: dict[str, str] = {
    "SIPDIS": "SIPRNet distribution: copied to the State Department's database on the "
    "classified SIPRNet network, which is how the cable reached a wide readership",
    "NOFORN": "Not releasable to foreign nationals",
    "SENSITIVE": "Sensitive but unclassified",
    "SENSITIVE BUT UNCLASSIFIED": "Sensitive but unclassified",
    "NOT FOR INTERNET DISTRIBUTION": "Unclassified, but not to be posted on the internet",
    "EXDIS": "Exclusive distribution: only to officers with an essential need to know",
    "NODIS": "No distribution beyond the named addressees without the sender's approval",
    "LIMDIS": "Limited distribution",
    "STADIS": "State Department distribution only",
}

_ROUTE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("RUEHC", "the Secretary of State, Washington"),
    ("RUEH", "a State Department station (an embassy, consulate or mission)"),
    ("RUCN", "a collective address or the US mission to the UN"),
    ("RUEK", "the Joint Chiefs of Staff or the Secretary of Defense"),
    ("RHEH", "the National Security Council, Washington"),
    ("RUEA", "the Central Intelligence Agency"),
    ("RHEF", "the Defense Intelligence Agency"),
    ("RHMF", "a military command"),
)

_MARKING_WORDS: dict[str, str] = {
    "U": "unclassified",
    "C": "confidential",
    "S": "secret",
    "TS": "top secret",
    "SBU": "sensitive but unclassified",
    "NF": "not releasable to foreign nationals",
    "NOFORN": "not releasable to foreign nationals",
    "FOUO": "for official use only",
    "FGI": "foreign government information",
    "REL": "releasable to",
}
_REASON_LETTER = re.compile(r"\(([a-h])\)", re.I)
_MARKING_PART = re.compile(r"[A-Z]+")


def tag_meaning(tag: str) -> str | None:
    return TAG_MEANINGS.get(tag.upper())


def reason_meaning(reason: str) -> str | None:
    """`1.4(b)` -> what section 1.4(b) of the executive order covers."""
    m = _REASON_LETTER.search(reason)
    return REASON_MEANINGS.get(m.group(1).lower()) if m else None


def precedence_meaning(precedence: str | None) -> str | None:
    return PRECEDENCE_MEANINGS.get(precedence.upper()) if precedence else None


def caption_meaning(caption: str) -> str | None:
    return CAPTION_MEANINGS.get(caption.upper())


def route_meaning(route: str | None) -> str | None:
    """What a routing indicator (`RUEHC`, `RUEHMO`) addresses on the telegraph network."""
    if not route:
        return None
    code = route.upper()
    for prefix, what in _ROUTE_PREFIXES:
        if code.startswith(prefix):
            return f"Routing indicator {code}: the network address of {what}"
    return f"Routing indicator {code}: the address of a station on the telegraph relay network"


def marking_meaning(marking: str | None) -> str | None:
    """`S/NF` -> "secret, not releasable to foreign nationals"."""
    if not marking:
        return None
    words: list[str] = []
    for part in _MARKING_PART.findall(marking.upper()):
        word = _MARKING_WORDS.get(part)
        if word is None:
            if words and words[-1] == "releasable to":
                words[-1] = f"releasable to {part}"
            continue
        words.append(word)
    if not words:
        return None
    return "Portion marking: " + ", ".join(words)


def mcn_meaning(mcn: str | None) -> str | None:
    if not mcn:
        return None
    return f"Message sequence number {mcn} of this addressee"
