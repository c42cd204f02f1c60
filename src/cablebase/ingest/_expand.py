"""Inside one input: plain content, compressed content, or an archive of more inputs.

Recognised by the first bytes, never by name. Members are named `archive.zip!member/path`,
nested archives `outer.zip!inner.tar!member`. A damaged archive or member becomes a Failure
with a plain reason, and the members around it are still read.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO, cast

from cablebase.formats.base import HEAD_SIZE, RawInput
from cablebase.ingest._blobs import MEMORY_LIMIT, Blob, spool, wrap
from cablebase.model import Failure

Item = RawInput | Failure

# Archives inside archives are opened this deep; deeper ones are read as they are.
MAX_DEPTH = 3
# Errors a damaged archive or member raises while being read.
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error, lzma.LZMAError)


def _compression(head: bytes) -> str | None:
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh"):
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    return None


def _is_tar(head: bytes) -> bool:
    return len(head) >= 262 and head[257:262] == b"ustar"


def _is_zip(head: bytes) -> bool:
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def _decompressor(kind: str, fileobj: BinaryIO) -> BinaryIO:
    if kind == "gzip":
        return cast(BinaryIO, gzip.GzipFile(fileobj=fileobj, mode="rb"))
    if kind == "bzip2":
        return cast(BinaryIO, bz2.BZ2File(fileobj, "rb"))
    return cast(BinaryIO, lzma.LZMAFile(fileobj, "rb"))


def _decompressed(kind: str, blob: Blob) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        inner = blob.open_metered()
        try:
            return wrap(_decompressor(kind, inner), also_close=inner)
        except BaseException:
            inner.close()
            raise

    return opener


def _head(opener: Callable[[], BinaryIO]) -> bytes:
    with opener() as fh:
        return fh.read(HEAD_SIZE)


def expand(name: str, blob: Blob, depth: int = 0) -> Iterator[Item]:
    """Yield the inputs inside `blob`: itself when it is plain, else its members."""
    try:
        head = _head(blob.open_metered)
    except READ_ERRORS as exc:
        yield Failure(name, f"cannot be read: {plain(exc)}")
        return
    if not head:
        yield Failure(name, "empty file")
        return
    kind = _compression(head)
    if depth >= MAX_DEPTH:
        yield RawInput(name, head, blob.open_metered, blob.size)
    elif _is_zip(head):
        yield from _zip_members(name, blob, depth)
    elif kind is not None:
        yield from _compressed(name, blob, kind, depth)
    elif _is_tar(head):
        yield from _tar_members(name, blob, depth)
    else:
        yield RawInput(name, head, blob.open_metered, blob.size)


def _compressed(name: str, blob: Blob, kind: str, depth: int) -> Iterator[Item]:
    opener = _decompressed(kind, blob)
    try:
        # A tar header is 512 bytes: enough to choose, and a damaged .tar.gz still gets its
        # intact first members read.
        with opener() as fh:
            first = fh.read(tarfile.BLOCKSIZE)
        head = b"" if _is_tar(first) else _head(opener)
    except READ_ERRORS as exc:
        yield Failure(name, f"not a readable {kind} file: {plain(exc)}")
        return
    if _is_tar(first):
        yield from _tar_members(name, blob, depth)
    elif not head:
        yield Failure(name, f"empty file once the {kind} compression is undone")
    else:
        yield RawInput(name, head, opener, None)


def _zip_members(name: str, blob: Blob, depth: int) -> Iterator[Item]:
    try:
        fh = blob.open()
    except OSError as exc:
        yield Failure(name, f"cannot be read: {plain(exc)}")
        return
    with fh:
        try:
            archive = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            yield Failure(name, f"not a readable zip archive (damaged or truncated): {plain(exc)}")
            return
        with archive:
            for info in archive.infolist():
                if not info.is_dir() and not _hidden(info.filename):
                    yield from _zip_member(archive, info, f"{name}!{info.filename}", depth)
                if blob.meter is not None:
                    blob.meter.reach(info.header_offset + info.compress_size)


def _zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, depth: int
) -> Iterator[Item]:
    def opener() -> BinaryIO:
        return cast(BinaryIO, archive.open(info))

    try:
        head = _head(opener)
        if info.file_size > MEMORY_LIMIT and not _is_container(head):
            # A big plain member is streamed from the archive rather than copied out first;
            # a damaged one then fails inside its reader, which the pipeline reports.
            yield RawInput(name, head, opener, info.file_size)
            return
        with opener() as src:
            data = spool(src, info.file_size)
    except (*READ_ERRORS, RuntimeError, NotImplementedError) as exc:
        yield Failure(name, f"cannot be extracted: {plain(exc)}")
        return
    with data:
        yield from expand(name, data, depth + 1)


def _is_container(head: bytes) -> bool:
    return _is_zip(head) or _is_tar(head) or _compression(head) is not None


def _tar_members(name: str, blob: Blob, depth: int) -> Iterator[Item]:
    try:
        fh = blob.open_metered()
    except OSError as exc:
        yield Failure(name, f"cannot be read: {plain(exc)}")
        return
    with fh:
        try:
            # Stream mode reads members once, in order: all a .tar.gz allows cheaply.
            # ignore_zeros makes tarfile step over a damaged header to the next good one
            # (instead of silently ending there); the gap it leaves is reported below.
            archive = tarfile.open(fileobj=fh, mode="r|*", ignore_zeros=True)  # noqa: SIM115
        except READ_ERRORS as exc:
            yield Failure(name, f"not a readable tar archive: {plain(exc)}")
            return
        with archive:
            yield from _tar_loop(name, archive, depth)


def _tar_loop(name: str, archive: tarfile.TarFile, depth: int) -> Iterator[Item]:
    count = 0
    expected = 0
    try:
        for info in archive:
            if info.offset > expected:
                yield Failure(
                    name,
                    f"a damaged tar entry was skipped (bytes {expected}-{info.offset})",
                    position=str(expected),
                )
            expected = info.offset_data + -(-info.size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
            count += 1
            if not info.isfile() or _hidden(info.name):
                continue
            member = f"{name}!{info.name}"
            extracted = archive.extractfile(info)
            if extracted is None:
                continue
            try:
                data = spool(cast(BinaryIO, extracted), info.size)
            except READ_ERRORS as exc:
                yield Failure(member, f"cannot be extracted: {plain(exc)}")
                raise _Stop from exc
            with data:
                yield from expand(member, data, depth + 1)
    except _Stop:
        return
    except READ_ERRORS as exc:
        where = f"after {count} members" if count else "at its start"
        yield Failure(name, f"tar archive is damaged or truncated {where}: {plain(exc)}")


class _Stop(Exception):
    """A tar stream cannot go on past a member that failed to extract."""


def _hidden(member: str) -> bool:
    parts = member.replace("\\", "/").split("/")
    return any(p.startswith(".") or p == "__MACOSX" for p in parts if p)


def plain(exc: BaseException) -> str:
    text = str(exc) if not isinstance(exc, OSError) or not exc.strerror else exc.strerror
    return text or type(exc).__name__
