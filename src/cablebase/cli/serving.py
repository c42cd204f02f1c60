"""`cablebase serve`: the reading room (cablebase.web) over an archive, on a local port."""

from __future__ import annotations

import argparse
import gc
import socket

from cablebase.archive import Archive
from cablebase.cli.output import num, say
from cablebase.errors import UsageError
from cablebase.search.index import has_index

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def add_serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default: {DEFAULT_HOST}, this machine only; "
        "0.0.0.0 opens it to the network)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"port to listen on (default: {DEFAULT_PORT}; 0 picks a free one)",
    )


def add_serve(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "serve",
        help="open the archive in a web browser (the reading room)",
        description="Serve the archive as web pages and a JSON API: browse by date, "
        "classification, origin and tag, search, read cables with ¶ links to their "
        "paragraphs. The archive is opened read-only. Every page has a JSON twin (the same "
        "address plus .json); the API is described at /openapi.json. Stop with Ctrl-C.",
    )
    add_serve_options(p)
    p.set_defaults(func=cmd_serve)
    return p


def _listen(host: str, port: int) -> socket.socket:
    if not 0 <= port <= 65535:
        raise UsageError(f"--port {port}: give a port from 0 to 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise UsageError(f"--host {host}: cannot listen there ({exc})") from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        reason = exc.strerror or str(exc)
        raise UsageError(
            f"cannot listen on {host} port {port} ({reason}); pick another with --port"
        ) from exc
    return sock


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(db: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the archive at `db` until interrupted; prints its URL first."""
    import uvicorn

    from cablebase.web import create_app
    from cablebase.web.security import LOOPBACK_NAMES

    # On this machine only, answer only to this machine's names (see cablebase.web.security).
    loopback = host.lower() in LOOPBACK_NAMES
    app = create_app(db, hosts=LOOPBACK_NAMES if loopback else None)
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, server_header=False, lifespan="on"
    )
    sock = _listen(host, port)
    # What is loaded by now lives as long as the server: keep the collector off it, so that
    # its passes during requests stay short.
    gc.freeze()
    try:
        url = _url(host, sock.getsockname()[1])
        print(f"Serving {db} at {url}  (Ctrl-C to stop)", flush=True)
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        # Ctrl-C is how a reading room is meant to stop: uvicorn has already shut down.
        pass
    finally:
        sock.close()
        app.state.site.close()


def prepare(db: str) -> None:
    """Bring the archive's schema and search index up to date before it is served read-only."""
    with Archive.open(db) as archive:
        if not has_index(archive.path):
            say("cablebase: building the search index ...")
            done = archive.update_index()
            say(f"cablebase: search index: {num(done.added)} records indexed")


def cmd_serve(args: argparse.Namespace) -> int:
    prepare(args.db)
    serve(args.db, args.host, args.port)
    return 0
