"""The one small interface every input format implements.

A format module has a `NAME`, a `sniff(raw) -> float` that scores how well the content fits
(0 = not at all, 1 = certainly), and a `read(raw)` that yields records and failures. Detection is
by content, never by file name: the highest score wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from cablebase.model import Article, Cable, Failure
from cablebase.textio import decode

HEAD_SIZE = 65536


@dataclass(frozen=True)
class RawInput:
    """One input as the formats see it: a display path (archive members as `a.zip!member`),
    its first bytes for sniffing, and a way to read it whole or as a stream."""

    path: str
    head: bytes
    opener: Callable[[], BinaryIO]
    size: int | None = None

    def read_bytes(self) -> bytes:
        with self.opener() as fh:
            return fh.read()

    def text(self) -> str:
        return decode(self.read_bytes())[0]

    def head_text(self) -> str:
        return decode(self.head)[0]


Item = Cable | Article | Failure


class Format(Protocol):
    NAME: str

    def sniff(self, raw: RawInput) -> float: ...

    def read(self, raw: RawInput) -> Iterator[Item]: ...
