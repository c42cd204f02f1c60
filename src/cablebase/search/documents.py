"""What the search index holds for one cable or article: plain field values, before tantivy.

Keeping this step free of tantivy makes it testable and gives each record a stable hash, which
is how `update_index` tells the records whose indexed content changed from those it can skip.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from cablebase.connections.people import search_terms as person_terms
from cablebase.model import Article, Cable
from cablebase.store.base import article_id
from cablebase.telegram.refid import split_ref_id

FieldValue = str | int
DocFields = dict[str, list[FieldValue]]

# Fields compared exactly: upper-cased and accent-folded on both sides so `signer:Müller`
# and a stored `MULLER` meet.
CODE_FIELDS = ("tags", "classification", "caption", "signer", "ref", "cites")


def fold(text: str) -> str:
    """Strip accents (é → e), the same folding the text tokenizer applies to words."""
    if text.isascii():
        return text  # nothing to decompose (most tags, IDs and names)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def code(text: str) -> str:
    return fold(text).strip().upper()


def origin_key(text: str) -> str:
    """Origins match by name or post code regardless of case, accents and spacing."""
    return " ".join(fold(text).lower().split())


def epoch_seconds(value: str | None, *, end_of_day: bool = False) -> int | None:
    """Seconds since 1970 (UTC) of `YYYY-MM-DD[ HH:MM]`, None when it is not such a date."""
    if not value or len(value) < 10:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
        clock = dt.time(23, 59, 59) if end_of_day else dt.time()
        if not end_of_day and len(value) >= 16:
            clock = dt.time.fromisoformat(value[11:16])
    except ValueError:
        return None
    return int(dt.datetime.combine(day, clock, tzinfo=dt.UTC).timestamp())


def _dates(fields: DocFields, created: str | None, released: str | None) -> None:
    seconds = epoch_seconds(created)
    if seconds is not None:
        fields["created"] = [seconds]
        fields["year"] = [int(created[:4])] if created else []
    seconds = epoch_seconds(released)
    if seconds is not None:
        fields["released"] = [seconds]


def classification_values(value: str) -> list[str]:
    """The exact marking plus its level, so `classification:SECRET` finds SECRET//NOFORN."""
    exact = code(value)
    level = exact.split("//", 1)[0].strip()
    return [exact] if level == exact or not level else [exact, level]


def cable_fields(cable: Cable, person: list[str] | None = None) -> DocFields:
    """The document of a cable; `person` is its `person_terms` when already known."""
    fields: DocFields = {
        "id": [cable.ref_id],
        "kind": ["cable"],
        "ref": [code(cable.ref_id)],
        "subject": [cable.subject] if cable.subject else [],
        "body": [cable.body],
        "tags": sorted({code(t) for t in cable.tags}),
        "caption": sorted({code(c) for c in cable.captions}),
        "signer": sorted({code(s) for s in cable.signers}),
        "cites": sorted({code(r.ref_id) for r in cable.references if r.ref_id}),
        # People named: keys and name words as slugs (`burns-william`, `losyukov`).
        "person": list(person_terms(cable) if person is None else person),
    }
    keys: list[FieldValue] = []
    if cable.origin:
        fields["origin"] = [cable.origin]
        keys.append(origin_key(cable.origin))
    parts = split_ref_id(cable.ref_id)
    if parts is not None:
        keys.append(origin_key(parts[1]))
    fields["origin_key"] = sorted(set(keys), key=str)
    if cable.classification:
        fields["classification_exact"] = [cable.classification]
        fields["classification"] = list(classification_values(cable.classification))
    _dates(fields, cable.created, cable.released)
    return {k: v for k, v in fields.items() if v}


def article_fields(article: Article) -> DocFields:
    fields: DocFields = {
        "id": [article_id(article)],
        "kind": ["article"],
        "subject": [article.title] if article.title else [],
        "body": [article.text],
        "cites": sorted({code(c) for c in article.cites}),
    }
    _dates(fields, article.published, None)
    return {k: v for k, v in fields.items() if v}


def fields_hash(fields: DocFields) -> str:
    """A hash of a document's fields and values. Each name and value is length-prefixed and
    tagged with its type, so no two documents share one; this costs a fifth of hashing
    the document's JSON, which escapes the whole text first."""
    parts = []
    for name in sorted(fields):
        values = fields[name]
        parts.append(f"{len(name)}:{name}{len(values)}[")
        for value in values:
            text = str(value)
            parts.append(f"{len(text)}{'#' if isinstance(value, int) else ':'}{text}")
    return hashlib.sha256("".join(parts).encode("utf-8")).hexdigest()[:24]
