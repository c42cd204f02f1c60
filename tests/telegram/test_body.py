import pytest

from cablebase.telegram import body as b


def test_rejoins_a_word_broken_by_scraping() -> None:
    lines = [
        "the political situation is",
        "did not speculate about the",
        "politic",
        "al prospects of either",
    ]
    out, repairs = b.rejoin_broken_words(list(lines))
    assert repairs == 1
    assert out == [
        "the political situation is",
        "did not speculate about the",
        "political",
        "prospects of either",
    ]


def test_does_not_join_fragments_that_are_words_elsewhere() -> None:
    lines = ["the man said it was", "important", "ant colonies and the", "mortant word"]
    out, repairs = b.rejoin_broken_words(list(lines))
    assert repairs == 0 and out == lines


def test_does_not_join_two_real_words() -> None:
    lines = ["we met the", "al qaeda leaders in", "and the", "man left"]
    out, repairs = b.rejoin_broken_words(list(lines))
    assert repairs == 0 and out == lines


def test_clean_lines_drops_page_breaks_and_stray_sipdis() -> None:
    lines = [
        "text goes",
        "MOSCOW 00004420  002 OF 002",
        "on here",
        "SIPDIS",
        "BUENOS AIR 00000123 001.2 OF 003",
    ]
    assert b.clean_lines(lines, set()) == ["text goes", "on here"]


PARAS = """1. (C) Summary:  Russia seeks a stable Pakistan. End summary.

Russia Favors the Predictable Musharraf
---------------------------------------

2. (C) Russia's primary concern is control:
   1. first listed item
   2. second listed item
3.(S/NF) Third paragraph in 2005.
2005. Not a paragraph.
5. (C) A paragraph after a removed one.

Burns"""


def test_paragraph_numbers_markings_and_signature() -> None:
    lines = PARAS.split("\n")
    signers, at = b.find_signature(lines)
    assert signers == ("BURNS",)
    paras = b.extract_paragraphs("\n".join(lines[:at]))
    assert [(p.number, p.marking) for p in paras] == [(1, "C"), (2, "C"), (3, "S/NF"), (5, "C")]
    assert "Russia Favors the Predictable Musharraf" in paras[0].text
    assert "first listed item" in paras[1].text
    assert paras[2].text.startswith("Third paragraph") and "2005. Not a paragraph." in paras[2].text
    assert not paras[3].text.endswith("Burns")


@pytest.mark.parametrize(
    ("last_lines", "expected"),
    [
        (["text.", "", "KUBISKE KUBISKE"], ("KUBISKE",)),
        (["text.", "TIMKEN JR"], ("TIMKEN JR",)),
        (["text.", "", "CLINTON", "", "NNNN"], ("CLINTON",)),
        (
            ["Visit London's Classified Website: http://www.intelink.sgov.gov/wiki/x TUTTLE"],
            ("TUTTLE",),
        ),
        (["5. (C) The last paragraph ends without a signer."], ()),
        (["text.", "END SUMMARY"], ()),
    ],
)
def test_signature_shapes(last_lines: list[str], expected: tuple[str, ...]) -> None:
    assert b.find_signature(last_lines)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1. (C) Summary:  Russia seeks a stable Pakistan.  End summary.\n\n2. (C) More.",
            "Russia seeks a stable Pakistan.",
        ),
        (
            "1. (SBU) SUMMARY. The GOB had a bad month.\n\n2. (SBU) More text.",
            "The GOB had a bad month.",
        ),
        ("1. (C) The GOR wants calm.  End Summary.\n2. (C) x", "The GOR wants calm."),
        ("1. (C) No summary in this cable.", None),
    ],
)
def test_summary(text: str, expected: str | None) -> None:
    assert b.extract_summary(text) == expected


def test_blank_line_inserted_inside_a_sentence_is_closed() -> None:
    text = (
        "1. (C) Losyukov said he hoped the Year of Russia in\n\nIndia in 2008 would help.\n\n"
        "Short heading\n\nNext part."
    )
    (para,) = b.extract_paragraphs(text)
    assert para.text == (
        "Losyukov said he hoped the Year of Russia in India in 2008 would help.\n\n"
        "Short heading\n\nNext part."
    )
