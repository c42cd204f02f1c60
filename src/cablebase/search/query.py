"""The search query language.

Words and phrases
  Iran sanctions          both words must match (AND is implied between terms)
  "nuclear weapons"       an exact phrase; “curly” quotes work too
  terror*                 any word starting with "terror" (at least 2 characters before *)
  six-party, 1.4(b)       a word with punctuation is kept whole; the index searches its parts
                          as a phrase
  Matching ignores case and accents and uses stemming; the query keeps words as typed.

Operators (written in capitals; lower-case and/or/not are ordinary words)
  Iran AND sanctions      same as Iran sanctions
  Kyiv OR Kiev            either word
  Iran NOT nuclear        exclude: same as Iran -nuclear; also -"phrase", -tag:PREL, -(a OR b)
  (Gazprom OR Rosneft) Ukraine
                          parentheses group
  Precedence: NOT binds tightest, then OR, then AND. OR binding tighter than AND means
  `Iran sanctions OR embargo` is Iran AND (sanctions OR embargo), and `a OR b c` is
  (a OR b) AND c. Write parentheses for the other reading: `(Iran sanctions) OR embargo`.
  Every AND group, the whole query and each pair of parentheses, needs at least one term that
  must match: `-Iran` alone or `(NOT Iran)` is an error. An exclusion cannot be an OR
  alternative (`a OR -b`); exclude outside the OR: `(a OR c) -b`.

Field filters (field names in any case; quote values with spaces)
  origin:"Embassy Moscow", origin:MOSCOW   the sending post, by name or post code
  tag:PREL                 a TAGS code
  classification:SECRET    SECRET also matches SECRET//NOFORN
  caption:NOFORN           a caption (handling marking)
  signer:BURNS             the signing official
  subject:"arms control"   words or a phrase searched in the subject line only
  ref:07MOSCOW4420         the cable's reference ID
  cites:06MOSCOW11373      records that cite this cable
  kind:cable, kind:article
  person:Losyukov          a person the cable names (Classified By, signature, or a titled
                           mention such as "DFM Losyukov"): a surname, a full name
                           (person:"William Burns") or a key from `cablebase people`
  year:2008, year:2007..2009
                           the creation year; the same as created:2008, created:2007..2009
  created:2007-01..2008-06, released:2010-11-28
                           dates as YYYY, YYYY-MM or YYYY-MM-DD; ranges with `..` include both
                           ends and may be open: created:2007.. or created:..2008-06
  Codes (tag, classification, caption, signer, ref, cites) are upper-cased; other values are
  kept as typed. A word with a colon that is not a field (`foo:bar`) is an error; quote it to
  search for the text. URLs (`http://...`) and words like `12:30` are plain words.

Limits: 1,000 characters and 100 terms per query; parentheses nest at most 20 deep.
An empty query matches everything.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from cablebase.errors import QueryError
from cablebase.search.query_ast import And, Field, MatchAll, Node, Not, Or, Phrase, Range, Term
from cablebase.search.query_lexer import Token, tokenize

MAX_LENGTH = 1000
MAX_TERMS = 100
MAX_DEPTH = 20

_CODE_FIELDS = frozenset({"tag", "classification", "caption", "signer", "ref", "cites"})
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ONLY_EXCLUSIONS = "a query needs at least one term that must match, not only exclusions"


def _bound(query: str, tok: Token, text: str, *, end: bool, years_only: bool) -> str | None:
    """One end of a date range as an ISO date: the first day of a month or year for a start,
    the last day for an end, so that both ends are inclusive."""
    if not text:
        return None
    m = _DATE.fullmatch(text)
    if m is None or (years_only and m.group(2)):
        what = (
            "a year (2008) or a range of years (2007..2009)"
            if years_only
            else ("a date as YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2007-01..2008-06")
        )
        raise QueryError(
            f"{tok.name}: at position {tok.pos} needs {what}, not {text!r}",
            query=query,
            position=tok.value_pos,
        )
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            date = dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        elif day is None:
            last = calendar.monthrange(year, int(month))[1]
            date = dt.date(year, int(month), last if end else 1)
        else:
            date = dt.date(year, int(month), int(day))
    except (ValueError, calendar.IllegalMonthError):
        raise QueryError(
            f"{text!r} in {tok.name}: at position {tok.pos} is not a real date",
            query=query,
            position=tok.value_pos,
        ) from None
    return date.isoformat()


def _date_range(query: str, tok: Token) -> Range:
    years_only = tok.name == "year"
    text = tok.text
    if text.count("..") > 1:
        raise QueryError(
            f"{tok.name}: at position {tok.pos} has more than one '..'; write start..end",
            query=query,
            position=tok.value_pos,
        )
    start_text, sep, end_text = text.partition("..")
    if not sep:
        end_text = start_text  # a single date is the range of the period it names
    if not start_text and not end_text:
        raise QueryError(
            f"the range in {tok.name}: at position {tok.pos} needs at least one end",
            query=query,
            position=tok.value_pos,
        )
    start = _bound(query, tok, start_text, end=False, years_only=years_only)
    stop = _bound(query, tok, end_text, end=True, years_only=years_only)
    if start and stop and start > stop:
        raise QueryError(
            f"the range {text!r} in {tok.name}: at position {tok.pos} ends before it starts",
            query=query,
            position=tok.value_pos,
        )
    return Range(start, stop)


def _field(query: str, tok: Token) -> Field:
    if tok.name in ("year", "created", "released"):
        # `year:` is shorthand for a `created:` range, so there is one date filter to index.
        name = "created" if tok.name == "year" else tok.name
        return Field(name, _date_range(query, tok))
    if tok.name == "kind":
        kind = tok.text.lower()
        if kind not in ("cable", "article"):
            raise QueryError(
                f"kind: at position {tok.pos} takes cable or article, not {tok.text!r}",
                query=query,
                position=tok.value_pos,
            )
        return Field("kind", kind)
    return Field(tok.name, tok.text.upper() if tok.name in _CODE_FIELDS else tok.text)


def _flatten(kind: type[And] | type[Or], parts: list[Node]) -> tuple[Node, ...]:
    out: list[Node] = []
    for part in parts:
        out.extend(part.children if isinstance(part, kind) else (part,))
    return tuple(out)


class _Parser:
    """Recursive descent over: group := alt ([AND] alt)* ; alt := unary (OR unary)* ;
    unary := (NOT | -) primary | primary ; primary := word | phrase | field | ( group )."""

    def __init__(self, query: str, tokens: list[Token]) -> None:
        self.query = query
        self.tokens = tokens
        self.i = 0
        self.terms = 0

    def fail(self, message: str, position: int) -> QueryError:
        return QueryError(message, query=self.query, position=position)

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node:
        node = self.group(0, None)
        extra = self.peek()
        if extra is not None:  # only a `)` stops the top-level group early
            raise self.fail(
                f"unmatched ) at position {extra.pos}: remove it or add a ( before it", extra.pos
            )
        return node

    def group(self, depth: int, opened: Token | None) -> Node:
        parts: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind != "rparen":
            if tok.kind in ("and", "or"):
                if not parts:
                    raise self.fail(
                        f"expected a term before {tok.text} at position {tok.pos}", tok.pos
                    )
                self.take()
                self.expect_term_after(tok)
                continue
            parts.append(self.alternatives(depth))
        if tok is None and opened is not None:
            raise self.fail(
                f"unclosed parenthesis at position {opened.pos}: add the closing )", opened.pos
            )
        if not parts and opened is None:
            # Tokens exist (the empty query never gets here), so the first one is a `)`.
            pos = self.tokens[self.i].pos
            raise self.fail(f"unmatched ) at position {pos}: remove it or add a ( before it", pos)
        if not parts and opened is not None:
            raise self.fail(
                f"empty parentheses at position {opened.pos}: put terms inside or remove them",
                opened.pos,
            )
        if all(isinstance(p, Not) for p in parts):
            if opened is None:
                raise self.fail(_ONLY_EXCLUSIONS, 0)
            raise self.fail(
                f"the parentheses at position {opened.pos} need at least one term that must "
                "match, not only exclusions",
                opened.pos,
            )
        return parts[0] if len(parts) == 1 else And(_flatten(And, parts))

    def expect_term_after(self, op: Token) -> None:
        nxt = self.peek()
        if nxt is None or nxt.kind in ("rparen", "and", "or"):
            raise self.fail(f"expected a term after {op.text} at position {op.pos}", op.pos)

    def alternatives(self, depth: int) -> Node:
        # Called only with a term-starting token next, so the positions are never missing.
        positions = [self.tokens[self.i].pos]
        alts = [self.unary(depth)]
        while (tok := self.peek()) is not None and tok.kind == "or":
            self.take()
            self.expect_term_after(tok)
            positions.append(self.tokens[self.i].pos)
            alts.append(self.unary(depth))
        if len(alts) > 1:
            for alt, pos in zip(alts, positions, strict=True):
                if isinstance(alt, Not):
                    raise self.fail(
                        f"an exclusion cannot be an OR alternative (position {pos}): "
                        "exclude outside the OR, as in (x OR y) -z",
                        pos,
                    )
        return alts[0] if len(alts) == 1 else Or(_flatten(Or, alts))

    def unary(self, depth: int) -> Node:
        tok = self.peek()
        if tok is not None and tok.kind in ("not", "minus"):
            self.take()
            self.expect_term_after(tok)
            nxt = self.peek()
            if nxt is not None and nxt.kind in ("not", "minus"):
                raise self.fail(
                    f"double exclusion at position {nxt.pos}: remove one of the NOT or -",
                    nxt.pos,
                )
            return Not(self.primary(depth))
        return self.primary(depth)

    def primary(self, depth: int) -> Node:
        tok = self.take()
        if tok.kind == "lparen":
            if depth >= MAX_DEPTH:
                raise self.fail(
                    f"parentheses nest more than {MAX_DEPTH} deep at position {tok.pos}", tok.pos
                )
            node = self.group(depth + 1, tok)
            self.take()  # the `)`: group() returns only when it is next
            return node
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise self.fail(
                f"a query may have at most {MAX_TERMS} terms; "
                f"term {self.terms} is at position {tok.pos}",
                tok.pos,
            )
        if tok.kind == "phrase":
            return Phrase(tok.words)
        if tok.kind == "field":
            return _field(self.query, tok)
        return Term(tok.text, tok.prefix)


def parse_query(text: str) -> Node:
    """Parse `text` into a query tree (see the module docstring for the language). Raises only
    QueryError, with `position` set to the 0-based character where the problem is."""
    if len(text) > MAX_LENGTH:
        raise QueryError(
            f"the query is {len(text):,} characters long; the limit is {MAX_LENGTH:,}",
            query=text,
            position=MAX_LENGTH,
        )
    tokens = tokenize(text)
    if not tokens:
        return MatchAll()
    return _Parser(text, tokens).parse()
