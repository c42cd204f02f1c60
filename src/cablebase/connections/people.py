"""People named in a cable: the Classified By officials, the signers, and titled mentions
("DFM Losyukov", "Ambassador William J. Burns", "FOREIGN MINISTER LAVROV").

`mentions(cable)` and `people_in(cable)` are pure functions over a Cable. A person's `key` is
the folded surname, followed by the first given name when the cable gives one anywhere
(`burns-william`, `losyukov`): within one cable a bare "BURNS" signature takes the given name of
"William J. Burns" in its Classified By line. After a titled mention, the surname alone
("Losyukov said") counts as a mention too.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Literal

from cablebase.connections.names import (
    Name,
    is_initial,
    name_after,
    name_key,
    parse_name,
    shouting,
    slug,
    title_display,
    titles,
    word_spans,
)
from cablebase.connections.people_data import HONORIFICS
from cablebase.model import Cable

Role = Literal["classified-by", "signer", "mention"]
ROLES: tuple[Role, ...] = ("classified-by", "signer", "mention")
TextField = Literal["subject", "body", "classified_by", "signers"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a person is named. `start`/`end` delimit the name (title excluded) in the
    cable's `field`; `start` is None for a signer not found in the body."""

    key: str
    name: str  # the person's fullest name in this cable
    written: str  # the name as written here
    title: str | None
    role: Role
    field: TextField
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A person in one cable (`cables` = 1) or across an archive."""

    key: str
    name: str
    surname: str
    titles: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    mentions: int = 0
    cables: int = 1

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "name": self.name,
            "surname": self.surname,
            "titles": list(self.titles),
            "roles": list(self.roles),
            "mentions": self.mentions,
            "cables": self.cables,
        }


_Raw = tuple[Name, str, str | None, Role, TextField, int | None, int | None]
# The Classified By line, which the body repeats: its names are counted once, as the classifier.
_CLASSIFIED = ("Classified By", "CLASSIFIED BY", "Classified by", "classified by")


def _classified_lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for label in _CLASSIFIED:
        at = text.find(label)
        while at >= 0:
            end = text.find("\n", at)
            spans.append((at, len(text) if end < 0 else end))
            at = text.find(label, at + 1)
    return spans


def _titled(text: str, field: TextField, caps: bool, skip: list[tuple[int, int]]) -> list[_Raw]:
    """Titled mentions in `text` (written in capitals if `caps`), outside the `skip` spans."""
    found: list[_Raw] = []
    for title, start, end in titles(text):
        span = name_after(text, end, caps)
        if span is None or any(a <= start < b for a, b in skip):
            continue
        written = text[span[0] : span[1]]
        # "told the Ambassador Russia would ...": after "the", a title names no one unless a
        # full name follows.
        before = text[max(0, start - 4) : start].lower()
        if before.endswith(("the ", "the\n")) and len(written.split()) < 2:
            continue
        name = parse_name(written)
        if name is not None:
            found.append((name, written, title, "mention", field, span[0], span[1]))
    return found


def _classifiers(cable: Cable) -> list[_Raw]:
    cb = cable.classified_by
    if cb is None:
        return []
    title = title_display(cb.title) if cb.title else None
    found: list[_Raw] = []
    for written in cb.names:
        name = parse_name(written)
        if name is not None:
            at = cb.text.find(written)
            span = (at, at + len(written)) if at >= 0 else (None, None)
            found.append((name, written, title, "classified-by", "classified_by", *span))
    return found


def _signers(cable: Cable) -> list[_Raw]:
    found: list[_Raw] = []
    for written in cable.signers:
        name = parse_name(written)
        if name is None:
            continue
        places = word_spans(cable.body, written)
        if places:
            at = places[-1]  # the signature ends the cable
            found.append((name, written, None, "signer", "body", at, at + len(written)))
        else:
            found.append((name, written, None, "signer", "signers", None, None))
    return found


def _bare(body: str, named: list[_Raw], taken: list[tuple[int, int]]) -> list[_Raw]:
    """Later mentions by surname alone ("Losyukov said") of people named with a title."""
    by_surname = {raw[0].surname: raw[0] for raw in named if len(raw[0].surname) > 3}
    if not by_surname:
        return []
    spans = sorted(taken)
    starts = [a for a, _ in spans]

    def free(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i < 0 or at >= spans[i][1]

    return [
        (name, surname, None, "mention", "body", at, at + len(surname))
        for surname, name in by_surname.items()
        for at in word_spans(body, surname)
        if free(at)
    ]


def _resolve(raws: list[_Raw]) -> dict[str, Name]:
    """Each surname-only key to the full name the cable gives it, when it gives exactly one."""
    full: dict[str, dict[str, Name]] = {}
    for name, *_ in raws:
        if name.given:
            best = full.setdefault(slug(name.surname), {}).get(name.key)
            if best is None or len(name.full) > len(best.full):
                full[slug(name.surname)][name.key] = name
    out: dict[str, Name] = {}
    for name, *_ in raws:
        keyed = full.get(slug(name.surname), {})
        if name.given is None and len(keyed) == 1:
            out[name.key] = next(iter(keyed.values()))
        else:
            out.setdefault(name.key, keyed.get(name.key, name))
    return out


def _raws(cable: Cable, *, bare: bool) -> list[_Raw]:
    """Every naming of a person, in the order: Classified By, subject, body, signature; with
    `bare`, also the later mentions by surname alone (they add no one new)."""
    subject, body = cable.subject or "", cable.body
    caps, classified = shouting(body), _classified_lines(body)
    titled = _titled(subject, "subject", shouting(subject), [])
    titled += _titled(body, "body", caps, classified)
    named = _classifiers(cable) + titled
    if bare and not caps:
        # Not again where a titled mention or the Classified By line already counted.
        taken = [(a, b) for _, _, _, _, f, a, b in titled if f == "body" and a is not None and b]
        named += _bare(body, named, taken + classified)
    return named + _signers(cable)


def mentions(cable: Cable) -> tuple[Mention, ...]:
    """Every place the cable names a person, in the order: Classified By, subject, body."""
    raws = _raws(cable, bare=True)
    names = _resolve(raws)
    return tuple(
        Mention(names[n.key].key, names[n.key].full, written, title, role, field, start, end)
        for n, written, title, role, field, start, end in raws
    )


def people_in(cable: Cable) -> tuple[Person, ...]:
    """The people a cable names, each once, most mentioned first."""
    # `mentions` grouped by key, without making a Mention of each (an ingest's hot path).
    raws = _raws(cable, bare=True)
    names = _resolve(raws)
    groups: dict[str, tuple[str, list[tuple[str | None, Role]]]] = {}
    for n, _, title, role, *_ in raws:
        name = names[n.key]
        group = groups.get(name.key)
        if group is None:
            group = groups[name.key] = (name.full, [])
        group[1].append((title, role))
    people = [_person(key, full, uses) for key, (full, uses) in groups.items()]
    return tuple(sorted(people, key=lambda p: (-p.mentions, p.key)))


def _person(key: str, name: str, uses: list[tuple[str | None, Role]]) -> Person:
    """A person from the (title, role) of each of their mentions."""
    titles: dict[str, int] = {}
    roles: set[Role] = set()
    for title, role in uses:
        roles.add(role)
        if title and title not in HONORIFICS:
            titles[title] = titles.get(title, 0) + 1
    parsed = parse_name(name)
    return Person(
        key=key,
        name=name,
        surname=parsed.surname if parsed else name,
        # Most used first; on a tie, the first used.
        titles=tuple(sorted(titles, key=lambda t: -titles[t])),
        roles=tuple(r for r in ROLES if r in roles),
        mentions=len(uses),
    )


def search_terms(cable: Cable) -> list[str]:
    """What the search index's `person` field holds for a cable: every person's key and the
    slug of each word of their name, so that `person:Losyukov` and `person:burns-william`
    both match."""
    # The same people as `people_in`, without counting their mentions (the index's hot path).
    terms: set[str] = set()
    for name in set(_resolve(_raws(cable, bare=False)).values()):
        terms.add(name.key)
        terms.update(slug(w) for w in name.full.split() if not is_initial(w))
    terms.discard("")
    return sorted(terms)


def query_term(value: str) -> str:
    """A `person:` query value as an index term: one word as its slug, a full name as its
    key ("William J. Burns" -> burns-william)."""
    if len(value.split()) > 1:
        return name_key(value) or slug(value)
    return slug(value)
