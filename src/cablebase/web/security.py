"""The reading room's guard, in front of everything (static files and errors included):

- read-only: any method but GET and HEAD is refused (405), so there is no CORS preflight
  either, and no Access-Control-* header is ever sent (cross-origin reads stay off);
- the Host header, when the app is told which names it answers to (`cablebase serve` on a
  loopback address: localhost, 127.0.0.1, ::1): a web page elsewhere cannot point its own
  name at 127.0.0.1 (DNS rebinding) and read the archive through the reader's browser;
- size limits: an address longer than `max_url` bytes is refused (414), a request body of
  more than `max_body` bytes (413); the query language caps a query's own length;
- a strict Content Security Policy and the usual companion headers on every response: the
  pages load only the app's own files and run no inline script or style, so text from a
  document cannot run even if it ever slipped past the escaping;
- a `Server-Timing: app;dur=MS` header: the time the app took to start its answer (what the
  benchmarks measure, without the network and the client).

A plain ASGI middleware (not Starlette's BaseHTTPMiddleware): it costs microseconds and
leaves streamed responses streaming.
"""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cablebase.web.errors import json_error, unexpected_error

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)
_OURS = frozenset(name for name, _ in SECURITY_HEADERS) | {b"server-timing"}
MAX_URL = 4096
MAX_BODY = 1024
_READS = frozenset({"GET", "HEAD"})


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})


def _host_name(host: bytes) -> str:
    """`127.0.0.1:8000` -> `127.0.0.1`, `[::1]:8000` -> `[::1]`, lower-cased."""
    text = host.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[: text.find("]") + 1]
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


class Guard:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_url: int = MAX_URL,
        max_body: int = MAX_BODY,
        hosts: frozenset[str] | None = None,
    ) -> None:
        self.app = app
        self.max_url = max_url
        self.max_body = max_body
        self.hosts = hosts

    def _refusal(self, scope: Scope) -> tuple[int, str, str] | None:
        headers = dict(scope["headers"])
        if self.hosts is not None and _host_name(headers.get(b"host", b"")) not in self.hosts:
            return (
                400,
                "bad_host",
                "this server answers to "
                + ", ".join(sorted(self.hosts))
                + "; open it by one of those names",
            )
        method = scope["method"]
        if method not in _READS:
            return (
                405,
                "method_not_allowed",
                f"{method} is not allowed: the reading room only reads (GET, HEAD)",
            )
        size = len(scope.get("raw_path") or scope["path"].encode()) + len(scope["query_string"])
        if size > self.max_url:
            return (
                414,
                "uri_too_long",
                f"the address is {size} bytes long, more than the {self.max_url} accepted; "
                "shorten the query",
            )
        length = headers.get(b"content-length", b"0")
        chunked = b"chunked" in headers.get(b"transfer-encoding", b"")
        if chunked or not length.isdigit() or int(length) > self.max_body:
            return (
                413,
                "content_too_large",
                f"requests carry no body here (at most {self.max_body} bytes)",
            )
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _OURS]
                took = f"app;dur={(time.perf_counter() - started) * 1000:.2f}".encode()
                message["headers"] = [*kept, *SECURITY_HEADERS, (b"server-timing", took)]
            await send(message)

        refusal = self._refusal(scope)
        if refusal is not None:
            response = json_error(*refusal)
            await response(scope, receive, send_with_headers)
            return
        started_answer = False

        async def send_tracked(message: Message) -> None:
            nonlocal started_answer
            started_answer = started_answer or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, receive, send_tracked)
        except Exception as exc:
            # Caught here, not by Starlette's outermost handler, so that even a 500 carries
            # the headers above and the one error shape.
            if started_answer:
                raise
            await unexpected_error(Request(scope), exc)(scope, receive, send_with_headers)
