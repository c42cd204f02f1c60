from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cablebase import __version__
from cablebase.cli import build_parser, main

GOOD_ROW = """"1","12/28/1966 18:48","66BUENOSAIRES2481","Embassy Buenos Aires","UNCLASSIFIED","",\
"R 281848Z DEC 66
FM AMEMBASSY BUENOS AIRES
TO SECSTATE WASHDC 1111","UNCLAS BUENOS AIRES 2481
SUBJECT: A TEST CABLE
1. THIS IS THE FIRST PARAGRAPH.
2. AND THE SECOND.
SMITH"
"""
OTHER_ROW = """"2","2/1/1972 10:00","72TEHRAN1164","Embassy Tehran","CONFIDENTIAL","","header",\
"C O N F I D E N T I A L TEHRAN 1164
SUBJECT: ANOTHER
1. TEXT."
"""


@pytest.fixture
def csv_good(tmp_path: Path) -> Path:
    f = tmp_path / "cables.csv"
    f.write_text(GOOD_ROW + OTHER_ROW)
    return f


@pytest.fixture
def csv_broken(tmp_path: Path) -> Path:
    f = tmp_path / "broken.csv"
    f.write_text(GOOD_ROW + "this line is not a row at all\n" + OTHER_ROW)
    return f


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("parse", "ingest", "show", "stats", "demo"):
        assert main([command, "--help"]) == 0
        out = capsys.readouterr().out
        assert f"usage: cablebase {command}" in out
    assert "COMMAND" in build_parser().format_help()


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["ingest", str(tmp_path / "missing.csv"), "--db", str(tmp_path / "a.db")]) == 2
    err = capsys.readouterr().err
    assert "missing.csv" in err and "Traceback" not in err
    assert not (tmp_path / "a.db").exists()


def test_parse_prints_json_lines(csv_good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(csv_good)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["ref_id"] for r in records] == ["66BUENOSAIRES2481", "72TEHRAN1164"]
    assert records[0]["kind"] == "cable"


def test_parse_reports_failures_on_stderr(
    csv_broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(csv_broken)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    (line,) = captured.err.splitlines()
    assert line.startswith(f"cablebase: {csv_broken}:")


def test_ingest_show_stats(
    csv_good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    assert main(["ingest", str(csv_good), "--db", db, "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "2 new" in out and "failures: 0" in out
    assert main(["show", "66BUENOSAIRES2481", "--db", db]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("66BUENOSAIRES2481\n") and "FIRST PARAGRAPH" in shown
    assert main(["show", "66buenosaires2481", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ref_id"] == "66BUENOSAIRES2481"
    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["cables"], stats["articles"], stats["failures"]) == (2, 0, 0)
    assert stats["by_year"] == {"1966": 1, "1972": 1}
    assert stats["last_ingest"]["counts"]["cables_new"] == 2
    assert main(["stats", "--db", db]) == 0
    assert "cables    2" in capsys.readouterr().out


def test_ingest_with_failures_exits_1_and_lists_them(
    csv_broken: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    assert main(["ingest", str(csv_broken), "--db", db, "-q"]) == 1
    out = capsys.readouterr().out
    assert "failures: 1" in out and f"{csv_broken}:" in out
    assert main(["stats", "--failures", "--db", db]) == 0
    assert str(csv_broken) in capsys.readouterr().out


def test_failure_list_is_capped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "empties"
    folder.mkdir()
    for i in range(25):
        (folder / f"{i:02d}.txt").write_bytes(b"")
    assert main(["ingest", str(folder), "--db", str(tmp_path / "a.db"), "-q"]) == 1
    out = capsys.readouterr().out
    assert "and 5 more: see `cablebase stats --failures" in out
    assert out.count("empty file") == 20


def test_show_unknown_id_suggests(
    csv_good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    main(["ingest", str(csv_good), "--db", db, "-q"])
    capsys.readouterr()
    assert main(["show", "66BUENOSAIRES9", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "no cable 66BUENOSAIRES9" in err and "did you mean: 66BUENOSAIRES2481" in err


def test_missing_db_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none.db"
    assert main(["show", "X", "--db", str(db)]) == 2
    assert main(["stats", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "run `cablebase ingest" in err and str(db) in err
    assert not db.exists()


def test_db_from_environment(
    csv_good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("CABLEBASE_DB", str(db))
    assert main(["ingest", str(csv_good), "-q"]) == 0
    assert db.is_file()


def test_unexpected_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import cablebase.cli.writing as cli

    def explode(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("kaboom")

    monkeypatch.setattr(cli, "parse", explode)
    f = tmp_path / "x.txt"
    f.write_text("x")
    assert main(["parse", str(f)]) == 1
    err = capsys.readouterr().err
    assert "unexpected error: ZeroDivisionError: kaboom" in err
    assert "report" in err and "Traceback" not in err


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "cablebase", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_subprocess_exit_codes_and_no_traceback(
    csv_good: Path, csv_broken: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "a.db")
    ok = _run("ingest", str(csv_good), "--db", db)
    assert ok.returncode == 0, ok.stderr
    partly = _run("ingest", str(csv_broken), str(tmp_path / "empty"), "--db", db)
    assert partly.returncode == 2  # the missing input is a usage error
    (tmp_path / "empty").write_bytes(b"")
    partly = _run("ingest", str(csv_broken), str(tmp_path / "empty"), "--db", db)
    assert partly.returncode == 1
    usage = _run("show", "--db")
    assert usage.returncode == 2
    piped = _run("parse", "-", stdin=csv_good.read_bytes())
    assert piped.returncode == 0 and piped.stdout.count(b"\n") == 2
    for result in (ok, partly, usage, piped):
        assert b"Traceback" not in result.stderr
