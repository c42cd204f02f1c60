"""The `cablebase` command: argument parsing, progress, printing and exit codes, nothing else.

Exit codes: 0 everything went in, 1 some inputs failed (or an unexpected error), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from cablebase import __version__
from cablebase.archive import DB_ENV, Archive, default_db_path, input_size, parse
from cablebase.errors import CablebaseError, QueryError, UsageError
from cablebase.ingest.pipeline import DEFAULT_JOBS, IngestReport
from cablebase.model import Cable, Failure
from cablebase.progress import Progress
from cablebase.runtime import tune_for_batch
from cablebase.search import query as query_language
from cablebase.search.engine import SORTS, SearchResult

SHOWN_FAILURES = 20

Command = Callable[[argparse.Namespace], int]


def _say(message: str, stream: TextIO | None = None) -> None:
    print(message, file=stream or sys.stderr)


def _where(f: Failure) -> str:
    return f.path + (f":{f.position}" if f.position else "")


def _num(n: int) -> str:
    return f"{n:,}"


# -- parse -------------------------------------------------------------------------------


def cmd_parse(args: argparse.Namespace) -> int:
    failed = 0
    for item in parse(args.paths, id_list=args.ids):
        if isinstance(item, Failure):
            failed += 1
            _say(f"cablebase: {_where(item)}: {item.reason}")
        else:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 1 if failed else 0


# -- ingest ------------------------------------------------------------------------------


def _summary(report: IngestReport, db: str) -> list[str]:
    c = report.counts
    lines = [
        f"Read {_num(report.inputs)} inputs into {db} in {report.elapsed:.1f} s "
        f"({report.rate:,.0f} records/s)",
        f"  cables:   {_num(c.cables_new)} new, {_num(c.cables_updated)} updated, "
        f"{_num(c.cables_unchanged)} unchanged ({_num(c.versions)} new versions)",
        f"  articles: {_num(c.articles_new)} new, {_num(c.articles_updated)} updated, "
        f"{_num(c.articles_unchanged)} unchanged",
    ]
    if c.row_numbers or report.citations_linked:
        lines.append(
            f"  row numbers: {_num(c.row_numbers)} added; "
            f"{_num(report.citations_linked)} article citations resolved"
        )
    lines.append(f"  failures: {_num(report.failure_count)}")
    for f in report.failures[:SHOWN_FAILURES]:
        lines.append(f"    {_where(f)}: {f.reason}")
    hidden = report.failure_count - min(len(report.failures), SHOWN_FAILURES)
    if hidden > 0:
        lines.append(f"    and {_num(hidden)} more: see `cablebase stats --failures --db {db}`")
    return lines


def cmd_ingest(args: argparse.Namespace) -> int:
    Archive.check_inputs(args.paths)
    if args.ids and not os.path.isfile(args.ids):
        raise UsageError(f"--ids {args.ids}: no such file")
    progress = Progress(input_size(args.paths), enabled=False if args.quiet else None)
    with Archive.open(args.db, create=True) as archive:
        try:
            report = archive.ingest(
                args.paths, progress=progress, id_list=args.ids, jobs=args.jobs, index=False
            )
        except KeyboardInterrupt:
            progress.close()
            _say("cablebase: interrupted; what was read so far is saved, run again to finish")
            return 130
        finally:
            progress.close()
        if archive.index_outdated(report):
            if not args.quiet:
                _say("cablebase: updating the search index ...")
            done = archive.update_index()
            if not args.quiet:
                _say(
                    f"cablebase: search index: {_num(done.added)} records indexed, "
                    f"{_num(done.removed)} removed in {done.seconds:.1f} s"
                )
    print("\n".join(_summary(report, archive.path)))
    return 0 if report.ok else 1


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
            _say(f"cablebase: no cable {args.ref_id} in {archive.path}")
            close = archive.suggest(args.ref_id)
            if close:
                _say(f"  did you mean: {', '.join(close)}")
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
        f"  cables    {_num(stats['cables'])} "
        f"({_num(stats['versions'])} versions, {_num(stats['sources'])} sources)",
        f"  articles  {_num(stats['articles'])}",
        f"  failures  {_num(stats['failures'])}",
    ]
    if stats["first_created"]:
        lines.append(f"  created   {stats['first_created']} .. {stats['last_created']}")
    for title, key in (("by classification", "by_classification"), ("by year", "by_year")):
        if stats[key]:
            lines.append(f"  {title}:")
            lines += [f"    {k:<28} {_num(v)}" for k, v in stats[key].items()]
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
            print(f"{_where(f.as_failure())}: {f.reason}")
    else:
        print("\n".join(_stats_text(stats, path)))
    return 0


# -- search ------------------------------------------------------------------------------


def _query_error(exc: QueryError) -> None:
    _say(f"cablebase: {exc}")
    if exc.query and exc.position is not None and "\n" not in exc.query:
        _say(f"  {exc.query}")
        _say("  " + " " * exc.position + "^")


def _hits_text(result: SearchResult, offset: int) -> list[str]:
    if not result.hits:
        return [f"no matches ({_num(result.total)} in all)"]
    last = offset + len(result.hits)
    lines = [f"{offset + 1}-{last} of {_num(result.total)}"]
    for hit in result.hits:
        paras = " ¶" + ",".join(str(n) for n in hit.paragraphs) if hit.paragraphs else ""
        date = (hit.created or "")[:10]
        lines.append(
            f"{hit.ref_id:<20} {date:<10} {(hit.origin or hit.kind):<24} {hit.subject or ''}{paras}"
        )
        lines.append(f"    {hit.snippet}")
    for name, buckets in result.facets.items():
        lines.append(f"{name}: " + ", ".join(f"{v} ({_num(n)})" for v, n in buckets))
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


# -- demo --------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from cablebase.demo import build_demo, samples_dir

    db = args.db
    report = build_demo(db)
    print(f"Demo archive ready: {db}  (samples: {samples_dir()})")
    print(
        f"  {report.counts.cables_new} new cables, {report.counts.articles_new} new articles, "
        f"{report.failure_count} failures; every sample is fictional and says so."
    )
    print("Next:")
    print(f"  cablebase stats --db {db}")
    print(f"  cablebase show 09VALMORA112 --db {db}")
    print(f"  cablebase show 09VALMORA112 --db {db} --json")
    print(f"  cablebase parse {samples_dir() / 'repost-09VALMORA140.txt'}")
    print("  cablebase ingest YOUR_FILES... --db my-archive.db")
    return 0 if report.ok else 1


# -- parser ------------------------------------------------------------------------------


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=None,
        metavar="FILE",
        help=f"archive file (default: ${DB_ENV}, else ./cablebase.db)",
    )


def _ids_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ids",
        metavar="FILE",
        help="reference-ID list, one ID per line in cables.csv order (may be gzipped); "
        "resolves articles' 'cable 248745' citations",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cablebase",
        description="Turn diplomatic cables (WikiLeaks pages, cables.csv, telegram text, "
        "reposts, news articles) into a searchable archive.",
        epilog="Run `cablebase COMMAND --help` for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"cablebase {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    inputs_help = "files, folders, .zip/.tar/.tar.gz archives, or - for stdin"

    p = sub.add_parser(
        "parse",
        help="print the records found in inputs as JSON Lines",
        description="Read inputs and print one JSON object per cable or article on stdout. "
        "Inputs that cannot be read are reported on stderr as `cablebase: PATH: reason`; "
        "the exit code is then 1.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=inputs_help)
    _ids_option(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser(
        "ingest",
        help="read inputs into an archive",
        description="Read inputs into the archive. Running it again on the same inputs "
        "changes nothing; a cable read from several sources is stored once, with every "
        "source and every differing text kept as a version. Exit code 1 when some inputs "
        "could not be read (they are listed at the end and kept in the archive).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=inputs_help)
    _db_option(p)
    _ids_option(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=DEFAULT_JOBS,
        metavar="N",
        help=f"processes parsing cables.csv rows (default: {DEFAULT_JOBS}; 1 = no extra processes)",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "show",
        help="print one cable",
        description="Print a cable: its metadata, header and text, or its JSON.",
    )
    p.add_argument("ref_id", metavar="REFID", help="reference ID, e.g. 09NAIROBI2497")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="print the JSON record instead")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "stats",
        help="summarise an archive",
        description="Counts of cables, articles and failures, by classification and year, "
        "the date range and the last ingest.",
    )
    _db_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--failures", action="store_true", help="list every input that failed")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "search",
        help="search an archive",
        description="Search the archive's cables and articles. Hits are ranked by relevance "
        "(matches in the subject and tags weigh more) unless --sort says otherwise; matched "
        "words in snippets are shown [[like this]].\n\n" + (query_language.__doc__ or "").strip(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", metavar="QUERY", help="the query; quote it for the shell")
    _db_option(p)
    p.add_argument("--limit", type=int, default=10, metavar="N", help="hits to show (default: 10)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="hits to skip (default: 0)")
    p.add_argument(
        "--sort",
        choices=SORTS,
        default="rank",
        help="rank (default), date (oldest first) or -date (newest first)",
    )
    p.add_argument(
        "--facets", action="store_true", help="also count all matches by origin, year, ..."
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "demo",
        help="build a small demo archive from bundled samples",
        description=(
            "Build a demo archive from the samples bundled with cablebase (fictional cables and "
            "articles in every supported input format) and show what to do next."
        ),
    )
    p.add_argument(
        "--db",
        default="cablebase-demo.db",
        metavar="FILE",
        help="demo archive file (default: ./cablebase-demo.db; $CABLEBASE_DB is not used)",
    )
    p.add_argument("--no-serve", action="store_true", help="only build it, do not serve it")
    p.set_defaults(func=cmd_demo)
    return parser


def _glue_sort_value(argv: Sequence[str]) -> list[str]:
    """`--sort -date` as `--sort=-date`: argparse would read `-date` as an unknown option."""
    out = list(argv)
    for i in range(len(out) - 1):
        if out[i] == "--sort" and out[i + 1] == "-date":
            out[i : i + 2] = ["--sort=-date"]
            break
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(_glue_sort_value(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else 2
    if getattr(args, "db", "") is None:
        args.db = default_db_path()
    command: Command = args.func
    tune_for_batch()
    try:
        return command(args)
    except CablebaseError as exc:
        _say(f"cablebase: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        _say("cablebase: interrupted")
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, as other Unix tools do.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass
        return 0
    except Exception as exc:
        _say(f"cablebase: unexpected error: {type(exc).__name__}: {exc}")
        _say("cablebase: this is a bug; please report it with the command you ran and its input")
        return 1
