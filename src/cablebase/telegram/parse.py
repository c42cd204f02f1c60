"""Assemble a Cable from telegram text and the envelope a source put around it.

(Skeleton: the lead is filling this in; the signature is the contract for the formats.)
"""

from __future__ import annotations

from cablebase.model import Cable, Source
from cablebase.telegram.envelope import Envelope


def parse_cable(text: str, envelope: Envelope = Envelope(), sources: tuple[Source, ...] = ()) -> Cable:
    """Parse telegram `text` (routing header and/or text from the classification line on, as
    one string) into a Cable, weighing the source's `envelope` against what the text says."""
    return Cable(
        ref_id=envelope.ref_id or "",
        ref_id_raw=envelope.ref_id,
        classification=envelope.classification,
        origin=envelope.origin,
        subject=envelope.subject,
        body=text,
        sources=sources,
    )
