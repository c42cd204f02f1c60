"""Split a query string into tokens, each with its 0-based character position.

The lexer knows the shape of words, phrases and `field:value`; the grammar (what may follow
what) is the parser's job in `cablebase.search.query`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from cablebase.errors import QueryError

# Typographic quotes arrive whenever a query is pasted from a word processor or a web page;
# any of them opens or closes a phrase.
QUOTES = frozenset('"“”„')
OPERATORS = {"AND": "and", "OR": "or", "NOT": "not"}
FIELD_NAMES = (
    "caption",
    "cites",
    "classification",
    "created",
    "kind",
    "origin",
    "person",
    "ref",
    "released",
    "signer",
    "subject",
    "tag",
    "year",
)
MIN_PREFIX = 2

# Letters only before the colon, so that `12:30`, `1.4(b)` and `a1:b` stay plain words.
_FIELD = re.compile(r"([A-Za-z]+):")

Kind = Literal["word", "phrase", "field", "lparen", "rparen", "and", "or", "not", "minus"]


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    pos: int
    text: str = ""
    words: tuple[str, ...] = ()  # phrase
    prefix: bool = False  # word
    name: str = ""  # field
    value_pos: int = 0  # field: where the value starts, for error positions
    quoted: bool = False  # field: the value was a quoted phrase


def _fail(query: str, message: str, position: int) -> QueryError:
    return QueryError(message, query=query, position=position)


def _in_word_close(query: str, start: int) -> int | None:
    """Where the `(` at `start` is closed without leaving the word, or None."""
    depth = 0
    for k in range(start, len(query)):
        c = query[k]
        if c.isspace() or c in QUOTES:
            return None
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def _word_end(query: str, start: int) -> int:
    """End of the word at `start`. A `(` inside a word whose `)` closes it before the word
    ends is part of the word (`1.4(b)`, `f(x)`); any other parenthesis ends the word."""
    j = start
    while j < len(query):
        c = query[j]
        if c.isspace() or c in QUOTES or c == ")":
            break
        if c == "(":
            close = _in_word_close(query, j) if j > start else None
            if close is None:
                break
            j = close + 1
            continue
        j += 1
    return j


def _quoted(query: str, start: int) -> tuple[str, int]:
    """The text between the quote at `start` and the next quote, and the index after it."""
    for k in range(start + 1, len(query)):
        if query[k] in QUOTES:
            return query[start + 1 : k], k + 1
    raise _fail(query, f'unclosed quote starting at position {start}: add the closing "', start)


def _word_token(query: str, text: str, pos: int) -> Token:
    if text in OPERATORS:
        kind: Kind = "and" if text == "AND" else "or" if text == "OR" else "not"
        return Token(kind, pos, text)
    if "*" not in text:
        return Token("word", pos, text)
    stem = text[:-1]
    if not stem or not text.endswith("*") or "*" in stem:
        raise _fail(
            query,
            f"* is only allowed at the end of a word (a prefix search like terror*): "
            f"{text!r} at position {pos}",
            pos,
        )
    if len(stem) < MIN_PREFIX:
        raise _fail(
            query,
            f"prefix {text!r} at position {pos} is too short: "
            f"give at least {MIN_PREFIX} characters before the *",
            pos,
        )
    return Token("word", pos, stem, prefix=True)


def _field_token(query: str, name: str, pos: int, value_pos: int, end: int) -> tuple[Token, int]:
    """A `name:` at `pos` whose value starts at `value_pos`; the bare part ends at `end`.
    Returns the token and the index after it (past the closing quote of a quoted value)."""
    key = name.lower()
    if key not in FIELD_NAMES:
        raise _fail(
            query,
            f"unknown field {name!r} at position {pos}; known fields: {', '.join(FIELD_NAMES)} "
            f'(to search for the text itself, put it in quotes: "{query[pos:end]}")',
            pos,
        )
    if value_pos == end and end < len(query) and query[end] in QUOTES:
        inner, after = _quoted(query, end)
        value = " ".join(inner.split())
        if not value:
            raise _fail(query, f"empty value for {key}: at position {pos}", pos)
        return Token("field", pos, value, name=key, value_pos=end + 1, quoted=True), after
    value = query[value_pos:end]
    if not value:
        hint = ""
        if end < len(query) and query[end] == "(":
            hint = f" (for several values write ({key}:A OR {key}:B))"
        raise _fail(query, f"expected a value after {key}: at position {pos}{hint}", pos)
    if value.endswith("*"):
        raise _fail(
            query,
            f"prefix search (*) is not supported in field values: {query[pos:end]!r} "
            f"at position {pos}",
            pos,
        )
    return Token("field", pos, value, name=key, value_pos=value_pos), end


def tokenize(query: str) -> list[Token]:
    """The tokens of `query`; QueryError for unclosed quotes, bad `*`, unknown fields."""
    tokens: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in QUOTES:
            inner, after = _quoted(query, i)
            words = tuple(inner.split())
            if not words:
                raise _fail(query, f"empty phrase at position {i}: put words between the quotes", i)
            tokens.append(Token("phrase", i, words=words))
            i = after
        elif c == "(":
            tokens.append(Token("lparen", i, c))
            i += 1
        elif c == ")":
            tokens.append(Token("rparen", i, c))
            i += 1
        elif c == "-":
            if i + 1 == n or query[i + 1].isspace():
                raise _fail(
                    query,
                    f"expected a term right after - at position {i} "
                    "(write -word, with no space, to exclude a word)",
                    i,
                )
            tokens.append(Token("minus", i, c))
            i += 1
        else:
            end = _word_end(query, i)
            text = query[i:end]
            m = _FIELD.match(text)
            # `http://...` is a URL, not a field; the index splits it like any punctuated word.
            if m and not text[m.end() :].startswith("//"):
                token, end = _field_token(query, m.group(1), i, i + m.end(), end)
                tokens.append(token)
            else:
                tokens.append(_word_token(query, text, i))
            i = end
    return tokens
