"""Commands that read inputs: parse, ingest, demo."""

from __future__ import annotations

import argparse
import json
import os
import sys

from cablebase.archive import Archive, input_size, parse
from cablebase.cli.output import SHOWN_FAILURES, num, say, where
from cablebase.cli.serving import serve
from cablebase.errors import UsageError
from cablebase.ingest.pipeline import IngestReport
from cablebase.model import Failure
from cablebase.progress import Progress

# -- parse -------------------------------------------------------------------------------


def cmd_parse(args: argparse.Namespace) -> int:
    failed = 0
    for item in parse(args.paths, id_list=args.ids):
        if isinstance(item, Failure):
            failed += 1
            say(f"cablebase: {where(item)}: {item.reason}")
        else:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 1 if failed else 0


# -- ingest ------------------------------------------------------------------------------


def _summary(report: IngestReport, db: str) -> list[str]:
    c = report.counts
    lines = [
        f"Read {num(report.inputs)} inputs into {db} in {report.elapsed:.1f} s "
        f"({report.rate:,.0f} records/s)",
        f"  cables:   {num(c.cables_new)} new, {num(c.cables_updated)} updated, "
        f"{num(c.cables_unchanged)} unchanged ({num(c.versions)} new versions)",
        f"  articles: {num(c.articles_new)} new, {num(c.articles_updated)} updated, "
        f"{num(c.articles_unchanged)} unchanged",
    ]
    if c.row_numbers or report.citations_linked:
        lines.append(
            f"  row numbers: {num(c.row_numbers)} added; "
            f"{num(report.citations_linked)} article citations resolved"
        )
    lines.append(f"  failures: {num(report.failure_count)}")
    for f in report.failures[:SHOWN_FAILURES]:
        lines.append(f"    {where(f)}: {f.reason}")
    hidden = report.failure_count - min(len(report.failures), SHOWN_FAILURES)
    if hidden > 0:
        lines.append(f"    and {num(hidden)} more: see `cablebase stats --failures --db {db}`")
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
            say("cablebase: interrupted; what was read so far is saved, run again to finish")
            return 130
        finally:
            progress.close()
        if archive.index_outdated(report):
            if not args.quiet:
                say("cablebase: updating the search index ...")
            done = archive.update_index()
            if not args.quiet:
                say(
                    f"cablebase: search index: {num(done.added)} records indexed, "
                    f"{num(done.removed)} removed in {done.seconds:.1f} s"
                )
    print("\n".join(_summary(report, archive.path)))
    return 0 if report.ok else 1


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
    print(f"  cablebase serve --db {db}")
    if not report.ok or args.no_serve:
        return 0 if report.ok else 1
    serve(str(db), args.host, args.port)
    return 0
