"""The library's front door: open an archive, fill it, read from it.

The CLI and the web app use only this class, so that what they can do is what the library can.

    with Archive.open("cablebase.db") as archive:
        archive.ingest(["cables.csv", "pages.tar.gz"])
        cable = archive.get("09NAIROBI2497")
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from cablebase.closing import Closing
from cablebase.connections import glossary as _glossary
from cablebase.connections.article_input import article_from_text
from cablebase.connections.graph import DEFAULT_DEPTH, DEFAULT_MAX_NODES, Graph, neighbourhood
from cablebase.connections.linking import ArticleLinks, link_article
from cablebase.connections.people import Person
from cablebase.connections.people_index import (
    PEOPLE_VERSION,
    PeopleReport,
    PersonRecord,
    find_person,
    update_people,
)
from cablebase.connections.related import Related, related_cables
from cablebase.connections.textterms import index_view
from cablebase.errors import NotFoundError, StoreError, UsageError
from cablebase.ingest.pipeline import (
    DEFAULT_JOBS,
    IngestReport,
    Reader,
    ingest,
    resolve_cited_rows,
)
from cablebase.ingest.sources import check_paths, read_id_list, total_size
from cablebase.model import Article, Cable, Failure, Json
from cablebase.progress import Progress
from cablebase.search.engine import SearchResult, Sort
from cablebase.search.engine import search as run_search
from cablebase.search.index import IndexReport, has_index, update_index
from cablebase.store.base import Store, StoredFailure
from cablebase.store.browse import (
    ArticleSummary,
    CableSummary,
    Citation,
    CountField,
    DateRange,
)
from cablebase.store.sqlite import SqliteStore

DEFAULT_DB = "cablebase.db"
DB_ENV = "CABLEBASE_DB"


def default_db_path() -> str:
    """`$CABLEBASE_DB`, else `cablebase.db` in the current folder."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


