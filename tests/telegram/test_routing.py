from cablebase.model import Recipient
from cablebase.telegram.routing import parse_routing

XRO_HEADER = """VZCZCXRO1454
PP RUEHBI RUEHCI RUEHDBU RUEHFL RUEHKW RUEHLA RUEHLH RUEHNP RUEHPW
RUEHROV RUEHSR
DE RUEHTA #0478/01 0760804
ZNY CCCCC ZZH
P 170804Z MAR 09
FM AMEMBASSY ASTANA
TO RUEHC/SECSTATE WASHDC PRIORITY 4928
INFO RUCNCLS/ALL SOUTH AND CENTRAL ASIA COLLECTIVE PRIORITY
RUCNCIS/CIS COLLECTIVE PRIORITY 1369
RHMFISS/CDR USCENTCOM MACDILL AFB FL PRIORITY
RUCNDT/USMISSION USUN NEW YORK PRIORITY 2211"""


def test_full_acp127_header() -> None:
    r = parse_routing(XRO_HEADER.split("\n"))
    assert r.transmission_id == "VZCZCXRO1454"
    assert r.relays[0] == "RUEHBI" and r.relays[-1] == "RUEHSR" and len(r.relays) == 11
    assert (r.station, r.station_serial, r.section) == ("RUEHTA", "0478", 1)
    assert r.security_level == "C"
    assert r.dtg_line == "P 170804Z MAR 09"
    assert r.from_ == "AMEMBASSY ASTANA"
    assert r.to == (Recipient("SECSTATE WASHDC", "RUEHC", "PRIORITY", "4928"),)
    assert [x.name for x in r.info] == [
        "ALL SOUTH AND CENTRAL ASIA COLLECTIVE",
        "CIS COLLECTIVE",
        "CDR USCENTCOM MACDILL AFB FL",
        "USMISSION USUN NEW YORK",
    ]
    assert r.info[1].mcn == "1369" and r.info[1].route == "RUCNCIS"
    assert r.info[2].mcn is None and r.info[2].precedence == "PRIORITY"


def test_old_header_without_routing_indicators() -> None:
    lines = [
        "P R 281848Z DEC 66",
        "FM AMEMBASSY BUENOS AIRES",
        "TO SECSTATE WASHDC PRIORITY",
        "INFO USCINCSO",
        "CINCLANT",
        "AMEMBASSY RIO DE JANEIRO",
        "STATE GRNC",
    ]
    r = parse_routing(lines)
    assert r.transmission_id is None
    assert r.dtg_line == "P R 281848Z DEC 66"
    assert r.to == (Recipient("SECSTATE WASHDC", None, "PRIORITY", None),)
    assert [x.name for x in r.info] == [
        "USCINCSO",
        "CINCLANT",
        "AMEMBASSY RIO DE JANEIRO",
        "STATE GRNC",
    ]


def test_exclusions_niact_and_page_breaks_inside_header() -> None:
    lines = [
        "O 010101Z JAN 09",
        "FM SECSTATE WASHDC",
        "TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE IMMEDIATE",
        "XMT AMCONSUL JOHANNESBURG",
        "STATE 00000123  002 OF 003",
        "ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279",
        "INFO RUEAIIA/CIA WASHINGTON DC//",
    ]
    r = parse_routing(lines)
    assert r.to[0].excluded == ("AMCONSUL JOHANNESBURG",)
    assert r.to[1] == Recipient("AMEMBASSY BELMOPAN", "ZEN", "NIACT IMMEDIATE", "2276-2279")
    assert len(r.to) == 2
    assert r.info[0].name == "CIA WASHINGTON DC" and r.info[0].route == "RUEAIIA"
