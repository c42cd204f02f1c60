"""Commands about the connections between cables: graph, people."""

from __future__ import annotations

import argparse
import json

from cablebase.archive import Archive
from cablebase.cli.output import num, say
from cablebase.connections.graph import DEFAULT_DEPTH, DEFAULT_MAX_NODES, MAX_DEPTH, Graph
from cablebase.connections.graph_formats import FORMATS, render
from cablebase.connections.people import Person
from cablebase.connections.people_index import PersonRecord
from cablebase.errors import NotFoundError

# -- graph -------------------------------------------------------------------------------


def add_graph(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "graph",
        help="print the cables a cable cites and is cited by",
        description="The reference graph around a cable: every resolved REF item is an edge "
        "from the citing cable to the cited one, followed both ways up to --depth hops. "
        "Cables cited but not in the archive are 'missing' nodes; when the archive has an ID "
        "list (ingest --ids) they say whether the ID is a known Cablegate cable.",
    )
    p.add_argument("ref_id", metavar="REFID", help="reference ID, e.g. 07MOSCOW4420")
    p.add_argument(
        "--depth",
        type=int,
        default=DEFAULT_DEPTH,
        metavar="N",
        help=f"hops to follow, 0-{MAX_DEPTH} (default: {DEFAULT_DEPTH})",
    )
    p.add_argument(
        "--max-nodes",
        type=int,
        default=DEFAULT_MAX_NODES,
        metavar="N",
        help=f"stop adding cables after N (default: {DEFAULT_MAX_NODES})",
    )
    p.add_argument(
        "--format",
        choices=("text", *FORMATS),
        default="text",
        help="text (default), json, graphml (yEd, Gephi) or dot (Graphviz)",
    )
    p.set_defaults(func=cmd_graph)
    return p


def _graph_text(graph: Graph) -> list[str]:
    lines = [f"{graph.center}: {num(len(graph.nodes))} cables, {num(len(graph.edges))} citations"]
    if graph.truncated:
        lines[0] += " (stopped at --max-nodes)"
    for node in graph.nodes:
        if node.missing:
            what = {True: "known Cablegate ID", False: "not a Cablegate ID", None: ""}[node.known]
            facts = "not in the archive" + (f"; {what}" if what else "")
        else:
            facts = f"{(node.info.created or '')[:10]}  {node.info.subject or ''}".strip()
        lines.append(f"  [{node.depth}] {node.ref_id:<20} {facts}")
    for edge in graph.edges:
        label = f"  (ref {edge.label})" if edge.label else ""
        lines.append(f"  {edge.source} -> {edge.target}{label}")
    return lines


def cmd_graph(args: argparse.Namespace) -> int:
    with Archive.open(args.db) as archive:
        try:
            graph = archive.graph(args.ref_id, depth=args.depth, max_nodes=args.max_nodes)
        except NotFoundError as exc:
            say(f"cablebase: {exc}")
            close = archive.suggest(args.ref_id)
            if close:
                say(f"  did you mean: {', '.join(close)}")
            return exc.exit_code
    if args.format == "text":
        print("\n".join(_graph_text(graph)))
    else:
        print(render(graph, args.format), end="" if args.format == "dot" else "\n")
    return 0


# -- people ------------------------------------------------------------------------------


def add_people(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "people",
        help="list the people cables name, or the cables of one person",
        description="The index of people named in Classified By lines, signatures and titled "
        "mentions ('DFM Losyukov', 'Ambassador William J. Burns'). Without NAME, the people "
        "named in most cables; with NAME (a surname, a full name or a key such as "
        "burns-william), that person's cables, or the people whose name matches. Search "
        "with `cablebase search person:NAME`.",
    )
    p.add_argument("name", nargs="?", metavar="NAME", help="a surname, full name or key")
    p.add_argument(
        "--limit", type=int, default=50, metavar="N", help="people to list (default: 50)"
    )
    p.add_argument(
        "--cables",
        type=int,
        default=None,
        metavar="N",
        help="list only the first N cables of a person (default: all)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_people)
    return p


def _people_lines(people: list[Person]) -> list[str]:
    return [
        f"{num(p.cables):>7}  {p.name}  ({p.key})"
        + (f"  {', '.join(p.titles[:3])}" if p.titles else "")
        for p in people
    ]


def _record_lines(record: PersonRecord) -> list[str]:
    p = record.person
    lines = [f"{p.name} ({p.key})", f"  titles: {', '.join(p.titles) or '-'}"]
    lines.append(f"  {num(p.cables)} cables, {num(p.mentions)} mentions ({', '.join(p.roles)})")
    for a in record.appearances:
        roles = ",".join(a.roles)
        lines.append(f"  {a.ref_id:<20} {(a.created or '')[:10]:<10} {roles:<24} {a.subject or ''}")
    hidden = p.cables - len(record.appearances)
    if hidden > 0:
        lines.append(f"  and {num(hidden)} more cables (--cables N lists more)")
    return lines


def cmd_people(args: argparse.Namespace) -> int:
    with Archive.open(args.db) as archive:
        if archive.people_outdated():
            say("cablebase: indexing the people named in the cables ...")
            archive.update_people()
        matches = archive.people(args.name, limit=args.limit)
        record = archive.person(args.name, limit=args.cables) if args.name else None
    # "Burns" lists every Burns; a key as typed ("burns", "burns-william") or a name only one
    # person has gives that person's cables.
    if record is not None and (len(matches) <= 1 or args.name == record.person.key):
        print(
            json.dumps(record.to_json(), ensure_ascii=False, indent=2)
            if args.json
            else "\n".join(_record_lines(record))
        )
        return 0
    if args.json:
        print(json.dumps({"people": [p.to_json() for p in matches]}, ensure_ascii=False, indent=2))
    elif matches:
        print("\n".join(_people_lines(matches)))
        if args.name:
            print("(`cablebase people KEY` lists the cables of one of them)")
    if not matches and args.name:
        say(f"cablebase: nobody named {args.name!r} in {archive.path}")
        return 1
    return 0
