from __future__ import annotations

import gzip
import io
import os
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

import pytest

from cablebase.errors import InputError, UsageError
from cablebase.formats.base import RawInput
from cablebase.ingest import _blobs, _expand
from cablebase.ingest.sources import iter_inputs, read_id_list, total_size
from cablebase.model import Failure


def _zip(entries: dict[str, bytes], *, stored: bool = False) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _tar(entries: dict[str, bytes], mode: str = "w") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:  # type: ignore[call-overload]
        for name, data in entries.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _collect(paths: list[str]) -> list[tuple[str, str]]:
    """(path, content or 'FAIL: reason') for every item."""
    out = []
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            out.append((item.path, "FAIL: " + item.reason))
        else:
            out.append((item.path, item.read_bytes().decode()))
    return out


def test_plain_file_has_head_size_and_opener(tmp_path: Path) -> None:
    f = tmp_path / "cable.txt"
    f.write_bytes(b"x" * 70000)
    (raw,) = iter_inputs([str(f)])
    assert isinstance(raw, RawInput)
    assert raw.path == str(f) and raw.size == 70000
    assert len(raw.head) == 65536
    assert raw.read_bytes() == b"x" * 70000


def test_folder_is_walked_sorted_without_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("hidden")
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "b" / ".swp").write_text("hidden")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "c.txt").write_text("three")
    got = _collect([str(tmp_path)])
    assert [Path(p).relative_to(tmp_path).as_posix() for p, _ in got] == [
        "a.txt",
        "c.txt",
        "b/2.txt",
    ] or [Path(p).name for p, _ in got] == ["a.txt", "2.txt", "c.txt"]
    assert sorted(c for _, c in got) == ["one", "three", "two"]


def test_archives_are_recognised_by_content_not_name(tmp_path: Path) -> None:
    (tmp_path / "really_a_zip.txt").write_bytes(_zip({"d/m.txt": b"member"}))
    (tmp_path / "not_a.zip").write_bytes(b"just text")
    (tmp_path / "t.dat").write_bytes(_tar({"x.txt": b"in tar"}, "w:gz"))
    got = dict(_collect([str(tmp_path)]))
    assert got[f"{tmp_path}/really_a_zip.txt!d/m.txt"] == "member"
    assert got[f"{tmp_path}/not_a.zip"] == "just text"
    assert got[f"{tmp_path}/t.dat!x.txt"] == "in tar"


@pytest.mark.parametrize("mode", ["w", "w:gz", "w:bz2", "w:xz"])
def test_tar_flavours(tmp_path: Path, mode: str) -> None:
    f = tmp_path / "a.tar"
    f.write_bytes(_tar({"one.txt": b"1", "dir/two.txt": b"2", "._junk": b"x"}, mode))
    assert _collect([str(f)]) == [(f"{f}!one.txt", "1"), (f"{f}!dir/two.txt", "2")]


def test_zip_skips_directories_and_mac_junk(tmp_path: Path) -> None:
    f = tmp_path / "a.zip"
    f.write_bytes(_zip({"d/": b"", "d/x.txt": b"x", "__MACOSX/d/._x.txt": b"junk"}))
    assert _collect([str(f)]) == [(f"{f}!d/x.txt", "x")]


def test_nested_archives(tmp_path: Path) -> None:
    inner = _zip({"deep.txt": b"deep", "more.tgz": _tar({"deeper.txt": b"deeper"}, "w:gz")})
    f = tmp_path / "outer.tar.gz"
    f.write_bytes(_tar({"inner.zip": inner, "top.txt": b"top"}, "w:gz"))
    assert _collect([str(f)]) == [
        (f"{f}!inner.zip!deep.txt", "deep"),
        (f"{f}!inner.zip!more.tgz!deeper.txt", "deeper"),
        (f"{f}!top.txt", "top"),
    ]


def test_gzip_single_file(tmp_path: Path) -> None:
    f = tmp_path / "cables.csv.gz"
    f.write_bytes(gzip.compress(b"a,b\n" * 10))
    ((path, text),) = _collect([str(f)])
    assert path == str(f) and text == "a,b\n" * 10


def test_empty_inputs_fail_plainly(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "z.zip").write_bytes(_zip({"empty.txt": b"", "ok.txt": b"ok"}))
    (tmp_path / "e.gz").write_bytes(gzip.compress(b""))
    got = _collect([str(tmp_path)])
    assert got == [
        (f"{tmp_path}/e.gz", "FAIL: empty file once the gzip compression is undone"),
        (f"{tmp_path}/empty.txt", "FAIL: empty file"),
        (f"{tmp_path}/z.zip!empty.txt", "FAIL: empty file"),
        (f"{tmp_path}/z.zip!ok.txt", "ok"),
    ]


