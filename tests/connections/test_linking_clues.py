"""The clues an article gives: places in any language, names, quotations, dates."""

from __future__ import annotations

import re

import pytest

from cablebase.connections.clues import (
    article_clues,
    find_names,
    find_quotes,
    name_forms,
)
from cablebase.connections.dates import find_dates
from cablebase.connections.places import find_places, fold, table_entries, transliterate
from cablebase.model import Article

_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


def _places(text: str) -> dict[str, int]:
    return {place.name: n for place, n in find_places(text).items()}


@pytest.mark.parametrize(
    "text",
    [
        "A Rússia assinou o acordo",  # Portuguese
        "Rusia firmó el acuerdo",  # Spanish
        "Ryssland skrev under avtalet",  # Swedish
        "La Russie a signé",  # French
        "Россия подписала соглашение",  # Russian
        "В России говорят",  # Russian, inflected
        "وقعت روسيا الاتفاق",  # Arabic
        "Russia signed",  # English
    ],
)
def test_russia_in_every_language(text: str) -> None:
    assert _places(text) == {"Russia": 1}


def test_places_multiword_prefixes_and_counts() -> None:
    assert _places("a Coreia do Norte e a Coreia do Norte") == {"North Korea": 2}
    assert _places("o governo brasileiro e o Brasil") == {"Brazil": 2}
    # al-Qaeda is one mention, not also a second one of its last word.
    assert _places("the LTTE and al-Qaeda") == {"Tamil Tigers": 1, "Al-Qaida": 1}
    # Arabic glues "and" to the next word.
    assert _places("وباكستان") == {"Pakistan": 1}


def test_place_carries_the_words_and_posts_cables_use() -> None:
    (place,) = find_places("Suécia")
    assert place.name == "Sweden"
    assert "swedish" in place.words and place.posts == ("STOCKHOLM",)


def test_no_places_in_ordinary_words() -> None:
    assert _places("The Russell group met in Livingston with Chinchilla farmers") == {}


def test_fold_and_transliterate() -> None:
    assert fold("São Paulo ÉTÉ") == "sao paulo ete"
    assert fold("Лосюков") == "лосюков"
    assert transliterate("Лавров и Лосюков, Евгений Примаков") == (
        "Lavrov i Losyukov, Yevgeniy Primakov"
    )
    assert transliterate("Jobim") == "Jobim"


def test_names_are_runs_of_capitalised_words() -> None:
    text = (
        "President Vladimir Putin met Lula. Later Putin said that Luiz Inácio Lula da Silva and "
        "Lula were friends later. Putin left. Michael Wood and Tolgfors talked. Tolgfors agreed."
    )
    names = {n.text: n.count for n in find_names(text)}
    assert names["Luiz Inácio Lula da Silva"] == 3  # "Lula" counts for the full name
    assert names["Vladimir Putin"] == 3
    assert names["Michael Wood"] == 1
    assert names["Tolgfors"] == 2
    # Sentence-initial ordinary words are not names, nor part of one.
    assert not any("Later" in n or "President" in n for n in names)
    assert "Putin" not in names


def test_russian_names_are_transliterated_and_their_cases_merged() -> None:
    names = find_names("Министр Сергей Лавров встретился с Лавровым. Затем Лаврова ждали.")
    (lavrov,) = names
    assert lavrov.text == "Sergey Lavrov"
    assert lavrov.words == ("sergey", "lavrov")
    assert lavrov.source == "Сергей Лавров"
    assert lavrov.count >= 2


def test_name_forms_strip_russian_case_endings() -> None:
    assert name_forms("losyukovym") == ["losyukovym", "losyukov"]
    assert name_forms("lavrova")[-1] == "lavrov"
    assert name_forms("jobim") == ["jobim"]


