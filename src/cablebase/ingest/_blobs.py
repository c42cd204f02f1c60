"""Bytes held for reading more than once: a file on disk, a temporary copy, or memory.

Archive members and stdin can be read only once as streams, but formats read an input twice
(its head to sniff, then all of it), so they are copied: small ones to memory, big ones to a
temporary file that is removed when the member has been read.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO, cast

from cablebase.closing import Closing

# Members up to this size stay in memory; bigger ones go to a temporary file.
MEMORY_LIMIT = 32 * 1024 * 1024
_CHUNK = 1024 * 1024


class Meter:
    """How far into one file on disk reading has got, across every time it is opened:
    `advance` hears only of bytes read for the first time."""

    def __init__(self, advance: Callable[[int], None]) -> None:
        self._advance = advance
        self.mark = 0

    def reach(self, position: int) -> None:
        if position > self.mark:
            self._advance(position - self.mark)
            self.mark = position


class _Wrapped(io.RawIOBase):
    def __init__(self, inner: BinaryIO, also_close: BinaryIO | None, meter: Meter | None) -> None:
        super().__init__()
        self._inner = cast(io.BufferedIOBase, inner)
        self._also_close = also_close
        self._meter = meter
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self._inner.readinto(buffer)
        self._pos += n
        if self._meter is not None:
            self._meter.reach(self._pos)
        return n

    def seekable(self) -> bool:
        return self._inner.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._pos = self._inner.seek(offset, whence)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        if not self.closed:
            try:
                self._inner.close()
                if self._also_close is not None:
                    self._also_close.close()
            finally:
                super().close()


def wrap(
    inner: BinaryIO, *, also_close: BinaryIO | None = None, meter: Meter | None = None
) -> BinaryIO:
    """A buffered reader over `inner` that reports progress to `meter` and, when closed, also
    closes `also_close` (the compressed file under a decompressing reader)."""
    return cast(BinaryIO, io.BufferedReader(_Wrapped(inner, also_close, meter)))


@dataclass
class Blob(Closing):
    size: int | None
    path: str | None = None
    data: bytes | None = None
    temporary: bool = False
    meter: Meter | None = field(default=None, repr=False)

    def open(self, *, metered: bool = False) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        fh = open(self.path, "rb")  # noqa: SIM115 - the caller closes it
        if metered and self.meter is not None:
            return wrap(fh, meter=self.meter)
        return fh

    def open_metered(self) -> BinaryIO:
        return self.open(metered=True)

    def close(self) -> None:
        if self.temporary and self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
            self.temporary = False


def spool(source: BinaryIO, size: int | None) -> Blob:
    """Read `source` to its end (without closing it) into memory or a temporary file."""
    if size is not None and size <= MEMORY_LIMIT:
        data = source.read()
        return Blob(len(data), data=data)
    buffer = bytearray()
    while len(buffer) <= MEMORY_LIMIT:
        chunk = source.read(_CHUNK)
        if not chunk:
            return Blob(len(buffer), data=bytes(buffer))
        buffer += chunk
    fd, path = tempfile.mkstemp(prefix="cablebase-")
    blob = Blob(None, path=path, temporary=True)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(buffer)
            written = len(buffer)
            del buffer
            while chunk := source.read(_CHUNK):
                out.write(chunk)
                written += len(chunk)
    except BaseException:
        blob.close()
        raise
    blob.size = written
    return blob
