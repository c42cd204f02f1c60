from __future__ import annotations

import pytest

from cablebase.formats import FORMATS, by_name, detect, explain_no_format

from .formatkit import SHARED_SEEDS, raw_of

PROSE = (
    "The minister said on Monday that the talks would resume next week, and that both sides "
    "had agreed to keep the details private until then.\n\n"
) * 3


def test_registry_names_are_unique_and_known() -> None:
    names = [f.NAME for f in FORMATS]
    assert len(set(names)) == len(names) == 6
    assert by_name("repost").NAME == "repost"
    with pytest.raises(KeyError):
        by_name("nope")


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03" * 50, "binary"),
        (b"hi", "too short"),
        (b"<html><body><div>menu</div><p>short</p></body></html>", "HTML page"),
        (b"just a few words of text that is not a cable at all, nor prose", "plain text"),
    ],
)
def test_explain_no_format(data: bytes, phrase: str) -> None:
    raw = raw_of(data)
    assert detect(raw) is None
    assert phrase in explain_no_format(raw)


def test_prose_is_an_article_and_a_telegram_is_not() -> None:
    found = detect(raw_of("A title\n\n" + PROSE))
    assert found is not None and found[0].NAME == "article-text"
    found = detect(raw_of("VZCZCXRO2217\nPP RUEHDBU\nDE RUEHMO #4420/01 2530249\n" + PROSE))
    assert found is not None and found[0].NAME == "telegram"


@pytest.mark.shared_data
@pytest.mark.parametrize(
    ("seed", "name"),
    [
        ("000", "repost"),
        ("001", "repost"),
        ("002", "article-text"),
        ("003", "repost"),
        ("004", "repost"),
    ],
)
def test_seeds_are_detected(seed: str, name: str) -> None:
    paths = sorted(SHARED_SEEDS.glob(f"{seed}_*.txt"))
    if not paths:
        pytest.skip(f"seeds not available in {SHARED_SEEDS}")
    found = detect(raw_of(paths[0].read_bytes(), paths[0].name))
    assert found is not None
    assert name == found[0].NAME
