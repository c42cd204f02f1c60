"""People in cables: names, titled mentions, classifiers and signers, on made-up text, the
seed cables and real dev cables."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from cablebase.archive import parse
from cablebase.connections.names import name_key, parse_name, person_key, slug
from cablebase.connections.people import (
    mentions,
    people_in,
    query_term,
    search_terms,
)
from cablebase.model import Cable, ClassifiedBy, cable_from_json
from tests.shared_data import shared_path

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def people(cable: Cable) -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...], int]]:
    return {p.key: (p.name, p.titles, p.roles, p.mentions) for p in people_in(cable)}


# -- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "full", "surname", "given", "key"),
    [
        ("William J. Burns", "William J. Burns", "Burns", "William", "burns-william"),
        ("KATHLEEN M. FITZPATRICK", "Kathleen M. Fitzpatrick", "Fitzpatrick", "Kathleen", None),
        ("J. Robert Manzanares", "J. Robert Manzanares", "Manzanares", "Robert", None),
        ("LOSYUKOV", "Losyukov", "Losyukov", None, "losyukov"),
        ("Dominique de Villepin", "Dominique de Villepin", "de Villepin", "Dominique", None),
        ("Martin Luther King Jr.", "Martin Luther King", "King", "Martin", "king-martin"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "Erdoğan", "Recep", "erdogan-recep"),
        ("O'BRIEN", "O'Brien", "O'Brien", None, "o-brien"),
    ],
)
def test_parse_name(
    written: str, full: str, surname: str, given: str | None, key: str | None
) -> None:
    name = parse_name(written)
    assert name is not None
    assert (name.full, name.surname, name.given) == (full, surname, given)
    if key is not None:
        assert name.key == key


def test_what_is_not_a_name() -> None:
    assert parse_name("") is None
    assert parse_name("J.") is None
    assert parse_name("the embassy") is None
    assert name_key("a b") is None


def test_keys_fold_case_and_accents() -> None:
    assert slug("Ki-moon") == "ki-moon" and slug("Müller") == "muller"
    assert person_key("Burns", "William") == "burns-william" == name_key("WILLIAM BURNS")
    assert query_term("Losyukov") == "losyukov"
    assert query_term("William J. Burns") == "burns-william"
    assert query_term("burns-william") == "burns-william"


# -- mentions in made-up cables -----------------------------------------------------------


def _cable(body: str, **fields: object) -> Cable:
    return Cable(ref_id="08MOSCOW1", body=body, **fields)  # type: ignore[arg-type]


def test_titled_mentions_and_later_bare_surnames() -> None:
    cable = _cable(
        "1. (C) DFM Losyukov met Foreign Minister Sergey Lavrov's deputy. Losyukov said the\n"
        "GOR would wait. President Putin agreed; Lavrov did not. Mr. Smith left.\n"
    )
    found = people(cable)
    assert found["losyukov"] == ("Losyukov", ("DFM",), ("mention",), 2)
    assert found["lavrov-sergey"] == ("Sergey Lavrov", ("Foreign Minister",), ("mention",), 2)
    assert found["putin"][:2] == ("Putin", ("President",))
    assert found["smith"][1] == ()  # an honorific is no title
    first = next(m for m in mentions(cable) if m.key == "losyukov")
    assert cable.body[first.start : first.end] == "Losyukov"  # type: ignore[misc]
    assert (first.title, first.field) == ("DFM", "body")


def test_generic_titles_and_words_after_titles_are_no_names() -> None:
    cable = _cable(
        "The Ambassador February 14 met the President. The DFM said that the\n"
        "Minister Counselor and the Prime Minister's Office agreed. Ambassador XXXXXXXXXXXX\n"
        "told the Ambassador Russia would wait. We met at 3 PM Tuesday.\n"
    )
    assert people(cable) == {}


def test_the_classified_by_official_signs_and_is_resolved_by_surname() -> None:
    cable = _cable(
        "Classified By: Ambassador William J. Burns. Reasons 1.4 (B/D).\n\n"
        "1. (C) Burns met DFM Losyukov.\nBURNS\n",
        classified_by=ClassifiedBy(
            "Ambassador William J. Burns. Reasons 1.4 (B/D).",
            ("William J. Burns",),
            "Ambassador",
            ("1.4(b)", "1.4(d)"),
        ),
        signers=("BURNS",),
    )
    found = people(cable)
    name, titles, roles, count = found["burns-william"]
    assert (name, titles, roles) == (
        "William J. Burns",
        ("Ambassador",),
        ("classified-by", "signer", "mention"),
    )
    # Classified By once (not again from the body's copy of that line), "Burns met", the signature.
    assert count == 3
    assert "burns" not in found
    signer = next(m for m in mentions(cable) if m.role == "signer")
    assert cable.body[signer.start : signer.end] == "BURNS"  # type: ignore[misc]


def test_text_in_capitals_keeps_names_short() -> None:
    cable = _cable(
        "AMBASSADOR SOBEL PRESENTS CREDENTIALS. FOREIGN MINISTER LAVROV TOLD THE\n"
        "PRESIDENT HAMID KARZAI THAT GENERAL TERMS WERE AGREED.\n",
        subject="DFM LOSYUKOV ON IRAN, PAKISTAN",
    )
    assert set(people(cable)) == {"sobel", "lavrov", "karzai-hamid", "losyukov"}
    subject = next(m for m in mentions(cable) if m.key == "losyukov")
    assert (subject.field, subject.written, subject.title) == ("subject", "LOSYUKOV", "DFM")


def test_search_terms_hold_keys_and_name_words() -> None:
    cable = _cable("1. (C) Foreign Minister Sergey Lavrov and DFM Ryabkov met.")
    assert search_terms(cable) == ["lavrov", "lavrov-sergey", "ryabkov", "sergey"]


# -- the seeds and real dev cables --------------------------------------------------------


def _seed(prefix: str) -> Cable:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not available: {SEEDS} (sibling checkout ../shared is absent)")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (record,) = [r for r in parse([str(path)]) if isinstance(r, dict)]
    return cable_from_json(record)


@pytest.mark.shared_data
def test_seed_08moscow434_names_losyukov_and_burns() -> None:
    cable = _seed("003")
    assert cable.ref_id == "08MOSCOW434"
    found = people(cable)
    name, titles, roles, count = found["losyukov"]
    assert (name, titles, roles) == ("Losyukov", ("DFM",), ("mention",))
    assert count >= 20  # DFM Losyukov twice, then "Losyukov" alone throughout
    # Classified By and the signature; the body says "the Ambassador", never his name.
    assert found["burns-william"][2] == ("classified-by", "signer")
    assert {"komura", "fukuda", "zubkov", "hill"} <= set(found)
    assert "person" not in " ".join(found)  # no stray words


@pytest.mark.shared_data
def test_seed_07moscow4420_names_musharraf_and_the_classifier() -> None:
    cable = _seed("000")
    found = people(cable)
    assert found["musharraf"][1] == ("President",)
    assert found["wells-alice"][2] == ("classified-by",)
    assert found["burns"][2] == ("signer",)  # no given name anywhere in this cable


def _dev_cable(tmp_path: Path, member: str) -> Cable:
    pages = shared_path("wikileaks-2010", "pages.tar.gz")
    with tarfile.open(pages) as tar:
        data = tar.extractfile(member)
        assert data is not None
        target = tmp_path / Path(member).name
        target.write_bytes(data.read())
    (record,) = [r for r in parse([str(target)]) if isinstance(r, dict)]
    return cable_from_json(record)


@pytest.mark.shared_data
def test_dev_cable_09moscow1111_lavrov_and_the_codel(tmp_path: Path) -> None:
    found = people(_dev_cable(tmp_path, "public/cable/2009/04/09MOSCOW1111.html"))
    assert found["lavrov-sergey"][1] == ("FM", "Foreign Minister")
    assert found["lavrov-sergey"][3] >= 20
    assert found["ryabkov-sergey"][1] == ("DFM",)
    assert found["levin"][1] == ("Senator",)
    assert found["beyrle-john"][2] == ("classified-by", "signer")


@pytest.mark.shared_data
def test_dev_cable_06moscow5645_burns(tmp_path: Path) -> None:
    found = people(_dev_cable(tmp_path, "public/cable/2006/05/06MOSCOW5645.html"))
    assert found["burns-william"][:3] == (
        "William J. Burns",
        ("Ambassador",),
        ("classified-by", "signer"),
    )
    assert {"putin", "alkhanov", "kanokov", "romanov-anatoliy"} <= set(found)
