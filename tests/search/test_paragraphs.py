"""The text scan that decides most paragraphs agrees with analysing every paragraph."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cablebase.model import Paragraph
from cablebase.search.index import text_analyzer, word_analyzer
from cablebase.search.paragraphs import matched_paragraphs
from cablebase.search.query_ast import Phrase, Term

WORDS = [
    "negotiations", "negotiate", "negotiated", "Négociations", "nuclear", "NUCLEAR", "weapons",
    "weapon", "terror", "terrorism", "counter-terrorism", "café", "cafe", "cafe\u0301",
    "Gazprom", "gazprom's", "happy", "happiness", "x_nuclear", "nuclear1", "Müller", "muller",
    "the", "of", "Pakistan", "Pakistani", "1.4(b)", "(C)", "PREL",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", ", ", "-", ". ", "/", "_"]


def analyse_everything(paragraphs: list[Paragraph], terms: list[Term | Phrase]) -> tuple[int, ...]:
    """The plain definition: analyse each paragraph, compare tokens with the query's."""
    stem, words = text_analyzer(), word_analyzer()
    found = []
    for p in paragraphs:
        stems, plain = stem.analyze(p.text), words.analyze(p.text)
        for term in terms:
            if isinstance(term, Term) and term.prefix:
                prefix = words.analyze(term.text)
                if prefix and any(w.startswith(prefix[-1]) for w in plain):
                    break
                continue
            wanted = stem.analyze(term.text if isinstance(term, Term) else " ".join(term.words))
            n = len(wanted)
            if wanted and any(stems[i : i + n] == wanted for i in range(len(stems) - n + 1)):
                break
        else:
            continue
        found.append(p.number)
    return tuple(found)


texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=0, max_size=12
).map(lambda pairs: "".join(w + s for w, s in pairs))
term = st.one_of(
    st.builds(Term, st.sampled_from(WORDS)),
    st.builds(
        Term, st.sampled_from(["negot", "terror", "caf", "nucl", "müll", "pak"]), st.just(True)
    ),
    st.builds(Phrase, st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(tuple)),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(texts, min_size=1, max_size=5), st.lists(term, min_size=1, max_size=3))
def test_scan_agrees_with_analysing_every_paragraph(
    texts_: list[str], terms: list[Term | Phrase]
) -> None:
    paragraphs = [Paragraph(number=i + 1, text=t) for i, t in enumerate(texts_)]
    assert matched_paragraphs(paragraphs, terms) == analyse_everything(paragraphs, terms)


def test_forms_of_a_word_accents_and_prefixes() -> None:
    paragraphs = [
        Paragraph(number=1, text="The sides will negotiate next week."),
        Paragraph(number=2, text="Négociations with Gazprom stalled."),
        Paragraph(number=3, text="Counter-terrorism cooperation."),
        Paragraph(number=4, text="Nothing here."),
    ]
    assert matched_paragraphs(paragraphs, [Term("negotiations")]) == (1,)
    assert matched_paragraphs(paragraphs, [Term("negociations")]) == (2,)
    assert matched_paragraphs(paragraphs, [Term("terror", prefix=True)]) == (3,)
    assert matched_paragraphs(paragraphs, [Phrase(("with", "gazprom"))]) == (2,)
    assert matched_paragraphs(paragraphs, [Term("absent")]) == ()
