from __future__ import annotations

import io

from cablebase.progress import Progress


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    bar = Progress(1000, stream=stream)
    bar.advance(500)
    bar.add(10)
    bar.close()
    assert not bar.enabled and stream.getvalue() == ""


def test_percent_rate_and_eta_by_bytes() -> None:
    bar = Progress(1000, stream=Tty(), enabled=True)
    bar.add(40)
    bar.advance(250)
    line = bar.line(now=bar.started + 10)
    assert "25%" in line and "40 records" in line and "4/s" in line
    assert "ETA 0:30" in line


def test_without_total_shows_bytes_read() -> None:
    bar = Progress(None, stream=Tty(), enabled=True)
    bar.advance(3 * 1024 * 1024)
    assert "3.0 MB" in bar.line(now=bar.started + 1)
    assert "ETA" not in bar.line(now=bar.started + 1)


def test_draws_on_a_terminal_and_erases_itself() -> None:
    stream = Tty()
    bar = Progress(100, stream=stream)
    assert bar.enabled
    bar.add(1)
    assert stream.getvalue().startswith("\r[")
    bar.close()
    assert stream.getvalue().endswith("\r")
