from pathlib import Path

from cablebase.clidoc import render

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_cli_reference_matches_help() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/cli.md is out of date: run `python -m cablebase.clidoc > docs/cli.md`"
    )


def test_every_command_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for command in ("parse", "ingest", "show", "stats", "demo"):
        assert f"## cablebase {command}" in text
