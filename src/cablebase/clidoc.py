"""The CLI reference (docs/cli.md), generated from the parsers' own `--help` so it cannot drift.

    python -m cablebase.clidoc > docs/cli.md

A test regenerates it and compares.
"""

from __future__ import annotations

import argparse
import os

from cablebase.cli import build_parser

_WIDTH = "100"


def _help(parser: argparse.ArgumentParser) -> str:
    # argparse wraps to $COLUMNS: fix it so the document is the same on every terminal.
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = _WIDTH
    try:
        return parser.format_help().rstrip()
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def render() -> str:
    parser = build_parser()
    out = [
        "# Command-line reference",
        "",
        "Generated from `cablebase --help` by `python -m cablebase.clidoc`; do not edit by hand.",
        "",
        "```",
        _help(parser),
        "```",
    ]
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        out += ["", f"## cablebase {name}", "", "```", _help(sub), "```"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render(), end="")
