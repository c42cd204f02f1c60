"""Rewrite the expected `.json` of every golden input from what the code produces now.

    .venv/bin/python tests/golden/regenerate.py [NAME ...]

Review the diff before committing: a golden file is a claim that the output is right.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "formats"))

from test_golden import inputs, records_for


def main(names: list[str]) -> None:
    for path in inputs():
        if names and path.name not in names:
            continue
        out = path.with_suffix(path.suffix + ".json")
        text = json.dumps(records_for(path), ensure_ascii=False, indent=2) + "\n"
        changed = not out.exists() or out.read_text(encoding="utf-8") != text
        out.write_text(text, encoding="utf-8")
        print(("updated " if changed else "same    ") + str(out.relative_to(Path.cwd())))


if __name__ == "__main__":
    main(sys.argv[1:])
