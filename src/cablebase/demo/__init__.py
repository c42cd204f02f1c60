"""The demo archive: sample inputs in every supported format, written for cablebase.

The samples are fictional (Valmora and Terrano are invented countries, and every cable and
article says it is demo data) but realistic in form: a WikiLeaks cable page, a cables.csv, a
plain telegram, a blog repost with its boilerplate, and two news articles that cite the cables.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from cablebase.archive import Archive
from cablebase.ingest.pipeline import IngestReport

DEMO_DB = "cablebase-demo.db"


def samples_dir() -> Path:
    """The folder holding the bundled sample inputs."""
    return Path(str(resources.files("cablebase.demo") / "samples"))


def build_demo(db_path: str | Path = DEMO_DB) -> IngestReport:
    """Ingest the bundled samples into the archive at `db_path` (created if missing). Safe to
    run again: ingest is idempotent."""
    with Archive.open(db_path, create=True) as archive:
        return archive.ingest([str(samples_dir())])
