"""The routing header (ACP-127 format lines 1-9): transmission ID, relays, DE line, security
warning, date-time group, FM, TO, INFO and XMT exclusions."""

from __future__ import annotations

from dataclasses import dataclass

from cablebase.model import Recipient
from cablebase.telegram import patterns as p

_PROSIGNS = frozenset(("ZZ", "OO", "PP", "RR"))
_PRECEDENCE_WORDS = {
    "NIACT IMMEDIATE": "NIACT IMMEDIATE",
    "IMMEDIATE": "IMMEDIATE",
    "PRIORITY": "PRIORITY",
    "ROUTINE": "ROUTINE",
    "FLASH": "FLASH",
}


@dataclass(frozen=True, slots=True)
class Routing:
    transmission_id: str | None = None
    relays: tuple[str, ...] = ()
    station: str | None = None  # routing indicator of the originating station (DE line)
    station_serial: str | None = None
    section: int | None = None
    security_level: str | None = None  # U, C, S, T, E from `ZNY CCCCC`
    dtg_line: str | None = None
    from_: str | None = None
    to: tuple[Recipient, ...] = ()
    info: tuple[Recipient, ...] = ()


def _address(text: str) -> Recipient | None:
    text = " ".join(text.split()).strip(" ,")
    if not text:
        return None
    m = p.ADDRESS.match(text)
    if not m:
        return Recipient(name=text)
    name = m.group("name").strip()
    # Office symbols between double slashes belong to the addressee: `MACDILL AFB FL//CCJ2//`.
    name = name.rstrip("/").strip()
    prec = m.group("prec")
    return Recipient(
        name=name,
        route=m.group("route"),
        precedence=_PRECEDENCE_WORDS.get(" ".join(prec.split())) if prec else None,
        mcn=m.group("mcn"),
    )


def _with_exclusion(recipients: list[Recipient], excluded: str) -> None:
    if not recipients:
        return
    last = recipients[-1]
    recipients[-1] = Recipient(
        name=last.name,
        route=last.route,
        precedence=last.precedence,
        mcn=last.mcn,
        excluded=(*last.excluded, " ".join(excluded.split())),
    )


def parse_routing(lines: list[str]) -> Routing:
    """Read the routing header lines (before the classification banner). Unknown lines are
    skipped: internal distribution blocks and page-break lines are noise here."""
    transmission_id: str | None = None
    relays: list[str] = []
    station = serial = None
    section: int | None = None
    level: str | None = None
    dtg_line: str | None = None
    from_: str | None = None
    to: list[Recipient] = []
    info: list[Recipient] = []
    target: list[Recipient] | None = None
    in_relays = False
    for raw in lines:
        line = raw.strip()
        if not line:
            in_relays = False
            continue
        head = line[:2]
        if head == "VZ" and (m := p.TRANSMISSION_ID.match(line)):
            transmission_id = transmission_id or m.group(1)
            continue
        if head in _PROSIGNS and not relays and p.PROSIGN_LINE.match(line):
            relays.extend(line.split()[1:])
            in_relays = True
            continue
        if in_relays and p.RELAY_CONTINUATION.match(line):
            relays.extend(line.split())
            continue
        in_relays = False
        if head == "DE" and (m := p.DE_LINE.match(line)):
            station, serial = m.group(1), m.group(2)
            section = int(m.group(3)) if m.group(3) else None
            continue
        if head == "ZN" and (m := p.SECURITY_LINE.match(line)):
            level = m.group(1)
            continue
        if p.DTG_LINE.match(line) and dtg_line is None:
            dtg_line = line
            target = None
            continue
        if (m := p.FROM_LINE.match(line)) and from_ is None:
            from_ = " ".join(m.group(1).split())
            target = None
            continue
        if m := p.TO_LINE.match(line):
            target = to
            line = m.group(1)
        elif (m := p.INFO_LINE.match(line)) and not p.DISTRIBUTION_NOISE.match(line):
            target = info
            line = m.group(1)
        elif m := p.XMT_LINE.match(line):
            if target is not None:
                _with_exclusion(target, m.group(1))
            continue
        elif p.PAGE_BREAK.match(line) or p.DISTRIBUTION_NOISE.match(line) or p.BT_LINE.match(line):
            continue
        if p.OLD_PAGE_HEADER.match(line) or line.startswith("PAGE "):
            continue  # `TO PAGE 02 STATE 015113 182333Z`: a page header where the first TO was
        if target is not None and (address := _address(line)):
            target.append(address)
    return Routing(
        transmission_id=transmission_id,
        relays=tuple(relays),
        station=station,
        station_serial=serial,
        section=section,
        security_level=level,
        dtg_line=dtg_line,
        from_=from_,
        to=tuple(to),
        info=tuple(info),
    )
