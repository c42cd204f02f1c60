"""The parsed form of a search query: frozen nodes, their canonical text, and walkers.

`parse_query` (in `cablebase.search.query`) builds these; `unparse` writes them back so that
`parse_query(unparse(node)) == node` for every node the parser produces. The parser keeps
nodes in a normal form that this module relies on: `And` and `Or` have at least two children,
an `And` never directly holds an `And` and an `Or` never directly holds an `Or` (they are
flattened), an `Or` never holds a `Not`, and a `Not` never holds a `Not`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """One word as typed (case, accents and punctuation are the index's business). `prefix`
    is set for `terror*`; `text` is then the part before the `*`."""

    text: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """`"nuclear weapons"`: the words, split on whitespace, to be matched in this order."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Range:
    """An inclusive ISO date range, `None` for an open end: `2007-01-01`..`2008-06-30`."""

    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class Field:
    """A filter on one metadata field. Date fields (`created`, `released`) always carry a
    `Range`; the others a string, upper-cased where the field holds codes."""

    name: str
    value: str | Range


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class MatchAll:
    """The empty query: every record (filters can still narrow it at the search layer)."""


Leaf = Term | Phrase | Field
Node = Term | Phrase | Field | Not | And | Or | MatchAll

# A bare field value must come back from the lexer as the same single word; anything that could
# be read otherwise (spaces, quotes, parentheses, a trailing `*`, a URL-like `//`) is quoted.
_BARE_VALUE = re.compile(r"[^\s\"“”„()]+")


def _value_text(value: str | Range) -> str:
    if isinstance(value, Range):
        return f"{value.start or ''}..{value.end or ''}"
    if _BARE_VALUE.fullmatch(value) and not value.endswith("*") and not value.startswith("//"):
        return value
    return f'"{value}"'


def unparse(node: Node) -> str:
    """The canonical text of `node`: `-x` for exclusions, `OR` between alternatives, a space
    for AND, parentheses only where the precedence needs them."""
    if isinstance(node, Term):
        return node.text + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        return '"' + " ".join(node.words) + '"'
    if isinstance(node, Field):
        return f"{node.name}:{_value_text(node.value)}"
    if isinstance(node, Not):
        inner = unparse(node.child)
        return f"-({inner})" if isinstance(node.child, And | Or) else f"-{inner}"
    if isinstance(node, And):
        # OR binds tighter than AND, so an Or child needs no parentheses here.
        return " ".join(unparse(c) for c in node.children)
    if isinstance(node, Or):
        return " OR ".join(
            f"({unparse(c)})" if isinstance(c, And) else unparse(c) for c in node.children
        )
    return ""


def _walk(node: Node, negated: bool = False) -> Iterator[tuple[Node, bool]]:
    yield node, negated
    if isinstance(node, Not):
        yield from _walk(node.child, not negated)
    elif isinstance(node, And | Or):
        for child in node.children:
            yield from _walk(child, negated)


def leaves(node: Node) -> tuple[Leaf, ...]:
    """Every term, phrase and field filter, in query order, excluded ones included."""
    return tuple(n for n, _ in _walk(node) if isinstance(n, Term | Phrase | Field))


def fields_of(node: Node) -> tuple[Field, ...]:
    """Every field filter in query order, excluded ones included: the search layer reads
    them to choose its indexes, whether the filter includes or excludes."""
    return tuple(n for n, _ in _walk(node) if isinstance(n, Field))


def positive_terms(node: Node) -> tuple[Term | Phrase, ...]:
    """The words and phrases that can make a record match, for highlighting: everything not
    under a NOT. Field filters are left out; they select records, they do not mark text."""
    return tuple(n for n, neg in _walk(node) if isinstance(n, Term | Phrase) and not neg)
