"""What a source says about a cable around its telegram text: the WikiLeaks metadata table, the
cables.csv columns, a repost's flattened table. The parser weighs it against the telegram itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Envelope:
    ref_id: str | None = None
    # "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS" as the source printed it (UTC).
    created: str | None = None
    # The Dec-2010 site printed the 12-hour hour in the minutes' place: trust the DTG's minutes.
    created_minutes_unreliable: bool = False
    released: str | None = None
    released_minutes_unreliable: bool = False
    classification: str | None = None
    origin: str | None = None
    # A page or post title: usually only the first line of the SUBJECT.
    subject: str | None = None
    tags: tuple[str, ...] = ()
    # Referenced cable IDs as a source lists them (the cables.csv column).
    references: tuple[str, ...] = ()
    row_number: int | None = None
    # The text is as the State Department system wrote it (cables.csv, the WikiLeaks pages), not
    # a copy scraped from a page: lines never break inside a word, so there is nothing to rejoin.
    original_text: bool = False
