"""Assemble a Cable from telegram text and the envelope a source put around it.

The text is read top to bottom: routing header, classification banner, text header, body,
signature. Where the source's envelope and the telegram disagree, the better value is kept and
the disagreement is said in `warnings`.
"""

from __future__ import annotations

from cablebase.model import Cable, Source
from cablebase.telegram import body as b
from cablebase.telegram import patterns as p
from cablebase.telegram.envelope import Envelope
from cablebase.telegram.references import parse_references
from cablebase.telegram.refid import canonical_ref_id, make_ref_id, origin_code, split_ref_id
from cablebase.telegram.routing import Routing, parse_routing
from cablebase.telegram.textheader import find_banner, is_text_start, parse_text_header
from cablebase.telegram.values import (
    Dtg,
    iso_datetime,
    normalise_classification,
    origin_from_ref_id,
    origin_name,
    parse_classified_by,
    parse_dtg,
    parse_eo,
    parse_tags,
)
from cablebase.textio import tidy_lines

_NOT_FOUND = "UNKNOWN"


def parse_cable(
    text: str, envelope: Envelope | None = None, sources: tuple[Source, ...] = ()
) -> Cable:
    """Parse telegram `text` (routing header and/or the text from the classification line on,
    as one string) into a Cable, weighing the source's `envelope` against what the text says.
    Never raises on odd text: what could not be found is None, and `warnings` says why."""
    envelope = envelope or Envelope()
    warnings: list[str] = []
    lines = tidy_lines(text.replace("¶", "") if "¶" in text else text)
    repairs = 0
    if not envelope.original_text:
        lines, repairs = b.rejoin_broken_words(lines)
    if repairs:
        warnings.append(f"rejoined {repairs} word(s) broken across lines")

    banner = find_banner(lines)
    head_lines = lines[: banner if banner is not None else _routing_end(lines)]
    routing = parse_routing(head_lines)
    th = parse_text_header(lines, banner, len(head_lines))
    start = banner if banner is not None else len(head_lines)
    if banner is None:
        warnings.append("no classification line found: the text header may be damaged")

    drop = b.noise_lines(lines, start, th.dropped, th.body_start)
    kept = b.kept_lines(lines, start, drop)
    content = b.kept_lines(lines, max(start, th.body_start), drop)
    signers, sig_at = b.find_signature(content)
    body_text = "\n".join(kept).strip("\n")
    content_text = "\n".join(content[:sig_at])
    at = body_text.find(content_text)
    paragraphs = b.extract_paragraphs(content_text, shift=at if at >= 0 else None)

    head_text = "\n".join(lines[: start + 3])
    partial = ("artial extract" in head_text or "ARTIAL EXTRACT" in head_text) and bool(
        p.PARTIAL_EXTRACT.search(head_text)
    )
    dtg = _find_dtg(routing, lines[:start] if banner is not None else lines[:20])
    captions = tuple(dict.fromkeys(c.upper() for c in th.captions))
    classification = normalise_classification(th.level, captions, metadata=envelope.classification)
    ref_id, ref_id_raw = _ref_id(envelope, th.post, th.mrn, dtg, warnings)
    split = split_ref_id(ref_id) if ref_id else None
    created = _created(envelope, dtg, warnings)
    released = iso_datetime(envelope.released) if envelope.released else None
    if envelope.released_minutes_unreliable and released:
        warnings.append("released: the source prints the hour in the minutes' place")
    origin = envelope.origin or (origin_name(routing.from_) if routing.from_ else None)
    if origin is None and ref_id:
        origin = origin_from_ref_id(ref_id)
    tags = parse_tags(th.tags) if th.tags else tuple(envelope.tags)
    subject = th.subject or (envelope.subject.strip() if envelope.subject else None)
    for name, value in (("SUBJECT", subject), ("TAGS", tags), ("E.O.", th.eo)):
        if not value and paragraphs:
            warnings.append(f"no {name} line found: this copy of the text may have lost it")
    references = (
        parse_references(
            th.ref,
            citing_year=split[0] if split else None,
            citing_origin=split[1] if split else None,
            citing_serial=split[2] if split else None,
        )
        if th.ref
        else ()
    )
    return Cable(
        ref_id=ref_id or _NOT_FOUND,
        ref_id_raw=ref_id_raw,
        created=created,
        released=released,
        classification=classification,
        origin=origin,
        precedence=dtg.precedence if dtg else None,
        dtg=dtg.dtg if dtg else None,
        transmission_id=routing.transmission_id,
        from_=routing.from_,
        to=routing.to,
        info=routing.info,
        captions=captions,
        eo=parse_eo(th.eo) if th.eo else None,
        tags=tags,
        subject=subject or None,
        references=references,
        classified_by=parse_classified_by(th.classified_by) if th.classified_by else None,
        summary=b.extract_summary(content_text),
        paragraphs=paragraphs,
        signers=signers,
        header="\n".join(head_lines).strip("\n"),
        body=body_text,
        partial=partial,
        redactions=_count_redactions(body_text),
        sources=sources,
        warnings=tuple(warnings),
        row_number=envelope.row_number,
    )