def test_truncated_zip_fails_and_the_rest_goes_on(tmp_path: Path) -> None:
    data = _zip({"a.txt": b"a" * 1000, "b.txt": b"b" * 1000})
    (tmp_path / "1.zip").write_bytes(data[: len(data) // 2])
    (tmp_path / "2.txt").write_text("fine")
    got = _collect([str(tmp_path / "1.zip"), str(tmp_path / "2.txt")])
    assert got[0][0] == f"{tmp_path}/1.zip"
    assert got[0][1].startswith("FAIL: not a readable zip archive (damaged or truncated)")
    assert got[1] == (f"{tmp_path}/2.txt", "fine")


def test_zip_member_with_bad_crc(tmp_path: Path) -> None:
    data = bytearray(_zip({"a.txt": b"AAAA" * 50, "b.txt": b"BBBB" * 50}, stored=True))
    data[data.index(b"AAAA")] = ord("Z")
    f = tmp_path / "crc.zip"
    f.write_bytes(bytes(data))
    got = _collect([str(f)])
    assert got[0][0] == f"{f}!a.txt" and "Bad CRC-32" in got[0][1]
    assert got[1] == (f"{f}!b.txt", "BBBB" * 50)


def test_tar_with_a_damaged_member_header(tmp_path: Path) -> None:
    data = bytearray(_tar({"a.txt": b"a", "b.txt": b"b", "c.txt": b"c"}))
    start = data.index(b"b.txt")
    data[start + 148 : start + 156] = b"9999999\x00"  # header checksum
    f = tmp_path / "bad.tar"
    f.write_bytes(bytes(data))
    got = _collect([str(f)])
    assert got[0] == (f"{f}!a.txt", "a")
    assert got[1][0] == str(f) and "damaged tar entry was skipped" in got[1][1]
    assert got[2] == (f"{f}!c.txt", "c")


def test_truncated_tar_gz_keeps_members_before_the_damage(tmp_path: Path) -> None:
    entries = {f"{i}.txt": os.urandom(3000).hex().encode() for i in range(6)}
    data = _tar(entries, "w:gz")
    f = tmp_path / "cut.tgz"
    f.write_bytes(data[: int(len(data) * 0.6)])
    got = _collect([str(f)])
    assert got[-1][0].startswith(str(f))
    assert got[-1][1].startswith("FAIL:")
    assert 1 <= len(got) - 1 < 6
    assert all(not content.startswith("FAIL") for _, content in got[:-1])


def test_missing_path_is_a_usage_error_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("ok")
    with pytest.raises(UsageError, match="nope"):
        iter_inputs([str(tmp_path / "ok.txt"), str(tmp_path / "nope")])
    with pytest.raises(UsageError):
        iter_inputs([])


def test_unreadable_paths_are_failures(tmp_path: Path) -> None:
    (tmp_path / "dangling").symlink_to(tmp_path / "gone")
    os.mkfifo(tmp_path / "fifo")
    got = _collect([str(tmp_path / "dangling"), str(tmp_path / "fifo")])
    assert got[0][1].startswith("FAIL: cannot be read")
    assert got[1] == (str(tmp_path / "fifo"), "FAIL: not a regular file")


def test_stdin_is_read_once_and_may_be_an_archive(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(_zip({"a.txt": b"from stdin"}))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert _collect(["-"]) == [("-!a.txt", "from stdin")]
    with pytest.raises(UsageError, match="only once"):
        iter_inputs(["-", "-"])


def test_big_members_spill_to_temporary_files_that_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_blobs, "MEMORY_LIMIT", 1000)
    monkeypatch.setattr(_expand, "MEMORY_LIMIT", 1000)
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    big = b"0123456789" * 500
    f = tmp_path / "a.tgz"
    f.write_bytes(_tar({"big.txt": big, "nested.zip": _zip({"big2.txt": big})}, "w:gz"))
    z = tmp_path / "b.zip"
    z.write_bytes(_zip({"streamed.txt": big}))
    seen = []
    for item in iter_inputs([str(f), str(z)]):
        assert isinstance(item, RawInput)
        assert item.read_bytes() == big
        seen.append(item.path)
    assert seen == [f"{f}!big.txt", f"{f}!nested.zip!big2.txt", f"{z}!streamed.txt"]
    assert list(spill.iterdir()) == []


def test_progress_counts_each_byte_on_disk_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"a" * 100_000)
    (tmp_path / "b.tgz").write_bytes(_tar({"x.txt": os.urandom(50_000)}, "w:gz"))
    (tmp_path / "c.zip").write_bytes(_zip({"y.txt": b"y" * 5000, "z.txt": b"z"}))
    moved: list[int] = []
    for item in iter_inputs([str(tmp_path)], advance=moved.append):
        if isinstance(item, RawInput):
            item.read_bytes()
            item.read_bytes()
    assert sum(moved) == total_size([str(tmp_path)])
    assert total_size(["-"]) is None


def test_id_list_plain_and_gzip(tmp_path: Path) -> None:
    plain = tmp_path / "ids.csv"
    plain.write_bytes(b"66BUENOSAIRES2481,12\r\n72TEHRAN1164,2\r\n")
    packed = tmp_path / "ids.csv.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert (
        read_id_list(str(plain))
        == read_id_list(str(packed))
        == [
            "66BUENOSAIRES2481",
            "72TEHRAN1164",
        ]
    )
    with pytest.raises(UsageError, match="no such file"):
        read_id_list(str(tmp_path / "missing"))
    broken = tmp_path / "broken.csv"
    broken.write_text("A1\n\nB2\n")
    with pytest.raises(InputError, match=r"broken\.csv"):
        read_id_list(str(broken))
