"""Every byte cablebase reads comes through here: files, folders, archives and stdin.

`iter_inputs` turns the paths a user gave into `RawInput`s (or `Failure`s for what cannot be
read). Archives are recognised by their first bytes, never by their name; their members are
named `archive.zip!member/path`, nested archives `outer.zip!inner.tar!member`.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, cast

from cablebase.errors import InputError, UsageError
from cablebase.formats.ids_list import load_id_list
from cablebase.ingest._blobs import Blob, Meter, spool
from cablebase.ingest._expand import Item, expand, plain
from cablebase.model import Failure

STDIN = "-"

Advance = Callable[[int], None]


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if not filename.startswith("."):
                yield Path(dirpath) / filename


def _file(path: Path, advance: Advance | None) -> Iterator[Item]:
    name = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            yield Failure(name, "not a regular file")
            return
    except OSError as exc:
        yield Failure(name, f"cannot be read: {plain(exc)}")
        return
    meter = Meter(advance) if advance is not None else None
    yield from expand(name, Blob(size, path=name, meter=meter), 0)
    if meter is not None:
        meter.reach(size)


def _stdin() -> Iterator[Item]:
    try:
        blob = spool(sys.stdin.buffer, None)
    except OSError as exc:
        yield Failure(STDIN, f"cannot be read: {plain(exc)}")
        return
    with blob:
        yield from expand(STDIN, blob, 0)


def check_paths(paths: Sequence[str]) -> None:
    """Raise UsageError naming every path that does not exist, before anything is read."""
    missing = [p for p in paths if p != STDIN and not os.path.lexists(p)]
    if not paths:
        raise UsageError("no input given: name files, folders or archives, or - for stdin")
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if list(paths).count(STDIN) > 1:
        raise UsageError("stdin (-) can be read only once")


def total_size(paths: Sequence[str]) -> int | None:
    """Bytes on disk of all inputs, or None when one of them (stdin) has no known size."""
    total = 0
    for p in paths:
        if p == STDIN:
            return None
        path = Path(p)
        files = _walk(path) if path.is_dir() else [path]
        for f in files:
            try:
                total += f.stat().st_size
            except OSError:
                continue
    return total


def iter_inputs(paths: Sequence[str], *, advance: Advance | None = None) -> Iterator[Item]:
    """Check every path now (UsageError), then yield inputs and failures lazily, in order.

    `advance(n)` is called as n more bytes of the inputs on disk have been read.
    """
    check_paths(paths)
    return _iter_inputs(list(paths), advance)


def _iter_inputs(paths: list[str], advance: Advance | None) -> Iterator[Item]:
    for p in paths:
        if p == STDIN:
            yield from _stdin()
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield from _file(f, advance)
        else:
            yield from _file(path, advance)


def read_id_list(path: str) -> list[str]:
    """The reference IDs of an ID list file (plain or gzip-compressed), in line order."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(2)
            fh.seek(0)
            binary = cast(BinaryIO, gzip.GzipFile(fileobj=fh)) if magic == b"\x1f\x8b" else fh
            with io.TextIOWrapper(binary, encoding="utf-8-sig", errors="replace") as text:
                return load_id_list(text)
    except InputError as exc:
        raise InputError(exc.reason, path=path, position=exc.position) from exc
    except FileNotFoundError as exc:
        raise UsageError(f"--ids {path}: no such file") from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise UsageError(f"--ids {path}: cannot be read: {plain(exc)}") from exc
