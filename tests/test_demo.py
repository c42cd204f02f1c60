"""The demo archive is built from the bundled samples, one of every supported format."""

from __future__ import annotations

from pathlib import Path

from cablebase.archive import Archive
from cablebase.cli import main
from cablebase.demo import build_demo, samples_dir
from cablebase.formats import detect
from cablebase.formats.base import RawInput


def test_samples_cover_every_format() -> None:
    from cablebase.formats import FORMATS

    found = set()
    for path in samples_dir().iterdir():
        data = path.read_bytes()
        result = detect(RawInput(str(path), data[:65536], path.open, len(data)))
        assert result is not None, path
        found.add(result[0].NAME)
    assert {f.NAME for f in FORMATS} <= found


def test_every_sample_says_it_is_fictional() -> None:
    for path in samples_dir().iterdir():
        assert "fictional" in path.read_text(encoding="utf-8").lower(), path


def test_build_demo_is_complete_and_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = build_demo(db)
    assert first.ok and first.counts.cables_new == 5 and first.counts.articles_new == 2
    second = build_demo(db)
    assert second.ok and second.counts.cables_new == 0 and second.counts.versions == 0
    with Archive.open(db) as archive:
        cable = archive.get("09VALMORA112")
        assert cable is not None
        assert [p.number for p in cable.paragraphs] == [1, 2, 3, 4]
        assert cable.references[1].ref_id == "08STATE61194"
        repost = archive.get("09VALMORA140")
        assert repost is not None and "upper political\nborder" in repost.body
        assert archive.stats()["articles"] == 2


def test_demo_command_prints_next_steps(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert "cablebase show 09VALMORA112" in out and "Demo archive ready" in out
    assert "cablebase serve --db" in out and "Serving" not in out
