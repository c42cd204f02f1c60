"""The `cablebase` command: argument parsing, progress, printing and exit codes, nothing else.

Exit codes: 0 everything went in, 1 some inputs failed (or an unexpected error), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from cablebase import __version__
from cablebase.archive import DB_ENV, default_db_path
from cablebase.cli.connecting import add_graph, add_people
from cablebase.cli.linking import add_link_article, add_related
from cablebase.cli.output import say
from cablebase.cli.reading import cmd_search, cmd_show, cmd_stats
from cablebase.cli.serving import add_serve, add_serve_options
from cablebase.cli.writing import cmd_demo, cmd_ingest, cmd_parse
from cablebase.errors import CablebaseError
from cablebase.ingest.pipeline import DEFAULT_JOBS
from cablebase.runtime import tune_for_batch
from cablebase.search import query as query_language
from cablebase.search.engine import SORTS

Command = Callable[[argparse.Namespace], int]


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

    _db_option(add_graph(sub))
    _db_option(add_people(sub))
    _db_option(add_related(sub))
    _db_option(add_link_article(sub))
    _db_option(add_serve(sub))

    p = sub.add_parser(
        "demo",
        help="build a small demo archive from bundled samples and serve it",
        description=(
            "Build a demo archive from the samples bundled with cablebase (fictional cables and "
            "articles in every supported input format), then serve it in the reading room "
            "(as `cablebase serve` does) and print its address. --no-serve only builds it and "
            "shows what to do next."
        ),
    )
    p.add_argument(
        "--db",
        default="cablebase-demo.db",
        metavar="FILE",
        help="demo archive file (default: ./cablebase-demo.db; $CABLEBASE_DB is not used)",
    )
    p.add_argument("--no-serve", action="store_true", help="only build it, do not serve it")
    add_serve_options(p)
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
        say(f"cablebase: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        say("cablebase: interrupted")
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
        say(f"cablebase: unexpected error: {type(exc).__name__}: {exc}")
        say("cablebase: this is a bug; please report it with the command you ran and its input")
        return 1
