"""Reading the people index from SQLite (a mixin of `SqliteStore` through
`store.connections`), and the row forms of its records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from cablebase.connections.names import slug
from cablebase.connections.people import ROLES, Person, Role
from cablebase.connections.people_index import Appearance, PersonEntry

_CHUNK = 500
_IN = "IN (SELECT value FROM json_each(?))"
PERSON_SQL = "SELECT ref_id, person, name, surname_shown, titles, roles, mentions FROM cable_people"
_ENTRY_COLUMNS = "key, name, surname_shown, titles, roles, mentions, cables"


def chunks(values: Iterable[str]) -> Iterator[str]:
    """IDs as JSON arrays of at most _CHUNK, for `IN (SELECT value FROM json_each(?))`."""
    items = list(dict.fromkeys(values))
    for start in range(0, len(items), _CHUNK):
        yield json.dumps(items[start : start + _CHUNK])


class SqlitePeopleReads:
    conn: sqlite3.Connection

    def _rows(self, sql: str, args: Sequence[Any]) -> list[Any]:
        """The rows of a query, none when the people tables do not exist yet: an archive of
        an older cablebase opened read-only (serving) is never upgraded."""
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise

    def find_people(self, query: str | None = None, limit: int = 50) -> list[Person]:
        """People listed under their own key, most cables first; with `query`, those whose
        key, surname or name contains it (case and accents ignored)."""
        sql = f"SELECT {_ENTRY_COLUMNS} FROM people WHERE key = canonical"
        args: list[Any] = []
        if query:
            # A key holds only letters, digits and hyphens: "%" or "_" alone match no key.
            key = slug(query) or "|"
            sql += " AND (key LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\')"
            args += ["%" + _escape(key) + "%", "%" + _escape(query.lower()) + "%"]
        rows = self._rows(sql + " ORDER BY cables DESC, key LIMIT ?", (*args, limit))
        return [_entry(row) for row in rows]

    def person_entry(self, key: str) -> PersonEntry | None:
        rows = self._rows(f"SELECT {_ENTRY_COLUMNS}, canonical FROM people WHERE key = ?", (key,))
        return PersonEntry(_entry(rows[0][:-1]), rows[0][-1]) if rows else None

    def person_appearances(
        self, key: str, limit: int | None = None, offset: int = 0
    ) -> list[Appearance]:
        rows = self._rows(
            "SELECT p.ref_id, c.created, c.subject, c.origin, p.name, p.titles, p.roles,"
            " p.mentions FROM cable_people AS p JOIN cables AS c USING (ref_id)"
            " WHERE p.person IN (SELECT key FROM people WHERE canonical = ?)"
            " ORDER BY c.created, p.ref_id LIMIT ? OFFSET ?",
            (key, -1 if limit is None else limit, offset),
        )
        return [
            Appearance(ref, created, subject, origin, name, _titles(t), _roles(r), n)
            for ref, created, subject, origin, name, t, r, n in rows
        ]

    def cable_people(self, ref_id: str) -> list[Person]:
        rows = self._rows(
            f"{PERSON_SQL} WHERE ref_id = ? ORDER BY mentions DESC, person", (ref_id,)
        )
        return [person_from_row(row[1:]) for row in rows]


# The titles and roles columns hold a few hundred distinct lists across an archive, read back
# a million times when the people index is remade: decoded once each.
@lru_cache(maxsize=4096)
def _titles(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


@lru_cache(maxsize=256)
def _roles(text: str) -> tuple[Role, ...]:
    wanted = set(json.loads(text))
    return tuple(r for r in ROLES if r in wanted)


def json_lists(p: Person) -> tuple[str, str]:
    return _json_list(p.titles), _json_list(p.roles)


# A few hundred distinct lists across an archive, made for a million rows: encoded once each.
@lru_cache(maxsize=4096)
def _json_list(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


# A person of one cable as its cable_people row holds it after the ref_id: key, surname slug,
# name, surname as shown, titles and roles (JSON), mentions.
PersonRow = tuple[str, str, str, str, str, str, int]


def person_row(p: Person) -> PersonRow:
    """Made where the cable was parsed (an ingest worker), so the writer only inserts it."""
    titles, roles = json_lists(p)
    return (p.key, slug(p.surname), p.name, p.surname, titles, roles, p.mentions)


def stored_person(row: PersonRow) -> Person:
    """The person a `person_row` holds (the surname slug left out)."""
    return person_from_row((row[0], *row[2:]))


def entry_row(e: PersonEntry) -> tuple[Any, ...]:
    p = e.person
    return (
        p.key,
        e.canonical,
        slug(p.surname),
        p.name,
        p.surname,
        *json_lists(p),
        p.mentions,
        p.cables,
    )


def person_from_row(row: Sequence[Any]) -> Person:
    key, name, surname, titles, roles, mentions = row
    return Person(key, name, surname, _titles(titles), _roles(roles), mentions)


def _entry(row: Sequence[Any]) -> Person:
    key, name, surname, titles, roles, mentions, cables = row
    return Person(key, name, surname, _titles(titles), _roles(roles), mentions, cables)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
