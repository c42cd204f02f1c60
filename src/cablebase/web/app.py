"""The reading room: a Starlette app over one archive, opened read-only.

    app = create_app("cablebase.db")      # then serve it with uvicorn (`cablebase serve`)

Handlers are `async` and call the library directly: each takes milliseconds, and running them
on the event loop's one thread keeps the archive's connection in one place.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from cablebase.web import article_links, errors
from cablebase.web.routes import (
    about,
    api,
    article,
    browse,
    cable,
    export,
    glossary,
    home,
    people,
    related,
    search,
)
from cablebase.web.security import MAX_BODY, MAX_URL, Guard
from cablebase.web.site import Site


def static_dir() -> Path:
    return Path(str(resources.files("cablebase.web") / "static"))


def create_app(
    db_path: str | Path,
    *,
    max_url: int = MAX_URL,
    max_body: int = MAX_BODY,
    hosts: frozenset[str] | None = None,
) -> Starlette:
    """The app serving the archive at `db_path`. The archive is opened now (a missing or
    unreadable one fails here, not on the first request) and closed at shutdown. `hosts`:
    the only Host names to answer (None: any; see `cablebase.web.security`)."""
    site = Site(db_path)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            article_links.warm(site)
            yield
        finally:
            site.close()

    routes: list[BaseRoute] = [
        *home.routes,
        *browse.routes,
        *search.routes,
        *cable.routes,
        *related.routes,
        *article.routes,
        *about.routes,
        *glossary.routes,
        *people.routes,
        *export.routes,
        *api.routes,
        Mount("/static", StaticFiles(directory=static_dir()), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard, max_url=max_url, max_body=max_body, hosts=hosts)],
        exception_handlers=errors.HANDLERS,
        lifespan=lifespan,
    )
    app.state.site = site
    return app
