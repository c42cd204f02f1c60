"""Printing helpers shared by the commands."""

from __future__ import annotations

import sys
from typing import TextIO

from cablebase.model import Failure

SHOWN_FAILURES = 20


def say(message: str, stream: TextIO | None = None) -> None:
    print(message, file=stream or sys.stderr)


def where(f: Failure) -> str:
    return f.path + (f":{f.position}" if f.position else "")


def num(n: int) -> str:
    return f"{n:,}"
