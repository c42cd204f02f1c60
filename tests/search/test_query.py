"""Table-driven tests of the query language: each construct, each error, the helpers."""

from __future__ import annotations

import pytest

from cablebase.errors import QueryError
from cablebase.search import (
    MAX_LENGTH,
    MAX_TERMS,
    And,
    Field,
    MatchAll,
    Node,
    Not,
    Or,
    Phrase,
    Range,
    Term,
    fields_of,
    leaves,
    parse_query,
    positive_terms,
    unparse,
)


def t(text: str) -> Term:
    return Term(text)


PARSES: list[tuple[str, Node]] = [
    ("", MatchAll()),
    ("   \t\n", MatchAll()),
    ("Iran", t("Iran")),
    ("Iran sanctions", And((t("Iran"), t("sanctions")))),
    ("Iran AND sanctions", And((t("Iran"), t("sanctions")))),
    ("Kyiv OR Kiev", Or((t("Kyiv"), t("Kiev")))),
    # OR binds tighter than AND, as in the benchmark query set.
    ("Iran sanctions OR embargo", And((t("Iran"), Or((t("sanctions"), t("embargo")))))),
    ("a OR b c", And((Or((t("a"), t("b"))), t("c")))),
    ("a OR b AND c", And((Or((t("a"), t("b"))), t("c")))),
    ("(a b) OR c", Or((And((t("a"), t("b"))), t("c")))),
    ("a OR b OR c", Or((t("a"), t("b"), t("c")))),
    ("(a OR b) OR c", Or((t("a"), t("b"), t("c")))),
    ("a (b c)", And((t("a"), t("b"), t("c")))),
    ("((a))", t("a")),
    ("(Gazprom OR Rosneft) Ukraine", And((Or((t("Gazprom"), t("Rosneft"))), t("Ukraine")))),
    ('"nuclear weapons"', Phrase(("nuclear", "weapons"))),
    ('"  six-party   talks "', Phrase(("six-party", "talks"))),
    ("“Dalai Lama”", Phrase(("Dalai", "Lama"))),
    (
        '"Kim Jong-il" origin:"Embassy Seoul"',
        And((Phrase(("Kim", "Jong-il")), Field("origin", "Embassy Seoul"))),
    ),
    ("terror*", Term("terror", prefix=True)),
    ("Iran nucle*", And((t("Iran"), Term("nucle", prefix=True)))),
    ("Iran -nuclear", And((t("Iran"), Not(t("nuclear"))))),
    ("Iran NOT nuclear", And((t("Iran"), Not(t("nuclear"))))),
    ('"human rights" -China', And((Phrase(("human", "rights")), Not(t("China"))))),
    ('Iran -"nuclear weapons"', And((t("Iran"), Not(Phrase(("nuclear", "weapons")))))),
    ("Iran -tag:PREL", And((t("Iran"), Not(Field("tag", "PREL"))))),
    ("Iran -(a OR b)", And((t("Iran"), Not(Or((t("a"), t("b"))))))),
    ("Iran NOT (a b)", And((t("Iran"), Not(And((t("a"), t("b"))))))),
    ("-x Iran", And((Not(t("x")), t("Iran")))),
    # Punctuated words are kept whole; the index splits them.
    ("six-party", t("six-party")),
    ("1.4(b)", t("1.4(b)")),
    ("(1.4(b))", t("1.4(b)")),
    ("f(x) (y)", And((t("f(x)"), t("y")))),
    ("http://example.org/a", t("http://example.org/a")),
    ("12:30", t("12:30")),
    ("al-Qaida's", t("al-Qaida's")),
    # Lower-case operators are words.
    ("war and peace", And((t("war"), t("and"), t("peace")))),
    ("a or b", And((t("a"), t("or"), t("b")))),
    ('"AND"', Phrase(("AND",))),
    # Fields.
    ('origin:"Embassy Moscow"', Field("origin", "Embassy Moscow")),
    ("origin:MOSCOW", Field("origin", "MOSCOW")),
    ("origin:moscow", Field("origin", "moscow")),
    ("ORIGIN:Moscow", Field("origin", "Moscow")),
    ("tag:prel", Field("tag", "PREL")),
    ("Tag:Prel", Field("tag", "PREL")),
    ("classification:secret", Field("classification", "SECRET")),
    ('classification:"secret//noforn"', Field("classification", "SECRET//NOFORN")),
    ("caption:noforn", Field("caption", "NOFORN")),
    ("signer:Burns", Field("signer", "BURNS")),
    ("ref:07moscow4420", Field("ref", "07MOSCOW4420")),
    ("cites:06moscow11373", Field("cites", "06MOSCOW11373")),
    ('subject:"arms control"', Field("subject", "arms control")),
    ("subject:Iran", Field("subject", "Iran")),
    ("kind:Cable", Field("kind", "cable")),
    ("kind:article", Field("kind", "article")),
    ("person:Losyukov", Field("person", "Losyukov")),
    ("year:2008", Field("created", Range("2008-01-01", "2008-12-31"))),
    ("year:2007..2009", Field("created", Range("2007-01-01", "2009-12-31"))),
    ("year:2007..", Field("created", Range("2007-01-01", None))),
    ("year:..2009", Field("created", Range(None, "2009-12-31"))),
    ("created:2007-01..2008-06", Field("created", Range("2007-01-01", "2008-06-30"))),
    ("created:2008-02", Field("created", Range("2008-02-01", "2008-02-29"))),
    ("created:2007-02", Field("created", Range("2007-02-01", "2007-02-28"))),
    ("created:2008-06-15", Field("created", Range("2008-06-15", "2008-06-15"))),
    ("created:2007..", Field("created", Range("2007-01-01", None))),
    ("created:..2008-06", Field("created", Range(None, "2008-06-30"))),
    ("released:2010-11-28..2011", Field("released", Range("2010-11-28", "2011-12-31"))),
    ("created:2008..2008", Field("created", Range("2008-01-01", "2008-12-31"))),
    (
        "narcotics -Colombia tag:SNAR year:2005..2007",
        And(
            (
                t("narcotics"),
                Not(t("Colombia")),
                Field("tag", "SNAR"),
                Field("created", Range("2005-01-01", "2007-12-31")),
            )
        ),
    ),
    ("(tag:PREL OR tag:PGOV)", Or((Field("tag", "PREL"), Field("tag", "PGOV")))),
    ('ref:"07 MOSCOW 4420"', Field("ref", "07 MOSCOW 4420")),
]


