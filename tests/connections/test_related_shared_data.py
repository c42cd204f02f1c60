"""Acceptance: for the dev cables that cite another cable in the archive, the cited cable is
among the ten most related (computed without the reference: REF lines are not in the query)."""

from __future__ import annotations

import pytest

from cablebase.archive import Archive
from tests.connections.devarchive import dev_archive

pytestmark = pytest.mark.shared_data

# Measured 0.94 (131 of 139 citations) when written; the issue asks for 0.5.
MIN_CITED_IN_TOP_10 = 0.85


def test_cited_cables_are_among_the_related(tmp_path_factory: pytest.TempPathFactory) -> None:
    with Archive.open(dev_archive(tmp_path_factory)) as archive:
        stored = {c.ref_id for c in archive.cables()}
        pairs = {
            (cable.ref_id, ref.ref_id)
            for cable in archive.cables()
            for ref in cable.references
            if ref.ref_id in stored and ref.ref_id != cable.ref_id
        }
        assert len(pairs) > 100
        found = 0
        for citing in sorted({a for a, _ in pairs}):
            top = {r.ref_id for r in archive.related(citing, limit=10)}
            found += sum(1 for a, b in pairs if a == citing and b in top)
    share = found / len(pairs)
    assert share >= MIN_CITED_IN_TOP_10, f"{found} of {len(pairs)} ({share:.1%})"
