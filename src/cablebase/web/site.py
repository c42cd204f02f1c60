"""What every request handler needs: the archive (opened read-only), the templates, and a cache
of the counts over the whole archive."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar, cast

from jinja2 import Environment
from starlette.requests import Request

from cablebase.archive import Archive
from cablebase.closing import Closing
from cablebase.store.browse import CountField
from cablebase.web.render import make_environment

T = TypeVar("T")


class Site(Closing):
    """Opens the archive when created (so that a bad path fails at once), closes it when
    the server stops, and opens it again if the same app is served again (tests do)."""

    def __init__(self, db_path: str | Path, templates: Environment | None = None) -> None:
        self.db_path = str(db_path)
        self._archive: Archive | None = Archive.open(self.db_path, read_only=True)
        self.templates = templates or make_environment()
        self._cache: dict[Hashable, Any] = {}
        self._version: int | None = None

    @property
    def archive(self) -> Archive:
        if self._archive is None:
            self._archive = Archive.open(self.db_path, read_only=True)
            self._version = None
        return self._archive

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, remembered until the archive changes (an ingest into the archive
        while it is served): counts over 250,000 cables take tens of milliseconds."""
        version = self.archive.data_version()
        if version != self._version:
            self._cache.clear()
            self._version = version
        if key not in self._cache:
            self._cache[key] = compute()
        return cast(T, self._cache[key])

    def counts(self, field: CountField) -> list[tuple[str, int]]:
        return self.cached(("count", field), lambda: self.archive.count_by(field))

    def count_map(self, field: CountField) -> dict[str, int]:
        return self.cached(("count_map", field), lambda: dict(self.counts(field)))

    def created_months(self, year: str) -> list[tuple[str, int]]:
        return self.cached(("months", year), lambda: self.archive.count_created_months(year))

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


def site_of(request: Request) -> Site:
    site: Site = request.app.state.site
    return site
