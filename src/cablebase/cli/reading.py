"""Commands that read an archive: show, stats, search."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cablebase.archive import Archive
from cablebase.cli.output import num, say, where
from cablebase.errors import QueryError
from cablebase.model import Cable
from cablebase.search.engine import SearchResult

# -- show --------------------------------------------------------------------------------


def render_cable(cable: Cable) -> str:
    rows: list[tuple[str, str | None]] = [
        ("created", cable.created),
        ("released", cable.released),
        ("classification", cable.classification),
        ("origin", cable.origin),
        ("precedence", cable.precedence),
        ("subject", cable.subject),
        ("tags", ", ".join(cable.tags) or None),
        ("to", "; ".join(r.name for r in cable.to) or None),
        ("references", ", ".join(r.ref_id or r.text for r in cable.references) or None),
        ("row number", str(cable.row_number) if cable.row_number is not None else None),
        ("partial", "yes" if cable.partial else None),
    ]
    lines = [cable.ref_id, "=" * len(cable.ref_id)]
    lines += [f"{name:<15} {value}" for name, value in rows if value]
    for src in cable.sources:
        where = src.path + (f" @ {src.position}" if src.position else "")
        lines.append(f"{'source':<15} {where} ({src.format})")
    for warning in cable.warnings:
        lines.append(f"{'warning':<15} {warning}")
    if cable.header:
        lines += ["", cable.header.rstrip()]
    lines += ["", cable.body.rstrip()]
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    with Archive.open(args.db) as archive:
        cable = archive.get(args.ref_id)
        if cable is None:
            say(f"cablebase: no cable {args.ref_id} in {archive.path}")
            close = archive.suggest(args.ref_id)
            if close:
                say(f"  did you mean: {', '.join(close)}")
            return 1
    if args.json:
        print(json.dumps(cable.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_cable(cable))
    return 0


# -- stats -------------------------------------------------------------------------------


def _stats_text(stats: dict[str, Any], db: str) -> list[str]:
    lines = [
        db,
        f"  cables    {num(stats['cables'])} "
        f"({num(stats['versions'])} versions, {num(stats['sources'])} sources)",
        f"  articles  {num(stats['articles'])}",
        f"  failures  {num(stats['failures'])}",
    ]
    if stats["first_created"]:
        lines.append(f"  created   {stats['first_created']} .. {stats['last_created']}")
    for title, key in (("by classification", "by_classification"), ("by year", "by_year")):
        if stats[key]:
            lines.append(f"  {title}:")
            lines += [f"    {k:<28} {num(v)}" for k, v in stats[key].items()]
    last = stats["last_ingest"]
    if last:
        lines.append(f"  last ingest #{last['id']}: {last['started']} .. {last['finished'] or '?'}")
    return lines


def cmd_stats(args: argparse.Namespace) -> int:
    with Archive.open(args.db) as archive:
        stats = archive.stats()
        failures = archive.failures() if args.failures else []
        path = archive.path
    if args.json:
        if args.failures:
            stats["failure_list"] = [f.as_failure().to_json() for f in failures]
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    elif args.failures:
        for f in failures:
            print(f"{where(f.as_failure())}: {f.reason}")
    else:
        print("\n".join(_stats_text(stats, path)))
    return 0


# -- search ------------------------------------------------------------------------------


def _query_error(exc: QueryError) -> None:
    say(f"cablebase: {exc}")
    if exc.query and exc.position is not None and "\n" not in exc.query:
        say(f"  {exc.query}")
        say("  " + " " * exc.position + "^")


def _hits_text(result: SearchResult, offset: int) -> list[str]:
    if not result.hits:
        return [f"no matches ({num(result.total)} in all)"]
    last = offset + len(result.hits)
    lines = [f"{offset + 1}-{last} of {num(result.total)}"]
    for hit in result.hits:
        paras = " ¶" + ",".join(str(n) for n in hit.paragraphs) if hit.paragraphs else ""
        date = (hit.created or "")[:10]
        lines.append(
            f"{hit.ref_id:<20} {date:<10} {(hit.origin or hit.kind):<24} {hit.subject or ''}{paras}"
        )
        lines.append(f"    {hit.snippet}")
    for name, buckets in result.facets.items():
        lines.append(f"{name}: " + ", ".join(f"{v} ({num(n)})" for v, n in buckets))
    return lines


def cmd_search(args: argparse.Namespace) -> int:
    with Archive.open(args.db) as archive:
        try:
            result = archive.search(
                args.query, limit=args.limit, offset=args.offset, sort=args.sort, facets=args.facets
            )
        except QueryError as exc:
            _query_error(exc)
            return exc.exit_code
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_hits_text(result, args.offset)))
    return 0
