"""Inputs to stored records: sources -> format detection -> format reader -> store, in batches.

Nothing here stops on a bad input: every problem becomes a `Failure` with a path, a position
when known and a plain reason, and the other inputs go on. Memory stays bounded however big the
inputs are: records are streamed and written every `BATCH_SIZE` records.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cablebase import formats
from cablebase.connections.people_index import PeopleReport
from cablebase.errors import UsageError
from cablebase.formats import cables_csv
from cablebase.formats.base import Format, Item, RawInput
from cablebase.ingest._derive import Derived, derive
from cablebase.ingest._parallel import RowPool
from cablebase.ingest._upkeep import Upkeep
from cablebase.ingest.sources import check_paths, iter_inputs, read_id_list
from cablebase.model import Article, Cable, Failure, Source
from cablebase.progress import Progress
from cablebase.search.index import IndexReport
from cablebase.store.base import PutCounts, Store

BATCH_SIZE = 2000
# Worker processes that parse cables.csv rows; 1 parses in this process.
DEFAULT_JOBS = 2
# The report keeps this many failures in memory; all of them go to the store.
KEPT_FAILURES = 1000

Detector = Callable[[RawInput], "tuple[Format, float] | None"]
# What reading gives: records, failures, and cables a worker already prepared for the store.
Read = Item | Derived


@dataclass
class IngestReport:
    inputs: int = 0
    records: int = 0
    counts: PutCounts = field(default_factory=PutCounts)
    failures: list[Failure] = field(default_factory=list)
    failure_count: int = 0
    citations_linked: int = 0
    bytes: int = 0
    elapsed: float = 0.0
    interrupted: bool = False
    # What keeping the search index in step did; None when it was left to `update_index`.
    index: IndexReport | None = None
    # What bringing the people index up to date did; None when not asked to (`people`).
    people: PeopleReport | None = None

    @property
    def rate(self) -> float:
        return self.records / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def ok(self) -> bool:
        return self.failure_count == 0 and not self.interrupted

    def note(self, failure: Failure) -> None:
        self.failure_count += 1
        if len(self.failures) < KEPT_FAILURES:
            self.failures.append(failure)

    def as_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "records": self.records,
            **self.counts.as_dict(),
            "failures": self.failure_count,
            "citations_linked": self.citations_linked,
            "bytes": self.bytes,
            "elapsed": round(self.elapsed, 3),
            "rate": round(self.rate, 1),
            "interrupted": self.interrupted,
        }


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class Reader:
    """Reads inputs into records and failures; counts the inputs it has opened."""

    def __init__(self, detect: Detector | None = None, pool: RowPool | None = None) -> None:
        self._detect: Detector = detect or formats.detect
        self._pool = pool
        self.inputs = 0

    def items(
        self, paths: Sequence[str], *, advance: Callable[[int], None] | None = None
    ) -> Iterator[Read]:
        for item in iter_inputs(paths, advance=advance):
            if isinstance(item, Failure):
                yield item
            else:
                self.inputs += 1
                yield from self._read(item)

    def records(
        self, paths: Sequence[str], *, advance: Callable[[int], None] | None = None
    ) -> Iterator[Item]:
        """Like `items`, for a Reader without a pool: records to print rather than store."""
        for item in self.items(paths, advance=advance):
            if isinstance(item, Derived):
                raise TypeError("a Reader with a pool yields cables prepared for a store")
            yield item

    def _records(self, fmt: Format, raw: RawInput) -> Iterator[Read]:
        if self._pool is not None and fmt.NAME == cables_csv.NAME:
            return self._pool.parse(cables_csv.iter_rows(raw))
        return fmt.read(raw)

    def _read(self, raw: RawInput) -> Iterator[Read]:
        try:
            found = self._detect(raw)
            if found is None:
                yield Failure(raw.path, formats.explain_no_format(raw))
                return
        except Exception as exc:
            yield Failure(raw.path, f"cannot tell what this input is: {_reason(exc)}")
            return
        fmt = found[0]
        count = 0
        try:
            for item in self._records(fmt, raw):
                count += 1
                yield _with_source(item, raw.path, fmt.NAME)
        except Exception as exc:
            # A reader bug or a damaged input: report it like any failure and keep going.
            where = f"after {count} records" if count else None
            yield Failure(raw.path, f"reading stopped: {_reason(exc)}", where, fmt.NAME)


def _with_source(item: Read, path: str, fmt: str) -> Read:
    if isinstance(item, Failure | Derived) or item.sources:
        return item
    return replace(item, sources=(Source(path, fmt),))


def resolve_cited_rows(article: Article, ids: Sequence[str]) -> dict[int, str]:
    """Row numbers an article cites, resolved through an ID list (line N = row N)."""
    return {n: ids[n - 1] for n in article.cited_rows if 0 < n <= len(ids)}


class _Batches:
    def __init__(
        self, store: Store, report: IngestReport, ingest_id: int, size: int, upkeep: Upkeep
    ) -> None:
        self.store, self.report, self.ingest_id, self.size = store, report, ingest_id, size
        self.upkeep = upkeep
        self.records: list[Article | Cable | Derived] = []
        self.failures: list[Failure] = []

    def add(self, item: Read) -> None:
        if isinstance(item, Failure):
            self.report.note(item)
            self.failures.append(item)
            if len(self.failures) >= self.size:
                self.flush()
        else:
            self.report.records += 1
            wants = self.upkeep.wants
            if isinstance(item, Cable) and (wants.index or wants.people):
                item = derive(item, wants)
            self.records.append(item)
            if len(self.records) >= self.size:
                self.flush()

    def flush(self) -> None:
        if self.records:
            cables = [r for r in self.records if isinstance(r, Derived)]
            before = self.upkeep.stored_in(cables)
            counts = self.store.put_many(
                [r.cable if isinstance(r, Derived) else r for r in self.records]
            )
            self.report.counts.add(counts)
            articles = any(isinstance(r, Article) for r in self.records)
            self.upkeep.stored(cables, before, counts, articles=articles)
            self.records = []
        if self.failures:
            self.store.record_failures(self.failures, self.ingest_id)
            self.failures = []


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    progress: Progress | None = None,
    id_list: str | None = None,
    batch_size: int = BATCH_SIZE,
    detect: Detector | None = None,
    jobs: int = DEFAULT_JOBS,
    index_of: str | Path | None = None,
    people: bool = False,
) -> IngestReport:
    """Read every input into `store`; return what happened. Raises only for usage errors
    (missing inputs, unreadable ID list, jobs < 1) and store errors.

    `jobs` worker processes parse cables.csv rows; with 1 everything runs in this process.
    The archive comes out the same either way. `index_of` (the archive's path) keeps its
    search index in step as records are stored, when the index matched the archive before
    (`report.index` then says what was done); `people` keeps the people index up to date
    (the people of new cables as they are stored, the rest once all are: see `_upkeep`)."""
    if jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, not {jobs}")
    check_paths(paths)
    ids = read_id_list(id_list) if id_list else None
    started = time.monotonic()
    report = IngestReport()
    # Into an empty archive, the lookups are made once at the end (see `pause_lookups`).
    paused = not any(store.count_records().values())
    upkeep = Upkeep.start(store, index_of=index_of, people=people, empty=paused)
    try:
        if paused:
            store.pause_lookups()
        ingest_id = store.begin_ingest(list(paths))
        if ids:
            report.counts.row_numbers += store.add_row_numbers(enumerate(ids, 1))
            del ids
        batches = _Batches(store, report, ingest_id, batch_size, upkeep)
        with RowPool(jobs, upkeep.wants) if jobs > 1 else nullcontext() as pool:
            _run(paths, Reader(detect, pool), batches, progress, started)
    except BaseException:
        upkeep.abort()
        if paused:
            with suppress(Exception):  # the next opening of the archive makes them anyway
                store.resume_lookups()
        raise
    if paused:
        store.resume_lookups()
    report.index, report.people = upkeep.finish(report.citations_linked)
    return report


def _run(
    paths: Sequence[str],
    reader: Reader,
    batches: _Batches,
    progress: Progress | None,
    started: float,
) -> None:
    report = batches.report

    def advance(n: int) -> None:
        report.bytes += n
        if progress is not None:
            progress.advance(n)

    try:
        for item in reader.items(paths, advance=advance):
            batches.add(item)
            if progress is not None and not isinstance(item, Failure):
                progress.add()
    except KeyboardInterrupt:
        # Keep what was read so far: it is complete and valid; a re-run adds the rest.
        report.interrupted = True
        _finish(batches, reader, started)
        raise
    _finish(batches, reader, started)


def _finish(batches: _Batches, reader: Reader, started: float) -> None:
    report, store = batches.report, batches.store
    batches.flush()
    report.inputs = reader.inputs
    report.citations_linked = store.link_article_rows()
    report.elapsed = time.monotonic() - started
    store.finish_ingest(batches.ingest_id, report.as_dict())
