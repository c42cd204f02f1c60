"""The routing header (ACP-127 format lines 1-9): transmission ID, relays, DE line, security
warning, date-time group, FM, TO, INFO and XMT exclusions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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


# Pure, and called again and again with the same text across an archive (the same TAGS line,
# official, post or address): cached.
@lru_cache(maxsize=8192)
def _address(text: str) -> Recipient | None:
    """`[RI/]PLAD[ PRECEDENCE][ NNNN[-NNNN]]`, read with string operations: this runs on every
    address line of every cable, and a regex with optional parts is several times slower."""
    words = text.replace(",", " ").split()
    if not words:
        return None
    route = None
    first = words[0]
    slash = first.find("/")
    if 3 <= slash <= 8 and first[:slash].isalpha() and first[:slash].isupper():
        route = first[:slash]
        rest = first[slash + 1 :]
        words = [rest, *words[1:]] if rest else words[1:]
    mcn = None
    if len(words) > 1 and _is_mcn(words[-1]):
        mcn = words.pop()
    precedence = None
    if len(words) > 1 and words[-1] in _PRECEDENCE_WORDS:
        precedence = words.pop()
        if precedence == "IMMEDIATE" and len(words) > 1 and words[-1] == "NIACT":
            words.pop()
            precedence = "NIACT IMMEDIATE"
    # Office symbols between double slashes belong to the addressee: `MACDILL AFB FL//CCJ2//`.
    name = " ".join(words).rstrip("/").strip()
    if not name:
        return None
    return Recipient(name=name, route=route, precedence=precedence, mcn=mcn)


def _is_mcn(word: str) -> bool:
    if len(word) == 4:
        return word.isdigit()
    return len(word) == 9 and word[4] == "-" and word[:4].isdigit() and word[5:].isdigit()


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


def _is_noise(line: str) -> bool:
    if line[-1:].isdigit() and " OF " in line and p.PAGE_BREAK.match(line):
        return True
    if len(line) <= 4 and p.BT_LINE.match(line):
        return True
    return "-" in line and bool(p.DISTRIBUTION_NOISE.match(line))


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
        # Cheap tests on the first characters keep the common address lines off the patterns.
        if dtg_line is None and "Z " in line and p.DTG_LINE.match(line):
            dtg_line = line
            target = None
            continue
        if head == "FM" and from_ is None and (m := p.FROM_LINE.match(line)):
            from_ = " ".join(m.group(1).split())
            target = None
            continue
        if head == "TO" and (m := p.TO_LINE.match(line)):
            target = to
            line = m.group(1)
        elif (
            head == "IN" and (m := p.INFO_LINE.match(line)) and not p.DISTRIBUTION_NOISE.match(line)
        ):
            target = info
            line = m.group(1)
            if line.startswith("XMT "):
                continue  # `INFO XMT ...`: an exclusion with nothing to exclude it from
        elif head == "XM" and (m := p.XMT_LINE.match(line)):
            if target is not None:
                _with_exclusion(target, m.group(1))
            continue
        elif _is_noise(line):
            continue
        if line.startswith("PAGE "):
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
