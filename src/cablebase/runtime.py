"""Process settings for batch work (the CLI and the ingest workers)."""

from __future__ import annotations

import gc

# Parsing allocates a great many small objects that never form reference cycles; with
# CPython's default thresholds (700, 10, 10) the cyclic collector runs every few cables and
# costs over a tenth of the parse time. Batch processes run it less often instead.
BATCH_GC_THRESHOLDS = (50_000, 20, 100)


def tune_for_batch() -> None:
    """Make the cyclic garbage collector run less often. Call at the start of a batch process,
    never from library code that runs inside somebody else's program."""
    gc.set_threshold(*BATCH_GC_THRESHOLDS)
