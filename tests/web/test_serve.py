"""`cablebase serve` and `cablebase demo` start a real server and say where it is."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cablebase.cli import main
from tests.web.webkit import HTML

URL = re.compile(r"Serving .+ at (http://127\.0\.0\.1:\d+/)")


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        yield sock.getsockname()[1]


def test_serve_answers_over_http(demo_db: Path) -> None:
    command = [sys.executable, "-m", "cablebase", "serve", "--db", str(demo_db), "--port", "0"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            found = URL.search(line)
            assert found, line
            url = found.group(1)
            page = httpx.get(url + "cable/09VALMORA112", headers=HTML, timeout=20)
            assert page.status_code == 200 and 'id="par1"' in page.text
            assert page.headers["content-security-policy"].startswith("default-src 'self'")
            assert "server" not in page.headers
            assert httpx.post(url, timeout=20).status_code == 405
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)
    # Ctrl-C is the way to stop it: a clean exit.
    assert proc.returncode == 0


def test_serve_refuses_a_busy_port(demo_db: Path, busy_port: int, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["serve", "--db", str(demo_db), "--port", str(busy_port)]) == 2
    err = capsys.readouterr().err
    assert f"port {busy_port}" in err and "--port" in err


def test_serve_needs_an_archive(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no archive here" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "none.db"), "--port", "70000"]) == 2


def test_demo_builds_then_serves(tmp_path: Path, busy_port: int, capsys) -> None:  # type: ignore[no-untyped-def]
    # A busy port makes the server fail at once: proof that demo goes on to serve.
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--port", str(busy_port)]) == 2
    captured = capsys.readouterr()
    assert "Demo archive ready" in captured.out and f"port {busy_port}" in captured.err
    assert (tmp_path / "d.db").is_file()
