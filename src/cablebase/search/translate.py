"""The parsed query (query_ast) as a tantivy query.

Words and phrases search the body, the subject and (for a bare word) the tags; a match in the
subject or tags weighs more than one in the body. Field filters select records without adding
to the score, so that ranking stays about the words.
"""

from __future__ import annotations

import re

import tantivy

from cablebase.connections.people import query_term as person_query_term
from cablebase.search.documents import code, epoch_seconds, origin_key
from cablebase.search.index import text_analyzer, word_analyzer
from cablebase.search.query_ast import And, Field, MatchAll, Node, Not, Phrase, Range, Term

SUBJECT_BOOST = 3.0
TAGS_BOOST = 2.0

_Q = tantivy.Query
_O = tantivy.Occur
_EXACT_FIELDS = {
    "tag": "tags",
    "classification": "classification",
    "caption": "caption",
    "signer": "signer",
    "ref": "ref",
    "cites": "cites",
}


class Translator:
    def __init__(self, schema: tantivy.Schema, query_text: str) -> None:
        self.schema = schema
        self.query_text = query_text
        self.stem = text_analyzer()
        self.words = word_analyzer()

    def translate(self, node: Node) -> tantivy.Query:
        if isinstance(node, MatchAll):
            return _Q.all_query()
        if isinstance(node, Term):
            return self.term(node)
        if isinstance(node, Phrase):
            return self.text(" ".join(node.words), ("body", "subject"))
        if isinstance(node, Field):
            return _Q.const_score_query(self.field(node), 0.0)
        if isinstance(node, Not):
            # The parser only puts a Not inside an And; this keeps any other place correct.
            return _Q.boolean_query(
                [(_O.Must, _Q.all_query()), (_O.MustNot, self.translate(node.child))]
            )
        if isinstance(node, And):
            clauses = [
                (_O.MustNot, self.translate(c.child))
                if isinstance(c, Not)
                else (_O.Must, self.translate(c))
                for c in node.children
            ]
            return _Q.boolean_query(clauses)
        return _Q.boolean_query([(_O.Should, self.translate(c)) for c in node.children])

    def _tokens_query(self, field: str, tokens: list[str]) -> tantivy.Query:
        if len(tokens) == 1:
            return _Q.term_query(self.schema, field, tokens[0])
        return _Q.phrase_query(self.schema, field, list(tokens))

    def text(self, text: str, fields: tuple[str, ...]) -> tantivy.Query:
        """Words (one, or a phrase) in any of `fields`, the subject boosted."""
        tokens = self.stem.analyze(text)
        if not tokens:
            # Only punctuation: nothing in the index can match it.
            return _Q.empty_query()
        parts = []
        for field in fields:
            query = self._tokens_query(field, tokens)
            if field == "subject" and len(fields) > 1:
                query = _Q.boost_query(query, SUBJECT_BOOST)
            parts.append((_O.Should, query))
        return parts[0][1] if len(parts) == 1 else _Q.boolean_query(parts)

    def term(self, node: Term) -> tantivy.Query:
        if node.prefix:
            return self.prefix(node.text)
        query = self.text(node.text, ("body", "subject"))
        tag = code(node.text)
        if not tag:
            return query
        tag_query = _Q.boost_query(_Q.term_query(self.schema, "tags", tag), TAGS_BOOST)
        return _Q.boolean_query([(_O.Should, query), (_O.Should, tag_query)])

    def prefix(self, text: str) -> tantivy.Query:
        words = self.words.analyze(text)
        if not words:
            return _Q.empty_query()
        # Stems are prefixes of their words in nearly every case, so the unstemmed prefix
        # also finds the stemmed terms it starts (`negotiat*` is the exception: stem negoti).
        pattern = re.escape(words[-1]) + ".*"
        leading = [t for w in words[:-1] for t in self.stem.analyze(w)]
        parts = []
        for field, boost in (("body", 1.0), ("subject", SUBJECT_BOOST)):
            if leading:
                query = _Q.phrase_prefix_query(self.schema, field, [*leading, words[-1]])
            else:
                query = _Q.regex_query(self.schema, field, pattern)
            parts.append((_O.Should, _Q.boost_query(query, boost)))
        return _Q.boolean_query(parts)

    def field(self, node: Field) -> tantivy.Query:
        value = node.value
        if isinstance(value, Range):
            return self.date_range(node.name, value)
        if node.name == "person":
            return _Q.term_query(self.schema, "person", person_query_term(value))
        if node.name == "subject":
            return self.text(value, ("subject",))
        if node.name == "origin":
            return _Q.term_query(self.schema, "origin_key", origin_key(value))
        if node.name == "kind":
            return _Q.term_query(self.schema, "kind", value)
        return _Q.term_query(self.schema, _EXACT_FIELDS[node.name], code(value))

    def date_range(self, name: str, value: Range) -> tantivy.Query:
        start = epoch_seconds(value.start) if value.start else None
        end = epoch_seconds(value.end, end_of_day=True) if value.end else None
        if start is None and end is None:
            return _Q.exists_query(name)
        return _Q.range_query(self.schema, name, tantivy.FieldType.Integer, start, end)


def _position_of(query: str, needle: str) -> int | None:
    found = query.lower().find(needle)
    return found if found >= 0 else None


def translate(schema: tantivy.Schema, query_text: str, node: Node) -> tantivy.Query:
    return Translator(schema, query_text).translate(node)
