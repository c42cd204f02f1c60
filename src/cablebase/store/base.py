"""The one interface every archive store implements (SQLite now, PostgreSQL later).

Rules every store follows, so that the contract tests hold for all of them:

- Idempotence: putting a record whose content hash is already known from the same source
  changes nothing. The same cable from another source adds a source, never a second cable.
- Versions: a cable text (`text_hash`: header and body, whitespace-insensitive) that differs
  from the ones seen before is kept as a new version. Re-reading the source a version came
  from with a newer parser refreshes that version's fields in place (no new version); the
  same text from another source only adds the source.
- The cable itself shows the best version (`better()`): a complete text beats a partial one,
  then more numbered paragraphs, then more body words; on a tie the version seen first stays,
  so that re-reading inputs in another order does not flip the archive back and forth.
- Articles are keyed by `article_id()`: their URL when they have one, else their content.
  A changed article replaces the old text (articles have no versions).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from cablebase.connections.graph import EdgeSource
from cablebase.connections.people_index import PeopleReads, PeopleSource
from cablebase.model import Article, Cable, Failure, Json, Paragraph, Record
from cablebase.store.browse import BrowseSource

if TYPE_CHECKING:
    # prepared.py builds on the hashes defined here.
    from cablebase.store.people_read import PersonRow
    from cablebase.store.prepared import PreparedCable

# Fields that say where a record came from rather than what it says.
_NOT_CONTENT = ("sources", "warnings")


def canonical_json(data: Json) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def json_hash(data: Json) -> str:
    """A stable hash of what a record's JSON says, ignoring where it was read."""
    content = {k: v for k, v in data.items() if k not in _NOT_CONTENT}
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def content_hash(record: Record) -> str:
    return json_hash(record.to_json())


def text_hash(cable: Cable) -> str:
    """What makes two readings of a cable the same version: its words, ignoring layout."""
    words = " ".join(f"{cable.header}\n{cable.body}".split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def article_id(article: Article) -> str:
    key = f"url:{article.url}" if article.url else f"text:{article.title}\n{article.text}"
    return "a" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def quality(cable: Cable) -> tuple[int, int, int]:
    """Versions compare by this; the highest is shown (see the module docstring)."""
    return (0 if cable.partial else 1, len(cable.paragraphs), len(cable.body.split()))


def better(new: Cable, old: Cable) -> bool:
    """True when `new` should replace `old` as the version a cable shows."""
    return quality(new) > quality(old)


@dataclass
class PutCounts:
    """What one `put_many` call did. `versions` counts new texts of cables already stored."""

    cables_new: int = 0
    cables_updated: int = 0
    cables_unchanged: int = 0
    versions: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    row_numbers: int = 0

    def add(self, other: PutCounts) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


@dataclass(frozen=True)
class StoredFailure:
    path: str
    reason: str
    position: str | None = None
    format: str | None = None
    ingest_id: int | None = None

    def as_failure(self) -> Failure:
        return Failure(self.path, self.reason, self.position, self.format)


@dataclass
class Stats:
    cables: int = 0
    articles: int = 0
    failures: int = 0
    versions: int = 0
    sources: int = 0
    row_numbers: int = 0
    by_classification: dict[str, int] = field(default_factory=dict)
    by_year: dict[str, int] = field(default_factory=dict)
    first_created: str | None = None
    last_created: str | None = None
    last_ingest: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self))


class Store(EdgeSource, PeopleSource, PeopleReads, BrowseSource, Protocol):
    """An archive's storage. Writes go through `put_many` in batches, one transaction each.
    The connections (reference graph, people index) and browsing (counts and lists for the
    reading room) add the methods of their protocols."""

    def put_many(self, records: Iterable[Record | PreparedCable]) -> PutCounts:
        """Store records in one transaction. A `PreparedCable` (see `prepared.py`) stands for
        the cable it was prepared from."""
        ...

    def record_failures(self, failures: Iterable[Failure], ingest_id: int | None = None) -> int:
        """Log failures; one already logged is attributed to the newer ingest. Returns count."""
        ...

    def begin_ingest(self, inputs: Sequence[str]) -> int: ...

    def finish_ingest(self, ingest_id: int, counts: Mapping[str, Any]) -> None: ...

    def add_row_numbers(self, pairs: Iterable[tuple[int, str]], source: str = "ids") -> int:
        """Map sequential cable numbers to IDs. Numbers already mapped keep their ID."""
        ...

    def resolve_rows(self, numbers: Iterable[int]) -> dict[int, str]: ...

    def add_cable_people(
        self, items: Sequence[tuple[str, str, Sequence[PersonRow]]], version: int
    ) -> None:
        """`put_cable_people` for cables that were not in the archive before their batch (so
        no people rows to replace), with the rows made where they were parsed."""
        ...

    def pause_lookups(self) -> None:
        """While an ingest fills an empty archive: stop keeping some indexes that only reads
        use up to date (those cheaper to make in one sorted pass at the end), to make them
        in `resume_lookups`. The keys stay, so the ingest itself loses nothing; opening the
        archive makes any that is missing, so neither does a crash in between."""
        ...

    def resume_lookups(self) -> None: ...

    def link_article_rows(self) -> int:
        """Turn the cited row numbers of every article into citations where now resolvable."""
        ...

    def get_cable(self, ref_id: str) -> Cable | None: ...

    def get_paragraphs(self, ref_id: str) -> tuple[Paragraph, ...]: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_texts(self, keys: Sequence[str]) -> dict[str, str]:
        """The body of each cable and the text of each article named by `keys` (the IDs the
        search index gives them), by key; a key the archive does not hold is left out. The
        index keeps no copy of these texts: snippets and the like are made from them."""
        ...

    def cable_versions(self, ref_id: str) -> list[Cable]: ...

    def iter_cables(self, *, with_sources: bool = True) -> Iterator[Cable]: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def ref_ids_like(self, prefix: str, limit: int = 10) -> list[str]:
        """Reference IDs starting with `prefix` (case-insensitive), sorted."""
        ...

    def failures(self, limit: int | None = None) -> list[StoredFailure]: ...

    def stats(self) -> Stats: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