def test_quotes_in_every_style() -> None:
    text = (
        "He said “the embargo on wine is political and must end” yesterday.\n"
        "Han sa ”Sverige förpassar neutraliteten till historiens soptunna” igår.\n"
        "Il a dit « la France ne changera pas sa position sur ce point ».\n"
        'A short "two words" quote is not kept.'
    )
    quotes = find_quotes(text)
    assert quotes == [
        "the embargo on wine is political and must end",
        "Sverige förpassar neutraliteten till historiens soptunna",
        "la France ne changera pas sa position sur ce point",
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The cable, dated 15 January 2010, says", "en", (2010, 1, 15)),
        ("on January 15, 2010 the", "en", (2010, 1, 15)),
        ("em 21 de outubro de 2009, o", "pt", (2009, 10, 21)),
        ("el 3 de marzo de 2008", "es", (2008, 3, 3)),
        ("le 4 mai 2007", "fr", (2007, 5, 4)),
        ("15 января 2010 года", "ru", (2010, 1, 15)),
        ("في 15 يناير ٢٠١٠", "ar", (2010, 1, 15)),
        ("CLIQUE AQUI - 7/20/2009", "pt", (2009, 7, 20)),  # only one reading is a date
        ("i ett telegram den 3/11 2008", "sv", (2008, 11, 3)),  # day first
        ("see 7/11/2008", "en", (2008, 7, 11)),  # month first in English
        ("2009-07-20", "en", (2009, 7, 20)),
    ],
)
def test_dates(text: str, language: str, expected: tuple[int, int, int]) -> None:
    (mention,) = find_dates(text, None, language)
    assert (mention.year, mention.month, mention.day) == expected


def test_dates_without_year_or_day() -> None:
    found = find_dates("I maj 2007 ska han resa. Den 4 maj är mötet.", "2010-12-02", "sv")
    assert [(d.year, d.month, d.day) for d in found] == [(2007, 5, None), (2007, 5, 4)]
    # No year written before: the publication year.
    (late,) = find_dates("Em 5 de janeiro, o ministro", "2010-12-05", "pt")
    assert (late.year, late.month, late.day) == (2010, 1, 5)
    # No such day: only the month is left.
    (month,) = find_dates("31 de fevereiro de 2009", None, "pt")
    assert (month.year, month.month, month.day) == (2009, 2, None)
    assert find_dates("at 15.26 and 3/4 of them", None, "en") == []


def test_article_clues_leave_out_ids_and_places_as_names() -> None:
    article = Article(
        "Russia and Pakistan",
        "Russia and Pakistan met (see cable 07MOSCOW4420). Ruslan Pukhov said so.",
    )
    clues = article_clues(article)
    assert [n.text for n in clues.names] == ["Ruslan Pukhov"]
    assert {p.name for p in clues.places} == {"Russia", "Pakistan"}
    assert "07MOSCOW4420" not in clues.text


def _table_variants() -> list[tuple[str, str]]:
    return [
        (name, variant)
        for name, _, _, variants in table_entries()
        for variant in variants.split(";")
        if variant.strip()
    ]


def test_every_name_in_the_place_table_finds_its_place() -> None:
    wrong = []
    for name, variant in _table_variants():
        # A prefix stands for its inflected forms: try one.
        written = variant.replace("*", "ов") if _CYRILLIC_RE.search(variant) else variant
        written = written.replace("*", "os")
        found = [p.name for p in find_places(f"… {written} …")]
        if found != [name]:
            wrong.append((name, variant, found))
    assert wrong == []


def test_place_table_entries_are_complete() -> None:
    entries = table_entries()
    assert len(entries) > 120
    names = [name for name, _, _, _ in entries]
    assert len(names) == len(set(names))
    for name, words, posts, variants in entries:
        assert words, name
        assert all(p.isupper() and " " not in p for p in posts.split()), name
        assert variants, name


def test_transliteration_covers_the_alphabet() -> None:
    latin = transliterate("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    assert latin.isascii()
    assert latin == "abvgdeezhziyklmnoprstufkhtschshshchyeyuya"
