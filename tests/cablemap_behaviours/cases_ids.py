"""Raw reference IDs -> canonical IDs (`canonical_ref_id(raw)[0]`).

Source: cablemap.core/tests/test_c14n_id_c14n.py (its `_TEST_DATA`) and test_reader_id_c14n.py;
the "repair" cases are pairs from cablemap's MALFORMED_CABLE_IDS / INVALID_CABLE_IDS tables, which
its c14n tests run through the same canonicaliser.
"""

from __future__ import annotations

from typing import Any

from tests.cablemap_behaviours._harness import Case

CATEGORY = "ids"
SOURCE = ("test_c14n_id_c14n.py", "test_reader_id_c14n.py")

_PAIRS = (
    ("rio-short", "05RIO123", "05RIODEJANEIRO123"),
    ("rio-truncated", "05RIODEJAN123", "05RIODEJANEIRO123"),
    ("parisfr-unesco", "05PARISFR1", "05UNESCOPARISFR1"),
    ("usunesco", "05USUNESCOPARISFR1", "05UNESCOPARISFR1"),
    ("unvie", "05UNVIE1", "05UNVIEVIENNA1"),
    ("embassy-prefix-known", "05EMBASSYVIENNA1", "05VIENNA1"),
    ("embassy-prefix-unknown", "05EMBASSYBLABLA1", "05BLABLA1"),
    ("secstate", "06SECSTATE123", "06STATE123"),
    ("secdef-kept", "06SECDEF123", "06SECDEF123"),
    ("port-of-spain-hyphens", "06PORT-OF-SPAIN123", "06PORTOFSPAIN123"),
    ("port-au-prince-hyphens", "07PORT-AU-PRINCE12", "07PORTAUPRINCE12"),
    ("paup", "07PAUP12", "07PORTAUPRINCE12"),
    ("pap", "07PAP12", "07PORTAUPRINCE12"),
    ("sanjse", "07SANJSE12", "07SANJOSE12"),
    ("useu", "07USEU2", "07USEUBRUSSELS2"),
    ("usun", "07USUN2", "07USUNNEWYORK2"),
    ("halif", "08HALIF1234", "08HALIFAX1234"),
    ("kualalump", "08KUALALUMP1234", "08KUALALUMPUR1234"),
    ("riodejaniero", "08RIODEJANIERO1234", "08RIODEJANEIRO1234"),
    ("bkk", "08BKK23", "08BANGKOK23"),
    ("panana", "01PANANA12", "01PANAMA12"),
    ("wellingotn", "01WELLINGOTN12", "01WELLINGTON12"),
    ("usunny", "66USUNNY12", "66USUNNEWYORK12"),
    ("panam", "05PANAM12", "05PANAMA12"),
    ("madridsp", "03MADRIDSP1234", "03MADRID1234"),
    ("kinston", "03KINSTON1234", "03KINGSTON1234"),
    ("bishtek", "03BISHTEK1234", "03BISHKEK1234"),
    ("vat", "04VAT123", "04VATICAN123"),
    ("saopauo", "04SAOPAUO123", "04SAOPAULO123"),
    ("saopaul", "03SAOPAUL12", "03SAOPAULO12"),
    ("sectstate", "03SECTSTATE12", "03STATE12"),
    ("hague", "03HAGUE12", "03THEHAGUE12"),
    ("phnompen", "09PHNOMPEN12", "09PHNOMPENH12"),
    ("tripolii", "09TRIPOLII12", "09TRIPOLI12"),
    ("brasila", "09BRASILA12", "09BRASILIA12"),
    ("mexicocity", "09MEXICOCITY12", "09MEXICO12"),
    ("usunneyork", "09USUNNEYORK234", "09USUNNEWYORK234"),
    ("brazil", "09BRAZIL234", "09BRASILIA234"),
    ("ba", "09BA123", "09BUENOSAIRES123"),
    ("useubrussels-kept", "02USEUBRUSSELS12", "02USEUBRUSSELS12"),
    ("brussels-kept", "02BRUSSELS12", "02BRUSSELS12"),
    ("usda", "02USDA12", "02USDAFAS12"),
    ("cdcatlanta", "10CDCATLANTA12", "10CDCATLANTAGA12"),
    ("brasiia", "10BRASIIA12", "10BRASILIA12"),
    ("welllington", "10WELLLINGTON12", "10WELLINGTON12"),
    ("uscustoms", "10USCUSTOMSA12", "10USCBP12"),
    ("usdocwashdc", "10USDOCWASHDC12", "10USDOC12"),
    ("riodejanerio", "10RIODEJANERIO12", "10RIODEJANEIRO12"),
    ("sectate", "03SECTATE12", "03STATE12"),
    ("secdefwash", "03SECDEFWASH12", "03SECDEF12"),
    ("beijinjg", "09BEIJINJG12", "09BEIJING12"),
    ("brazilia", "09BRAZILIA12", "09BRASILIA12"),
    ("scopaulo", "02SCOPAULO12", "02SAOPAULO12"),
    ("taipei-ait", "02TAIPEI12", "02AITTAIPEI12"),
    ("useubruseels", "09USEUBRUSEELS1292", "09USEUBRUSSELS1292"),
    # repairs of malformed / invalid WikiLeaks IDs (cablemap's consts tables)
    ("repair-sction-banner", "08SCTION02OF02SAOPAULO335", "08SAOPAULO335"),
    ("repair-section-garbled-post", "09SECTION02OF03QRIPOLI583", "09TRIPOLI583"),
    ("repair-ection-banner", "08ECTION01OF02MANAMA492", "08MANAMA492"),
    ("repair-section-banner", "09SECTION01OF03SANJOSE525", "09SANJOSE525"),
    ("repair-section-gf-and-typo", "08SECTION01GF02BISHIEK21", "08BISHKEK1021"),
    ("repair-efto-helsinki", "09EFTOHELSINKI235", "09HELSINKI235"),
    ("repair-efto-ottawa", "07EFTOOTTAWA1217", "07OTTAWA1217"),
    ("repair-efto-london", "10EFTOLONDON16", "10LONDON16"),
    ("repair-efto-phnompenh", "08EFTOPHNOMPENH416", "08PHNOMPENH416"),
    ("repair-brailia", "06BRAILIA1079", "06BRASILIA1079"),
    ("repair-brasiia", "07BRASIIA1568", "07BRASILIA1568"),
)

_NOTES = {
    "taipei-ait": "alias choice: TAIPEI and AITTAIPEI both occur in the ID list (doc 2.2)",
    "parisfr-unesco": "alias choice: PARISFR / UNESCOPARISFR both occur (doc 2.2)",
    "repair-section-gf-and-typo": "the serial is damaged (21 for 1021): needs a table",
}

CASES: tuple[Case, ...] = tuple(
    Case(f"ids-{name}", raw, canonical, note=_NOTES.get(name, ""))
    for name, raw, canonical in _PAIRS
)


def run(case: Case) -> Any:
    from cablebase.telegram.refid import canonical_ref_id

    return canonical_ref_id(case.text)[0]
