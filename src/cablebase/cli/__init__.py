"""The `cablebase` command line: a thin layer over `cablebase.archive`."""

from cablebase.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
