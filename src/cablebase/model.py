"""The records cablebase produces: frozen dataclasses with a stable JSON form.

`to_json()` gives the public field names of `cablebase parse` (one JSON object per record);
`cable_from_json()` / `article_from_json()` read them back, so a stored record round-trips.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

Json = dict[str, Any]

FORMATS = ("wikileaks-html", "cables-csv", "telegram", "repost", "article-html", "article-text")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record was read: a file path (with archive members as `archive.zip!member`),
    the input format, and a position inside it (CSV row number, byte offset ...)."""

    path: str
    format: str
    position: str | None = None

    def to_json(self) -> Json:
        return {"path": self.path, "format": self.format, "position": self.position}


@dataclass(frozen=True, slots=True)
class Recipient:
    """One addressee of a TO or INFO line: `RUEHC/SECSTATE WASHDC PRIORITY 3679`."""

    name: str
    route: str | None = None
    precedence: str | None = None
    mcn: str | None = None
    excluded: tuple[str, ...] = ()

    def to_json(self) -> Json:
        out: Json = {
            "route": self.route,
            "name": self.name,
            "precedence": self.precedence,
            "mcn": self.mcn,
        }
        if self.excluded:
            out["excluded"] = list(self.excluded)
        return out


@dataclass(frozen=True, slots=True)
class Reference:
    """One item of a REF block. `ref_id` is set only when the item names a cable."""

    label: str | None
    text: str
    ref_id: str | None
    kind: str  # "cable", "email", "intelligence-report", "osc", "dtg", "other" ...

    def to_json(self) -> Json:
        return {"label": self.label, "text": self.text, "ref_id": self.ref_id, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class EOLine:
    """The declassification instruction: `E.O. 12958: DECL: 08/31/2017`."""

    text: str
    order: str | None = None
    declassify_on: str | None = None

    def to_json(self) -> Json:
        return {"order": self.order, "declassify_on": self.declassify_on, "text": self.text}


@dataclass(frozen=True, slots=True)
class ClassifiedBy:
    """`Classified By: Political M/C Alice D. Wells for reasons 1.4 (b/d).`"""

    text: str
    names: tuple[str, ...] = ()
    title: str | None = None
    reasons: tuple[str, ...] = ()

    def to_json(self) -> Json:
        return {
            "names": list(self.names),
            "title": self.title,
            "reasons": list(self.reasons),
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A real numbered paragraph with its portion marking (`(C)`, `(S/NF)` ...)."""

    number: int
    text: str
    marking: str | None = None
    # Where the text stands in the cable's body, when the parser knows: `text` is then
    # `telegram.body.paragraph_text(body[start:end])`, which lets the archive keep the
    # paragraphs without a second copy of their words. Not part of the record's value.
    span: tuple[int, int] | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> Json:
        return {"number": self.number, "marking": self.marking, "text": self.text}


@dataclass(frozen=True, slots=True)
class Cable:
    ref_id: str
    ref_id_raw: str | None = None
    created: str | None = None
    released: str | None = None
    classification: str | None = None
    origin: str | None = None
    precedence: str | None = None
    dtg: str | None = None
    transmission_id: str | None = None
    from_: str | None = None
    to: tuple[Recipient, ...] = ()
    info: tuple[Recipient, ...] = ()
    captions: tuple[str, ...] = ()
    eo: EOLine | None = None
    tags: tuple[str, ...] = ()
    subject: str | None = None
    references: tuple[Reference, ...] = ()
    classified_by: ClassifiedBy | None = None
    summary: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    signers: tuple[str, ...] = ()
    header: str = ""
    body: str = ""
    partial: bool = False
    redactions: int = 0
    sources: tuple[Source, ...] = ()
    warnings: tuple[str, ...] = ()
    row_number: int | None = None
    kind: Literal["cable"] = "cable"

    def to_json(self) -> Json:
        return {
            "kind": self.kind,
            "ref_id": self.ref_id,
            "ref_id_raw": self.ref_id_raw,
            "created": self.created,
            "released": self.released,
            "classification": self.classification,
            "origin": self.origin,
            "precedence": self.precedence,
            "dtg": self.dtg,
            "transmission_id": self.transmission_id,
            "from": self.from_,
            "to": [r.to_json() for r in self.to],
            "info": [r.to_json() for r in self.info],
            "captions": list(self.captions),
            "eo": self.eo.to_json() if self.eo else None,
            "tags": list(self.tags),
            "subject": self.subject,
            "references": [r.to_json() for r in self.references],
            "classified_by": self.classified_by.to_json() if self.classified_by else None,
            "summary": self.summary,
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "signers": list(self.signers),
            "header": self.header,
            "body": self.body,
            "partial": self.partial,
            "redactions": self.redactions,
            "row_number": self.row_number,
            "sources": [s.to_json() for s in self.sources],
            "warnings": list(self.warnings),
        }

    def with_sources(self, sources: tuple[Source, ...]) -> Cable:
        return replace(self, sources=sources)


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    text: str
    published: str | None = None
    language: str | None = None
    url: str | None = None
    cites: tuple[str, ...] = ()
    # "cable 248745": cables.csv row numbers not yet resolved to reference IDs.
    cited_rows: tuple[int, ...] = ()
    sources: tuple[Source, ...] = ()
    warnings: tuple[str, ...] = ()
    kind: Literal["article"] = "article"

    def to_json(self) -> Json:
        return {
            "kind": self.kind,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "url": self.url,
            "text": self.text,
            "cites": list(self.cites),
            "cited_rows": list(self.cited_rows),
            "sources": [s.to_json() for s in self.sources],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """An input, or a part of one, that could not be read: where, and a plain reason."""

    path: str
    reason: str
    position: str | None = None
    format: str | None = None

    def to_json(self) -> Json:
        return {
            "kind": "failure",
            "path": self.path,
            "position": self.position,
            "format": self.format,
            "reason": self.reason,
        }


Record = Cable | Article


def _recipients(items: list[Json]) -> tuple[Recipient, ...]:
    return tuple(
        Recipient(
            name=i["name"],
            route=i.get("route"),
            precedence=i.get("precedence"),
            mcn=i.get("mcn"),
            excluded=tuple(i.get("excluded", ())),
        )
        for i in items
    )


def _sources(items: list[Json]) -> tuple[Source, ...]:
    return tuple(Source(i["path"], i["format"], i.get("position")) for i in items)


def paragraphs_from_json(items: list[Json]) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(p["number"], p["text"], p.get("marking")) for p in items)


def cable_from_json(data: Json) -> Cable:
    """Rebuild a Cable from its `to_json()` form."""
    eo = data.get("eo")
    cb = data.get("classified_by")
    return Cable(
        ref_id=data["ref_id"],
        ref_id_raw=data.get("ref_id_raw"),
        created=data.get("created"),
        released=data.get("released"),
        classification=data.get("classification"),
        origin=data.get("origin"),
        precedence=data.get("precedence"),
        dtg=data.get("dtg"),
        transmission_id=data.get("transmission_id"),
        from_=data.get("from"),
        to=_recipients(data.get("to", [])),
        info=_recipients(data.get("info", [])),
        captions=tuple(data.get("captions", ())),
        eo=EOLine(eo["text"], eo.get("order"), eo.get("declassify_on")) if eo else None,
        tags=tuple(data.get("tags", ())),
        subject=data.get("subject"),
        references=tuple(
            Reference(r.get("label"), r["text"], r.get("ref_id"), r["kind"])
            for r in data.get("references", [])
        ),
        classified_by=(
            ClassifiedBy(cb["text"], tuple(cb["names"]), cb.get("title"), tuple(cb["reasons"]))
            if cb
            else None
        ),
        summary=data.get("summary"),
        paragraphs=paragraphs_from_json(data.get("paragraphs", [])),
        signers=tuple(data.get("signers", ())),
        header=data.get("header", ""),
        body=data.get("body", ""),
        partial=bool(data.get("partial", False)),
        redactions=int(data.get("redactions", 0)),
        sources=_sources(data.get("sources", [])),
        warnings=tuple(data.get("warnings", ())),
        row_number=data.get("row_number"),
    )


def article_from_json(data: Json) -> Article:
    return Article(
        title=data["title"],
        text=data["text"],
        published=data.get("published"),
        language=data.get("language"),
        url=data.get("url"),
        cites=tuple(data.get("cites", ())),
        cited_rows=tuple(data.get("cited_rows", ())),
        sources=_sources(data.get("sources", [])),
        warnings=tuple(data.get("warnings", ())),
    )


def field_names(cls: type[Cable] | type[Article]) -> list[str]:
    return [f.name for f in fields(cls)]


__all__ = [
    "FORMATS",
    "Article",
    "Cable",
    "ClassifiedBy",
    "EOLine",
    "Failure",
    "Paragraph",
    "Recipient",
    "Record",
    "Reference",
    "Source",
    "article_from_json",
    "cable_from_json",
    "field_names",
    "paragraphs_from_json",
]
