"""Parsing cables.csv rows in worker processes while the main process reads and writes.

The main process cuts the file into rows (cheap: `cables_csv.iter_rows`) and sends them in
chunks to a process pool; each worker parses its rows and prepares them for the store, the
search index and the people index (`_derive.derive`), so the main process only writes.
Results come back in input order, so the archive is the same as with one process. At most
`IN_FLIGHT_PER_JOB` chunks per worker are out at a time: memory stays flat however big the file.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from cablebase.formats import cables_csv
from cablebase.formats.cables_csv import RowText
from cablebase.ingest._derive import STORE_ONLY, Derived, Wants, derive
from cablebase.model import Failure
from cablebase.runtime import tune_for_batch

CHUNK_ROWS = 256
IN_FLIGHT_PER_JOB = 4

Row = RowText | Failure
Parsed = Derived | Failure


def parse_rows(rows: list[Row], wants: Wants = STORE_ONLY) -> list[Parsed]:
    """What a worker does with one chunk (also the in-process fallback)."""
    out: list[Parsed] = []
    for row in rows:
        item = row if isinstance(row, Failure) else cables_csv.parse_row(row)
        if isinstance(item, Failure):
            out.append(item)
            continue
        try:
            out.append(derive(item, wants))
        except Exception as exc:
            # Same promise as parse_row: one odd cable never costs the rest of the file.
            reason = f"could not be stored ({type(exc).__name__}); the row was skipped"
            out.append(Failure(row.path, reason, item.sources[0].position, cables_csv.NAME))
    return out


def _start_worker() -> None:
    # Ctrl-C is the main process's to handle: it saves what was read and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tune_for_batch()


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers are not forked from a process holding an open SQLite connection.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class RowPool:
    """A lazily started pool of `jobs` worker processes; close it (or use `with`)."""

    def __init__(self, jobs: int, wants: Wants = STORE_ONLY) -> None:
        self.jobs = jobs
        self.wants = wants
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False

    def __enter__(self) -> RowPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _submit(self, chunk: list[Row]) -> Future[list[Parsed]]:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.jobs, mp_context=_context(), initializer=_start_worker
            )
        return self._executor.submit(parse_rows, chunk, self.wants)

    def _collect(self, future: Future[list[Parsed]], chunk: list[Row]) -> list[Parsed]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory): finish in this process instead.
            self._broken = True
            return parse_rows(chunk, self.wants)

    def parse(self, rows: Iterable[Row]) -> Iterator[Parsed]:
        """Parsed rows, in the order of `rows`."""
        pending: deque[tuple[Future[list[Parsed]], list[Row]]] = deque()
        limit = self.jobs * IN_FLIGHT_PER_JOB
        source = iter(rows)
        try:
            while chunk := list(islice(source, CHUNK_ROWS)):
                if self._broken:
                    while pending:
                        yield from self._collect(*pending.popleft())
                    yield from parse_rows(chunk, self.wants)
                    continue
                pending.append((self._submit(chunk), chunk))
                if len(pending) >= limit:
                    yield from self._collect(*pending.popleft())
            while pending:
                yield from self._collect(*pending.popleft())
        finally:
            for future, _ in pending:
                future.cancel()