class Archive(Closing):
    def __init__(self, store: Store, path: str) -> None:
        self.store = store
        self.path = path

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, create: bool = False, read_only: bool = False
    ) -> Archive:
        """Open the archive at `path`. Without `create`, a missing file is an error rather
        than a new empty archive, so a typo in a path never passes silently. `read_only`
        (for serving) opens a connection that cannot write."""
        name = str(path) if path is not None else default_db_path()
        if not create and not Path(name).is_file():
            raise UsageError(
                f"{name}: no archive here; run `cablebase ingest PATH... --db {name}` first"
            )
        try:
            return cls(SqliteStore.open(name, create=create, read_only=read_only), name)
        except StoreError:
            raise
        except OSError as exc:
            raise StoreError(f"{name}: cannot open the archive ({exc})") from exc

    @staticmethod
    def check_inputs(paths: Sequence[str]) -> None:
        """Raise UsageError for missing inputs, before any archive is created."""
        check_paths(paths)

    def ingest(
        self,
        paths: Sequence[str],
        *,
        progress: Progress | None = None,
        id_list: str | None = None,
        jobs: int = DEFAULT_JOBS,
        index: bool = True,
    ) -> IngestReport:
        """Read `paths` into the archive, keeping the search index and the people index in
        step as records are stored where they matched the archive before; then bring the
        people index up to date and (unless `index` is false) the search index if it still
        is not. The CLI passes False and calls `update_index` itself to say so."""
        report = ingest(
            paths,
            self.store,
            progress=progress,
            id_list=id_list,
            jobs=jobs,
            index_of=self.path,
            people=True,
        )
        if index and self.index_outdated(report):
            self.update_index()
        return report

    def index_outdated(self, report: IngestReport) -> bool:
        """Whether an ingest may have changed what the search index holds (and did not
        keep it in step)."""
        if report.index is not None and has_index(self.path):
            return False
        c = report.counts
        changed = c.cables_new + c.cables_updated + c.versions + c.articles_new
        return bool(changed + c.articles_updated + report.citations_linked) or not has_index(
            self.path
        )

    def update_index(self) -> IndexReport:
        """Re-index the records that changed since the index was last brought up to date."""
        return update_index(self.path, self.store)

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        offset: int = 0,
        sort: Sort = "rank",
        facets: bool = False,
    ) -> SearchResult:
        """Search with the query language of `cablebase.search.query`; QueryError when the
        query is malformed. An archive without an index gets one first."""
        return run_search(self, query, limit=limit, offset=offset, sort=sort, facets=facets)

    def get(self, ref_id: str) -> Cable | None:
        return self.store.get_cable(ref_id) or self.store.get_cable(ref_id.strip().upper())

    def get_article(self, article_id: str) -> Article | None:
        return self.store.get_article(article_id)

    def versions(self, ref_id: str) -> list[Cable]:
        return self.store.cable_versions(ref_id)

    def cables(self) -> Iterator[Cable]:
        return self.store.iter_cables()

    def articles(self) -> Iterator[Article]:
        return self.store.iter_articles()

    def suggest(self, ref_id: str, limit: int = 5) -> list[str]:
        """IDs close to `ref_id`: the longest prefix of it that some stored IDs start with."""
        wanted = ref_id.strip().upper()
        for end in range(len(wanted), 1, -1):
            found = self.store.ref_ids_like(wanted[:end], limit)
            if found:
                return found
        return []

    def stats(self) -> dict[str, Any]:
        return self.store.stats().as_dict()

    def failures(self, limit: int | None = None) -> list[StoredFailure]:
        return self.store.failures(limit)

    # -- browsing (the reading room): see cablebase.store.browse ---------------------------

    def data_version(self) -> int:
        """Changes when another process writes to the archive: cached counts are then stale."""
        return self.store.data_version()

    def count_by(self, field: CountField) -> list[tuple[str, int]]:
        return self.store.count_by(field)

    def count_created_months(self, year: str) -> list[tuple[str, int]]:
        return self.store.count_created_months(year)

    def count_records(self) -> dict[str, int]:
        return self.store.count_records()

    def latest_released(self, limit: int = 10) -> list[CableSummary]:
        return self.store.latest_released(limit)

    def latest_created(self, limit: int = 10) -> list[CableSummary]:
        return self.store.latest_created(limit)

    def cable_summaries(self, ref_ids: Iterable[str]) -> dict[str, CableSummary]:
        return self.store.cable_summaries(ref_ids)

    def cited_by(self, ref_id: str, limit: int = 200) -> tuple[list[CableSummary], int]:
        return self.store.cited_by(ref_id, limit)

    def citing_articles(self, ref_id: str) -> list[ArticleSummary]:
        return self.store.citing_articles(ref_id)

    def article_citations(self, article_id: str) -> list[Citation]:
        return self.store.article_citations(article_id)

    def date_range(self) -> DateRange:
        return self.store.date_range()

    def last_ingest(self) -> dict[str, Any] | None:
        return self.store.last_ingest()

    # -- connections: reference graph, people, glossary (see cablebase.connections) ---------

    def graph(
        self, ref_id: str, *, depth: int = DEFAULT_DEPTH, max_nodes: int = DEFAULT_MAX_NODES
    ) -> Graph:
        """The cables within `depth` citation hops of `ref_id`, both ways; NotFoundError when
        the cable is neither stored nor cited, UsageError for a bad depth."""
        return neighbourhood(self.store, ref_id, depth=depth, max_nodes=max_nodes)

    def people_outdated(self) -> bool:
        """Whether the people index predates this cablebase (or was never built)."""
        return self.store.people_version() != PEOPLE_VERSION

    def update_people(self) -> PeopleReport:
        """Find the people of the cables added or changed since the last update (every
        ingest does this)."""
        return update_people(self.store)

    def people(self, query: str | None = None, *, limit: int = 50) -> list[Person]:
        """People of the index, most cables first; `query` filters by name or key."""
        return self.store.find_people(query, limit)

    def person(
        self, name: str, *, limit: int | None = None, offset: int = 0
    ) -> PersonRecord | None:
        """A person by key, surname or full name, with the cables they appear in (oldest
        first; `limit` of them from `offset`; `person.cables` is the total)."""
        return find_person(self.store, name, limit=limit, offset=offset)

    def cable_people(self, ref_id: str) -> list[Person]:
        """The people a stored cable names, most mentioned first."""
        return self.store.cable_people(ref_id)

    @staticmethod
    def glossary() -> tuple[_glossary.Entry, ...]:
        return _glossary.entries()

    @staticmethod
    def glossary_terms(text: str, *, ref_id: str | None = None) -> tuple[_glossary.TermSpan, ...]:
        """The glossary terms in `text`; `ref_id` (of the cable the text is from) decides
        which country a code such as GOI names."""
        return _glossary.find_terms(text, post=_glossary.post_of(ref_id))

    def related(self, ref_id: str, limit: int = 10) -> list[Related]:
        """The cables most like `ref_id` by content, shared TAGS, post and time (see
        cablebase.connections.related); NotFoundError when the cable is not stored."""
        cable = self.get(ref_id)
        if cable is None:
            raise NotFoundError(
                f"no cable {ref_id} in {self.path}; check the ID with `cablebase search`"
            )
        return related_cables(index_view(self.path, self.store), self.store, cable, limit)

    def link_article(self, article: Article | str, limit: int = 10) -> ArticleLinks:
        """The cables an article discusses: its citations first (explicit), then the cables
        its names, places, quotations, dates and words point to (inferred), with the evidence.
        `article` is an Article (stored or not) or the text of one (HTML or plain text)."""
        if isinstance(article, str):
            article = article_from_text(article)
        return link_article(index_view(self.path, self.store), self.store, article, limit)

    def close(self) -> None:
        self.store.close()


def input_size(paths: Sequence[str]) -> int | None:
    """Bytes on disk of the inputs (for a progress bar), None when unknown (stdin)."""
    return total_size(paths)


def parse(paths: Sequence[str], *, id_list: str | None = None) -> Iterator[Json | Failure]:
    """Read inputs without storing them: the `to_json()` of every record, and the failures.
    With an ID list, an article's cited row numbers are resolved in `cited_rows_resolved`."""
    check_paths(paths)
    ids = read_id_list(id_list) if id_list else None
    for item in Reader().records(paths):
        if isinstance(item, Failure):
            yield item
            continue
        data = item.to_json()
        if ids is not None and isinstance(item, Article):
            resolved = resolve_cited_rows(item, ids)
            data["cited_rows_resolved"] = {str(n): ref for n, ref in resolved.items()}
        yield data
