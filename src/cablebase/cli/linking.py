"""Commands that connect records by what they say: link-article, related."""

from __future__ import annotations

import argparse
import json

from cablebase.archive import Archive
from cablebase.connections.article_input import article_from_file
from cablebase.connections.evidence import Evidence
from cablebase.connections.linking import ArticleLinks
from cablebase.connections.related import Related
from cablebase.connections.textterms import MAX_LIMIT

SHOWN_EVIDENCE = 4
EVIDENCE_CHARS = 60


def _limit_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--limit",
        type=int,
        default=10,
        metavar="N",
        help=f"{what} to show, 1-{MAX_LIMIT} (default: 10)",
    )


def add_link_article(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "link-article",
        help="rank the archive's cables for an article",
        description="The cables a news article discusses. Cables it cites (by ID, by link or "
        "by a cables.csv row number the archive can resolve) come first, marked explicit; "
        "then cables it does not cite but points to by the names, places, quotations, dates "
        "and words it shares with them, marked inferred, with a score (0-1) and the "
        "evidence. Articles in other languages work too: names, places and dates carry "
        "across. An article about no cable gets no inferred links. FILE is a web page or a "
        "text file (title on the first line), ingested or not.",
    )
    p.add_argument("file", metavar="FILE", help="the article: an HTML page or a text file")
    _limit_option(p, "links (explicit links are never cut)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_link_article)
    return p


def add_related(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "related",
        help="print the cables most like a cable",
        description="Cables related to a cable by what they say (its most distinctive "
        "words, REF lines left out), shared TAGS, the same post and nearness in time, best "
        "first, with the words and tags they share.",
    )
    p.add_argument("ref_id", metavar="REFID", help="reference ID, e.g. 07MOSCOW4420")
    _limit_option(p, "cables")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_related)
    return p


def _evidence_text(items: tuple[Evidence, ...]) -> str:
    parts = []
    for e in items[:SHOWN_EVIDENCE]:
        value = e.value if len(e.value) <= EVIDENCE_CHARS else e.value[: EVIDENCE_CHARS - 1] + "…"
        parts.append(f"{e.kind}: {value}")
    return "; ".join(parts)


def links_text(result: ArticleLinks) -> list[str]:
    lines = [result.title or "(untitled article)"]
    if not result.links:
        lines.append("  no cable in the archive is cited or clearly discussed")
    for link in result.links:
        how = "explicit" if link.explicit else "inferred"
        lines.append(
            f"  {link.ref_id:<20} {link.score:5.3f}  {how:<8}  {_evidence_text(link.evidence)}"
        )
    return lines


def cmd_link_article(args: argparse.Namespace) -> int:
    article = article_from_file(args.file)
    with Archive.open(args.db) as archive:
        result = archive.link_article(article, limit=args.limit)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(links_text(result)))
    return 0


def related_text(ref_id: str, related: list[Related]) -> list[str]:
    if not related:
        return [f"{ref_id}: no related cables"]
    lines = [f"{ref_id}: related cables"]
    for r in related:
        date = (r.created or "")[:10]
        lines.append(f"  {r.ref_id:<20} {r.score:5.3f}  {date:<10}  {r.subject or ''}")
        why = [", ".join(r.shared_terms[:6])] if r.shared_terms else []
        why += [f"TAGS {' '.join(r.shared_tags)}"] if r.shared_tags else []
        if r.same_origin:
            why.append("same post")
        if r.days_apart is not None:
            why.append(f"{r.days_apart} days apart")
        lines.append(f"      {'; '.join(why)}")
    return lines


def cmd_related(args: argparse.Namespace) -> int:
    with Archive.open(args.db) as archive:
        related = archive.related(args.ref_id, limit=args.limit)
    if args.json:
        data = {"ref_id": args.ref_id, "related": [r.to_json() for r in related]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(related_text(args.ref_id, related)))
    return 0
