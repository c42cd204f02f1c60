"""Pure functions from telegram text to the fields of a Cable."""

from __future__ import annotations


def clear_caches() -> None:
    """Empty the caches of the value parsers (for benchmarks and long-lived processes)."""
    from cablebase.telegram import body, classified_by, refid, routing, tags, values

    for cached in (
        body._portion_marking,
        classified_by.parse_classified_by,
        refid.origin_code,
        refid.ref_origin_code,
        refid.canonical_ref_id,
        routing._address,
        tags.parse_tags,
        values.parse_eo,
        values.origin_name,
    ):
        cached.cache_clear()
