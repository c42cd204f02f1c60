import gc

from cablebase.runtime import BATCH_GC_THRESHOLDS, tune_for_batch


def test_tune_for_batch_raises_gc_thresholds() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        tune_for_batch()
        assert gc.get_threshold() == BATCH_GC_THRESHOLDS
        assert BATCH_GC_THRESHOLDS[0] > 700
    finally:
        gc.set_threshold(*before)
