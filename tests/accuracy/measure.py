"""Field accuracy of the parser on the real WikiLeaks pages of ../shared/data/wikileaks-2010.

    .venv/bin/python -m tests.accuracy.measure [-v FIELD]

The truth there is what the Dec-2010 site printed, so it is compared the way a reader would:
Created by date and hour (the site printed the hour in the minutes' place; we keep the DTG's
minutes), the subject by the site's first line, paragraphs by the site's numeric anchors once its
known mistakes are set aside (anchors on years and list items inside paragraphs, missed anchors on
`1.(C)` lines), and the body by the share of the page's words our body keeps.
"""

from __future__ import annotations

import io
import json
import re
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cablebase.formats import wikileaks_html
from cablebase.formats.base import RawInput
from cablebase.model import Cable
from cablebase.telegram.values import parse_tags

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "wikileaks-2010"
_WORDS = re.compile(r"[A-Za-z0-9]+")
_CLASSIFICATION_ALIASES = {"UNCLASSIFIED//FOR OFFICIAL USE ONLY": "UNCLASSIFIED//FOUO"}


@dataclass
class Scores:
    total: int = 0
    right: Counter[str] = field(default_factory=Counter)
    wrong: dict[str, list[str]] = field(default_factory=dict)
    words_kept: float = 0.0

    def rate(self, name: str) -> float:
        return self.right[name] / self.total if self.total else 0.0

    def mark(self, name: str, ok: bool, ref_id: str, detail: str = "") -> None:
        if ok:
            self.right[name] += 1
        else:
            self.wrong.setdefault(name, []).append(f"{ref_id}: {detail}")


def pages() -> Iterator[tuple[dict[str, object], bytes]]:
    with (DATA / "truth.jsonl").open(encoding="utf-8") as fh:
        truth = {t["path"]: t for t in map(json.loads, fh)}
    with tarfile.open(DATA / "pages.tar.gz") as tf:
        for member in tf:
            if member.name in truth:
                fh = tf.extractfile(member)
                assert fh is not None
                yield truth[member.name], fh.read()


def parse_page(path: str, data: bytes) -> Cable:
    raw = RawInput(path, data[:65536], lambda: io.BytesIO(data), len(data))
    records = [r for r in wikileaks_html.read(raw) if isinstance(r, Cable)]
    assert len(records) == 1, path
    return records[0]


def _norm(text: str) -> str:
    return " ".join(text.replace("“", '"').replace("”", '"').split()).upper()


def score(truth: dict[str, object], cable: Cable, scores: Scores) -> None:
    ref_id = str(truth["id"])
    scores.total += 1
    scores.mark("ref_id", cable.ref_id == ref_id, ref_id, cable.ref_id)
    created = str(truth["created"])
    got = cable.created or ""
    scores.mark("created", got[:13] == f"{created[:10]}T{created[11:13]}", ref_id, got)
    released = str(truth["released"])
    scores.mark(
        "released",
        (cable.released or "")[:16] == f"{released[:10]}T{released[11:16]}",
        ref_id,
        str(cable.released),
    )
    expected_cls = _CLASSIFICATION_ALIASES.get(
        str(truth["classification"]), truth["classification"]
    )
    scores.mark(
        "classification", cable.classification == expected_cls, ref_id, str(cable.classification)
    )
    scores.mark("origin", cable.origin == truth["origin"], ref_id, str(cable.origin))
    scores.mark("partial", cable.partial == truth["partial_extract"], ref_id, str(cable.partial))
    # The site's title holds the first subject line, sometimes without its first character and
    # sometimes with the REF or Classified By line glued on.
    subject = _norm(str(truth["subject"])).lstrip('(["')
    subject = re.split(r" (?:REF|REFTELS|CLASSIFIED BY):", subject)[0]
    got_subject = _norm(cable.subject or "").lstrip('(["')
    ok = got_subject.startswith(subject) or (subject.startswith(got_subject) and bool(got_subject))
    scores.mark("subject", ok, ref_id, f"{got_subject!r} vs {subject!r}")
    # The site linked only the first TAGS line, unrepaired: ours must start with the same tags
    # once the same repairs are applied (RU -> RS, fused runs split ...).
    tags = list(parse_tags(" ".join(str(t) for t in truth["tags"])))  # type: ignore[attr-defined]
    if tags:
        ok = list(cable.tags[: len(tags)]) == tags
        scores.mark("tags", ok, ref_id, f"{list(cable.tags)} vs {tags}")
    else:
        scores.right["tags"] += 1
    expected_paras = _clean_anchors([str(a) for a in truth["paragraphs"]])  # type: ignore[attr-defined]
    got_paras = [p.number for p in cable.paragraphs]
    scores.mark(
        "paragraphs",
        expected_paras is None or got_paras == expected_paras,
        ref_id,
        f"{got_paras} vs {expected_paras}",
    )
    blocks = truth["blocks"]
    page_words = Counter(_WORDS.findall(str(blocks[1]).replace("¶", "")))  # type: ignore[index]
    body_words = Counter(_WORDS.findall(cable.body))
    kept = sum(min(n, body_words[w]) for w, n in page_words.items())
    scores.words_kept += kept / max(1, sum(page_words.values()))


def _clean_anchors(anchors: list[str]) -> list[int] | None:
    """The site's numeric anchors as the real paragraph numbers, or None when the site's
    anchors cannot tell (none at all, or out of order beyond its known mistakes)."""
    numbers = [int(a) for a in anchors if a.isdigit() and int(a) < 100]
    out: list[int] = []
    for n in numbers:
        if not out or n > out[-1]:
            out.append(n)
    return out or None


def measure() -> Scores:
    scores = Scores()
    for truth, data in pages():
        score(truth, parse_page(str(truth["path"]), data), scores)
    return scores


FIELDS = (
    "ref_id",
    "created",
    "released",
    "classification",
    "origin",
    "partial",
    "subject",
    "tags",
    "paragraphs",
)


def main(argv: list[str]) -> None:
    scores = measure()
    for name in FIELDS:
        print(f"{name:15} {scores.rate(name):7.2%}  ({scores.total - scores.right[name]} wrong)")
    print(f"{'body words':15} {scores.words_kept / scores.total:7.2%}")
    if len(argv) > 1 and argv[0] == "-v":
        for line in scores.wrong.get(argv[1], [])[:60]:
            print("  ", line)


if __name__ == "__main__":
    main(sys.argv[1:])
