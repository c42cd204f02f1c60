"""A one-line progress bar on stderr: records, rate, and (when the size is known) percent and ETA.

It draws only when stderr is a terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_REDRAW_SECONDS = 0.1
_BAR_WIDTH = 24


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


class Progress:
    """Counts records and bytes. `enabled=None` means: only when `stream` is a terminal."""

    def __init__(
        self,
        total_bytes: int | None = None,
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total_bytes or None
        self.records = 0
        self.bytes = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def advance(self, nbytes: int) -> None:
        self.bytes += nbytes
        self._maybe_draw()

    def add(self, records: int = 1) -> None:
        self.records += records
        self._maybe_draw()

    def line(self, now: float | None = None) -> str:
        """The text of the bar as it would be drawn now."""
        elapsed = max((now if now is not None else time.monotonic()) - self.started, 1e-9)
        rate = self.records / elapsed
        parts = [f"{self.records:,} records", f"{rate:,.0f}/s"]
        if self.total:
            done = min(self.bytes / self.total, 1.0)
            filled = int(done * _BAR_WIDTH)
            bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
            parts.insert(0, f"[{bar}] {done:4.0%}")
            if 0 < done < 1:
                parts.append(f"ETA {_duration(elapsed * (1 - done) / done)}")
        elif self.bytes:
            parts.append(_size(self.bytes))
        return "  ".join(parts)

    def _maybe_draw(self) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._drawn >= _REDRAW_SECONDS:
            self._drawn = now
            self._draw(self.line(now))

    def _draw(self, text: str) -> None:
        pad = " " * max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + pad)
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar so that the summary printed next starts on a clean line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
