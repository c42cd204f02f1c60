"""Reference-ID lists: one ID per line in cables.csv order, optionally `,month` after it.

Line N is the cable with cables.csv row number N, which is how articles cite cables by number
(`cable 248745`). The caller opens the file; this only reads lines.
"""

from __future__ import annotations

from collections.abc import Iterable

from cablebase.errors import InputError


def load_id_list(lines: Iterable[str]) -> list[str]:
    """IDs in line order. Trailing blank lines are ignored; a blank line in the middle would
    shift every later row number, so it is an error."""
    ids: list[str] = []
    blank_at: int | None = None
    for number, line in enumerate(lines, start=1):
        value = line.lstrip("\ufeff") if number == 1 else line
        ref_id = value.rstrip("\r\n").split(",", 1)[0].strip()
        if not ref_id:
            blank_at = blank_at or number
            continue
        if blank_at is not None:
            raise InputError(
                "blank line inside the ID list: row numbers after it would be wrong; "
                "remove the line or put a placeholder ID there",
                position=f"line {blank_at}",
            )
        ids.append(ref_id)
    return ids