def _count_redactions(text: str) -> int:
    count = len(p.X_RUN.findall(text)) if "XXXX" in text else 0
    if "xxxxx" in text:
        count += len(p.x_RUN.findall(text))
    if "]" in text and ("emoved]" in text or "EMOVED]" in text):
        count += len(p.REMOVED_NOTE.findall(text))
    return count


def _routing_end(lines: list[str]) -> int:
    """Without a banner, the routing header runs from the top to the first blank line after a
    FM/TO/INFO line, or to where the text header or the paragraphs begin."""
    seen = False
    for i, line in enumerate(lines[:150]):
        if p.FROM_LINE.match(line) or p.TO_LINE.match(line) or p.INFO_LINE.match(line):
            seen = True
        elif seen and not line.strip():
            return i
        elif is_text_start(line):
            return i if seen else 0
    return len(lines[:150]) if seen else 0


def _find_dtg(routing: Routing, lines: list[str]) -> Dtg | None:
    if routing.dtg_line:
        return parse_dtg(routing.dtg_line)
    for line in lines:
        if p.DTG_LINE.match(line.strip()):
            return parse_dtg(line.strip())
    return None


def _ref_id(
    envelope: Envelope, post: str | None, mrn: str | None, dtg: Dtg | None, warnings: list[str]
) -> tuple[str | None, str | None]:
    from_text: str | None = None
    code = (origin_code(post) or _plain_code(post)) if post else None
    year = int(dtg.iso[:4]) if dtg and dtg.iso else None
    if year is None and envelope.created:
        iso = iso_datetime(envelope.created)
        year = int(iso[:4]) if iso else None
    if code and mrn and year:
        from_text = make_ref_id(year, code, int(mrn))
    if envelope.ref_id:
        ref_id, repairs = canonical_ref_id(envelope.ref_id)
        warnings.extend(repairs)
        if from_text and from_text != ref_id:
            warnings.append(
                f"the classification line names {post} {mrn} ({from_text}), "
                f"not {ref_id}: the text may belong to another cable"
            )
        return ref_id, envelope.ref_id
    if from_text:
        return from_text, None
    warnings.append("no reference ID: the source gives none and the banner does not name one")
    return None, None


def _plain_code(post: str) -> str | None:
    """An unknown post still makes an ID the way the known ones do: letters, spaces removed."""
    letters = post.replace(" ", "").upper()
    return letters if letters.isalpha() and not set(letters) <= {"X"} else None


def _created(envelope: Envelope, dtg: Dtg | None, warnings: list[str]) -> str | None:
    printed = iso_datetime(envelope.created) if envelope.created else None
    from_dtg = dtg.iso if dtg else None
    if printed is None:
        return from_dtg
    if from_dtg is None or from_dtg == printed:
        return printed
    if envelope.created_minutes_unreliable and printed[:13] == from_dtg[:13]:
        warnings.append(
            f"created: the source prints {printed[11:16]}, the DTG gives {from_dtg[11:16]}; "
            "kept the DTG (the source prints the hour in the minutes' place)"
        )
        return from_dtg
    warnings.append(
        f"created: the source prints {printed}, the DTG gives {from_dtg}; kept the source"
    )
    return printed