@pytest.mark.parametrize(("query", "expected"), PARSES, ids=[q or "<empty>" for q, _ in PARSES])
def test_parses(query: str, expected: Node) -> None:
    node = parse_query(query)
    assert node == expected
    assert parse_query(unparse(node)) == node


# (query, position, words the message must contain)
ERRORS: list[tuple[str, int, str]] = [
    ('Iran "nuclear weap', 5, 'unclosed quote starting at position 5: add the closing "'),
    ("“Dalai Lama", 0, "unclosed quote starting at position 0"),
    ('Iran ""', 5, "empty phrase at position 5"),
    ('" "', 0, "empty phrase"),
    ("russia AND", 7, "expected a term after AND at position 7"),
    ("a AND AND b", 2, "expected a term after AND at position 2"),
    ("a AND OR b", 2, "expected a term after AND"),
    ("(a AND) b", 3, "expected a term after AND at position 3"),
    ("AND a", 0, "expected a term before AND at position 0"),
    ("OR a", 0, "expected a term before OR at position 0"),
    ("(OR a)", 1, "expected a term before OR at position 1"),
    ("a OR", 2, "expected a term after OR at position 2"),
    ("a OR OR b", 2, "expected a term after OR"),
    ("a OR )", 2, "expected a term after OR"),
    ("a NOT", 2, "expected a term after NOT at position 2"),
    ("a NOT)", 2, "expected a term after NOT"),
    ("a -)", 2, "expected a term after - at position 2"),
    ("a - b", 2, "expected a term right after - at position 2"),
    ("a -", 2, "expected a term right after -"),
    ("a NOT NOT b", 6, "double exclusion at position 6"),
    ("a --b", 3, "double exclusion"),
    ("a NOT -b", 6, "double exclusion"),
    ("-Iran", 0, "a query needs at least one term that must match, not only exclusions"),
    ("NOT Iran", 0, "a query needs at least one term that must match, not only exclusions"),
    ("-a -b", 0, "not only exclusions"),
    ("-tag:PREL", 0, "not only exclusions"),
    ("x (-a)", 2, "the parentheses at position 2 need at least one term that must match"),
    ("a OR (-b -c)", 5, "the parentheses at position 5"),
    ("a OR -b", 5, "an exclusion cannot be an OR alternative (position 5)"),
    ("-a OR b", 0, "an exclusion cannot be an OR alternative (position 0)"),
    ("a OR NOT b", 5, "an exclusion cannot be an OR alternative"),
    ("()", 0, "empty parentheses at position 0"),
    ("a ( ) b", 2, "empty parentheses at position 2"),
    ("(a", 0, "unclosed parenthesis at position 0: add the closing )"),
    ("a (b (c)", 2, "unclosed parenthesis at position 2"),
    ("(", 0, "unclosed parenthesis"),
    ("a)", 1, "unmatched ) at position 1"),
    (")", 0, "unmatched ) at position 0"),
    ("(a)) b", 3, "unmatched ) at position 3"),
    ("foo:bar", 0, "unknown field 'foo' at position 0; known fields: caption, cites,"),
    ("Iran Note:x", 5, 'put it in quotes: "Note:x"'),
    ("tag:", 0, "expected a value after tag: at position 0"),
    ("Tag: PREL", 0, "expected a value after tag:"),
    ("tag:(PREL OR PGOV)", 0, "for several values write (tag:A OR tag:B)"),
    ('origin:""', 0, "empty value for origin: at position 0"),
    ("tag:PR*", 0, "prefix search (*) is not supported in field values"),
    ("kind:telegram", 5, "kind: at position 0 takes cable or article, not 'telegram'"),
    ("year:2008-05", 5, "needs a year (2008) or a range of years (2007..2009)"),
    ("year:08", 5, "not '08'"),
    ("created:2008/05", 8, "needs a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    ("created:2008-13", 8, "'2008-13' in created: at position 0 is not a real date"),
    ("created:2007-02-29", 8, "is not a real date"),
    ("created:0000", 8, "is not a real date"),
    ("released:..", 9, "needs at least one end"),
    ("created:2007..2008..2009", 8, "more than one '..'"),
    ("year:2009..2007", 5, "the range '2009..2007' in year: at position 0 ends before it starts"),
    ("created:2008-06..2008-05-31", 8, "ends before it starts"),
    ("*", 0, "* is only allowed at the end of a word"),
    ("te*rm", 0, "* is only allowed at the end of a word"),
    ("term**", 0, "* is only allowed at the end of a word"),
    ('"a b"*', 5, "* is only allowed at the end of a word"),
    ("a*", 0, "prefix 'a*' at position 0 is too short: give at least 2 characters"),
    ("x" * (MAX_LENGTH + 1), MAX_LENGTH, "the query is 1,001 characters long; the limit is 1,000"),
    (" ".join(["w"] * (MAX_TERMS + 1)), 2 * MAX_TERMS, "at most 100 terms; term 101"),
    ("(" * 21 + "a" + ")" * 21, 20, "parentheses nest more than 20 deep at position 20"),
]


@pytest.mark.parametrize(
    ("query", "position", "message"), ERRORS, ids=[q[:40] for q, _, _ in ERRORS]
)
def test_errors(query: str, position: int, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(query)
    assert message in str(info.value)
    assert info.value.position == position
    assert info.value.query == query
    assert info.value.exit_code == 2


def test_limits_are_inclusive() -> None:
    assert parse_query("x" * MAX_LENGTH) == Term("x" * MAX_LENGTH)
    assert len(leaves(parse_query(" ".join(["w"] * MAX_TERMS)))) == MAX_TERMS
    assert parse_query("(" * 20 + "a" + ")" * 20) == Term("a")


UNPARSES: list[tuple[str, str]] = [
    ("Iran  AND   sanctions", "Iran sanctions"),
    ("(a OR b) (c OR d)", "a OR b c OR d"),
    ("(a b) OR (c d)", "(a b) OR (c d)"),
    ("NOT (a OR b) c", "-(a OR b) c"),
    ("x NOT (a b)", "x -(a b)"),
    ("Iran NOT nuclear", "Iran -nuclear"),
    ("YEAR:2008", "created:2008-01-01..2008-12-31"),
    ("created:..2008", "created:..2008-12-31"),
    ('origin:"Embassy  Moscow"', 'origin:"Embassy Moscow"'),
    ('tag:"prel"', "tag:PREL"),
    ('subject:"1.4(b)"', 'subject:"1.4(b)"'),
    ('subject:"abc*"', 'subject:"abc*"'),
    ('subject:"//x"', 'subject:"//x"'),
    ("“a b”", '"a b"'),
    ("terror*", "terror*"),
]


@pytest.mark.parametrize(("query", "canonical"), UNPARSES)
def test_unparse_is_canonical(query: str, canonical: str) -> None:
    node = parse_query(query)
    assert unparse(node) == canonical
    assert parse_query(canonical) == node


def test_unparse_match_all() -> None:
    assert unparse(MatchAll()) == ""
    assert parse_query(unparse(MatchAll())) == MatchAll()


def test_helpers() -> None:
    node = parse_query('Iran (terror* OR "car bomb") -nuclear tag:PREL -origin:"Embassy Moscow"')
    assert positive_terms(node) == (
        Term("Iran"),
        Term("terror", prefix=True),
        Phrase(("car", "bomb")),
    )
    assert fields_of(node) == (Field("tag", "PREL"), Field("origin", "Embassy Moscow"))
    assert leaves(node) == (
        Term("Iran"),
        Term("terror", prefix=True),
        Phrase(("car", "bomb")),
        Term("nuclear"),
        Field("tag", "PREL"),
        Field("origin", "Embassy Moscow"),
    )
    assert positive_terms(MatchAll()) == ()


def test_nodes_are_frozen_and_hashable() -> None:
    node = parse_query("a OR b c -d")
    assert hash(node) == hash(parse_query("a OR b c -d"))
    with pytest.raises(AttributeError):
        node.children = ()  # type: ignore[misc,union-attr]


def test_docstring_documents_every_field() -> None:
    from cablebase.search import query
    from cablebase.search.query_lexer import FIELD_NAMES

    doc = query.__doc__ or ""
    for name in FIELD_NAMES:
        assert f"{name}:" in doc
    assert "OR binding tighter than AND" in doc
