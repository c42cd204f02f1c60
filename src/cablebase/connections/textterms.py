"""A text's distinctive words, weighed against the archive's search index (tf-idf).

Related cables and article links both start here: a record's words go through the analyzer the
index uses (lower case, accents folded, English stems), each weighed by how often the text uses
it and how rare it is in the archive, and the heaviest become a query. Cable references
(`06 MOSCOW 11373`, `07MOSCOW4420`) are taken out of a text first, so that what links two
records is what they say and never the citation itself.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import tantivy

from cablebase.errors import UsageError
from cablebase.search.index import (
    build_index,
    has_index,
    open_index,
    text_analyzer,
    word_analyzer,
)
from cablebase.store.base import Store

# Cable IDs as written in prose and REF lines, links to cable pages, and `MOSCOW 4420`-style
# serials: the post name in them would otherwise make citing and cited cable look alike.
_CABLE_ID = re.compile(r"#?\b\d{2}[A-Z]{3,}\d{1,7}\b")
_CABLE_LINK = re.compile(r"\S*/cables?/\d{4}/\d\d/\S*")
_SERIAL = re.compile(r"\b(?:\d{2}\s+)?[A-Z]{3,}(?:\s[A-Z]{3,})?\s+\d{2,7}\b")

# English words too common in cables to say what one is about (the index keeps every word),
# compared before stemming.
_STOP_WORDS = """the and for with from that this these those was were are been being has have had
    not but which who whom whose will would should could can may might must shall also said told
    our their they them his her its she him into over under about after before during such
    than then there here when where what while other some more most very just only all any
    each both few many much own same per out off again further once one two three four five
    six seven eight nine ten end summary comment note septel reftel ref post embassy mission
    consulate amembassy secstate washdc sipdis noforn classified reason reasons decl tags
    subject para paragraph use made make say see well year month week day time now even
    still yet however therefore"""
STOP = frozenset(_STOP_WORDS.split())

_DF_CACHE_LIMIT = 200_000
MAX_LIMIT = 1000


def check_limit(limit: int) -> None:
    """UsageError unless 1 <= limit <= MAX_LIMIT."""
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")


def strip_citations(text: str) -> str:
    """`text` without cable IDs, cable links and `POST 1234` serials."""
    text = _CABLE_LINK.sub(" ", text)
    text = _CABLE_ID.sub(" ", text)
    return _SERIAL.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Weighted:
    """One query term: the stem as indexed, a word it stands for, and its tf-idf weight."""

    term: str
    word: str
    weight: float


class IndexView:
    """The search index of one archive opened for reading, with cached document frequencies
    (a cable page asks for a few hundred; a server asks again for the same words)."""

    def __init__(self, index: tantivy.Index) -> None:
        self.index = index
        self.schema = index.schema
        self.searcher = index.searcher()
        self.docs = max(1, int(self.searcher.num_docs))
        self.stemmer = text_analyzer()
        self.words = word_analyzer()
        self._df: dict[tuple[str, str], int] = {}

    def doc_freq(self, field: str, term: str) -> int:
        key = (field, term)
        found = self._df.get(key)
        if found is None:
            if len(self._df) > _DF_CACHE_LIMIT:
                self._df.clear()
            found = self._df[key] = int(self.searcher.doc_freq(field, term))
        return found

    def idf(self, term: str, field: str = "body") -> float:
        """0 for a word every record has, about 1 for a word only one record has."""
        df = self.doc_freq(field, term)
        return math.log((self.docs + 1) / (df + 1)) / math.log(self.docs + 1)

    def stems(self, text: str) -> list[tuple[str, str]]:
        """(stem, word) pairs of `text`: the two analyzers differ only by the stemmer, so
        their token lists line up."""
        return list(zip(self.stemmer.analyze(text), self.words.analyze(text), strict=False))


_VIEWS: dict[str, tuple[tantivy.Index, IndexView]] = {}


def index_view(db_path: str, store: Store) -> IndexView:
    """The IndexView of an archive (built first when the archive has no index yet); the same
    object while the index is unchanged, so that its frequency cache is shared."""
    if not has_index(db_path):
        build_index(db_path, store)
    index = open_index(db_path)
    cached = _VIEWS.get(db_path)
    if cached is not None and cached[0] is index:
        return cached[1]
    view = IndexView(index)
    _VIEWS[db_path] = (index, view)
    return view


def weighted_terms(
    view: IndexView,
    text: str,
    *,
    limit: int,
    boost: Iterable[str] = (),
    min_df: int = 2,
    skip: frozenset[str] = frozenset(),
    linear_tf: bool = False,
) -> list[Weighted]:
    """The `limit` heaviest words of `text` by tf-idf. Words in `boost` (e.g. those of a
    subject) count double; numbers, stop words, words in `skip` and words fewer than `min_df`
    records have (typos, and words of languages the archive is not written in) are left out.
    `linear_tf` weighs a word by how often it comes, not its logarithm: what a short article
    repeats is what it is about."""
    counts: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for stem, word in view.stems(text):
        if len(stem) < 3 or stem.isdigit() or word in STOP or word in skip:
            continue
        counts[stem] += 1
        surface.setdefault(stem, word)
    doubled = {stem for stem, _ in view.stems(" ".join(boost))}
    scored = []
    for stem, n in counts.items():
        if view.doc_freq("body", stem) < min_df:
            continue
        tf = float(n) if linear_tf else 1.0 + math.log(n)
        weight = tf * view.idf(stem) * (2.0 if stem in doubled else 1.0)
        scored.append(Weighted(stem, surface[stem], weight))
    scored.sort(key=lambda w: (-w.weight, w.term))
    return scored[:limit]
