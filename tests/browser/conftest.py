"""End-to-end fixtures: a demo archive with hostile inputs, served by uvicorn on loopback, read
by Debian's Chromium through Playwright.

One server, one browser and one browser context for the whole session (starting Chromium
costs about a second, a context half of one); a fresh page per test (the app sets no cookies
and keeps no state per reader). Every page records its dialogs, console errors, failed loads
and any request that tried to leave the server: the app promises to work offline and to keep
document content inert, and these records are how the tests hold it to that.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from cablebase.archive import Archive
from cablebase.demo import build_demo

if TYPE_CHECKING:
    from playwright.sync_api import (
        Browser,
        BrowserContext,
        ConsoleMessage,
        Dialog,
        Page,
        Request,
        Response,
    )

# Debian's Chromium (Playwright cannot download its own browser here); another build can be
# named in $CABLEBASE_CHROMIUM, e.g. /usr/bin/chromium-browser.
CHROMIUM = Path(os.environ.get("CABLEBASE_CHROMIUM") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INPUTS = Path(__file__).with_name("inputs")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
HOSTILE_CABLE = "09VALMORA666"


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo archive plus a hostile cable and article, through the normal ingest path."""
    db = tmp_path_factory.mktemp("browser") / "reading-room.db"
    assert build_demo(db).ok
    with Archive.open(db) as archive:
        report = archive.ingest([str(INPUTS)])
    assert report.ok, report
    return db


def _create_app(db: Path) -> Any:
    web = pytest.importorskip("cablebase.web.app", reason="the web app is not built yet")
    return web.create_app(str(db))


@pytest.fixture(scope="session")
def base_url(archive_path: Path) -> Iterator[str]:
    """The reading room served by uvicorn in a background thread on a free loopback port."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))  # the port is ours before the server starts: no race
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        _create_app(archive_path), log_level="warning", ws="none", lifespan="auto"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the reading room did not start within 15 s")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.skip(
            f"{CHROMIUM} is absent: the browser tests need Debian's Chromium "
            "(apt-get install chromium) or $CABLEBASE_CHROMIUM; CI installs it"
        )
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Watch:
    """What a page did that a reader would not see: dialogs, console errors, page errors, and
    requests for anything not served by the app itself."""

    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        assert self.page_errors == [], f"script errors: {self.page_errors}"
        assert self.failed == [], f"requests that failed: {self.failed}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"
        assert self.external == [], f"requests leaving the app: {self.external}"


@pytest.fixture(scope="session")
def context(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    """One context for the session (a new one per test costs half a second of a busy
    machine); every test gets its own page in it. Nothing here keeps state between pages
    but the HTTP cache of the app's static files."""
    ctx = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    ctx.set_default_timeout(5000)
    yield ctx
    ctx.close()


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(context: BrowserContext, base_url: str, watch: Watch) -> Iterator[Page]:
    def on_dialog(dialog: Dialog) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        # a failed load is logged without its address: `failed` has it, from the response
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            watch.console_errors.append(message.text)

    def on_request(request: Request) -> None:
        # Passive (routing every request through Python doubles page-load time); there is
        # no network here anyway, so what matters is that the page never asked.
        if not request.url.startswith((base_url + "/", "data:", "blob:")):
            watch.external.append(request.url)

    def on_response(response: Response) -> None:
        # Chromium asks for /favicon.ico on its own, some of the time; the app has none
        if response.status >= 400 and urlsplit(response.url).path != "/favicon.ico":
            watch.failed.append(f"{response.status} {response.url}")

    pg = context.new_page()
    pg.on("request", on_request)
    pg.on("response", on_response)
    pg.on("dialog", on_dialog)
    pg.on("console", on_console)
    pg.on("pageerror", lambda exc: watch.page_errors.append(str(exc)))
    yield pg
    pg.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """test-artifacts/screenshots at the repository root, emptied once per session."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS
