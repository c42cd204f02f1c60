"""Property tests: the parser raises nothing but QueryError, and unparse round-trips."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cablebase.errors import QueryError
from cablebase.search import And, Field, Node, Not, Or, Phrase, Range, Term, parse_query, unparse
from cablebase.search.query_ast import leaves

# The language's own pieces, so that soups reach the deep branches of the parser.
PIECES = [
    "Iran",
    "sanctions",
    "six-party",
    "1.4(b)",
    "terror*",
    "a*",
    "*",
    '"',
    "“",
    '"nuclear weapons"',
    "(",
    ")",
    "()",
    "AND",
    "OR",
    "NOT",
    "and",
    "-",
    "-x",
    '-"a b"',
    "-(",
    "..",
    ":",
    "tag:",
    "tag:prel",
    "origin:",
    'origin:"Embassy Moscow"',
    "year:",
    "year:2008",
    "year:2007..2009",
    "created:2007-01..",
    "created:..2008-06",
    "created:2008-02-30",
    "released:",
    "kind:",
    "kind:cable",
    "foo:bar",
    "http://x.org",
    "12:30",
]
SEPARATORS = st.sampled_from(["", " ", "  ", "\t"])


def _check(text: str) -> None:
    try:
        node = parse_query(text)
    except QueryError as exc:
        assert exc.position is None or 0 <= exc.position <= len(text)
        assert str(exc)
        return
    assert parse_query(unparse(node)) == node


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_arbitrary_text_raises_only_query_error(text: str) -> None:
    _check(text)


@settings(max_examples=500)
@given(st.lists(st.tuples(st.sampled_from(PIECES), SEPARATORS), max_size=25))
def test_token_soup_raises_only_query_error(parts: list[tuple[str, str]]) -> None:
    _check("".join(piece + sep for piece, sep in parts))


# Valid trees in the parser's normal form: flattened And/Or, at least one positive part in
# every And, no Not inside an Or, no Not of a Not.
WORD_CHARS = st.characters(
    codec="utf-8", categories=("L", "N"), exclude_characters="*"
) | st.sampled_from(list("-.'/&"))
words = st.text(WORD_CHARS, min_size=1, max_size=8).filter(
    lambda w: w not in ("AND", "OR", "NOT") and not w.startswith("-") and ":" not in w
)
terms = st.builds(Term, words, st.booleans()).filter(lambda t: not t.prefix or len(t.text) >= 2)
phrases = st.builds(
    Phrase,
    st.lists(
        st.text(
            st.characters(exclude_categories=("Z", "C"), exclude_characters='"“”„'),
            min_size=1,
            max_size=6,
        ),
        min_size=1,
        max_size=4,
    ).map(tuple),
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def ranges(draw: st.DrawFn) -> Range:
    a, b = sorted([draw(dates), draw(dates)])
    start = draw(st.sampled_from([a.isoformat(), None]))
    end = b.isoformat() if start is None else draw(st.sampled_from([b.isoformat(), None]))
    return Range(start, end)


codes = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/"), min_size=1, max_size=12)
fields = st.one_of(
    st.builds(
        Field,
        st.sampled_from(["tag", "classification", "caption", "signer", "ref", "cites"]),
        codes,
    ),
    st.builds(
        Field,
        st.sampled_from(["origin", "subject", "person"]),
        st.sampled_from(
            ["Embassy Moscow", "MOSCOW", "arms control", "1.4(b)", "Losyukov", "a*", "//x"]
        ),
    ),
    st.builds(Field, st.sampled_from(["created", "released"]), ranges()),
    st.builds(Field, st.just("kind"), st.sampled_from(["cable", "article"])),
)
leaf_nodes: st.SearchStrategy[Node] = st.one_of(terms, phrases, fields)


def _and(parts: list[tuple[Node, bool]]) -> Node | None:
    children: list[Node] = []
    for node, negate in parts:
        if negate and not isinstance(node, Not):
            children.append(Not(node))
        else:
            children.extend(node.children if isinstance(node, And) else (node,))
    if all(isinstance(c, Not) for c in children):
        return None
    return And(tuple(children))


def _or(parts: list[Node]) -> Node:
    children: list[Node] = []
    for node in parts:
        children.extend(node.children if isinstance(node, Or) else (node,))
    return Or(tuple(children))


def _extend(inner: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    positive = inner.filter(lambda n: not isinstance(n, Not))
    return st.one_of(
        st.lists(st.tuples(inner, st.booleans()), min_size=2, max_size=4)
        .map(_and)
        .filter(lambda n: n is not None),  # type: ignore[arg-type]
        st.lists(positive, min_size=2, max_size=4).map(_or),
    )


trees: st.SearchStrategy[Node] = st.recursive(leaf_nodes, _extend, max_leaves=12)


@settings(max_examples=300)
@given(trees)
def test_valid_trees_round_trip(node: Node) -> None:
    assert parse_query(unparse(node)) == node


POSITIVE_CLAUSES = [
    "Iran",
    '"nuclear weapons"',
    "terror*",
    "tag:PREL",
    'origin:"Embassy Moscow"',
    "year:2007..2009",
    "created:2007-01..2008-06",
    "released:..2011",
    "(Kyiv OR Kiev)",
    "Gazprom OR Rosneft",
    "classification:SECRET",
    "kind:cable",
    "1.4(b)",
]
NEGATIVE_CLAUSES = ["-nuclear", 'NOT "arms control"', "-tag:PGOV", "-(a OR b)", "NOT year:2001"]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(POSITIVE_CLAUSES), min_size=1, max_size=8),
    st.lists(st.sampled_from(NEGATIVE_CLAUSES), max_size=4),
    st.randoms(use_true_random=False),
    st.lists(st.sampled_from([" ", " AND "]), min_size=12, max_size=12),
)
def test_combinations_of_valid_clauses_parse(
    positive: list[str], negative: list[str], rnd: object, seps: list[str]
) -> None:
    clauses = positive + negative
    rnd.shuffle(clauses)  # type: ignore[attr-defined]
    text = clauses[0] + "".join(sep + c for sep, c in zip(seps, clauses[1:], strict=False))
    node = parse_query(text)
    assert parse_query(unparse(node)) == node
    # Each clause contributes its own leaves, whatever joins it to the others.
    # (An exclusion cannot stand alone, so each clause is counted beside a one-word query.)
    assert len(leaves(node)) == sum(len(leaves(parse_query(f"x {c}"))) - 1 for c in clauses)
