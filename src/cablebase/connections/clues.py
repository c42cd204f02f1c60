"""What an article gives to go on when it names no cable: names, places, quotations, dates.

Pure functions over the article's text. Names are runs of capitalised words, taken in any
language (Cyrillic transliterated first, since cables spell Russian names in Latin letters);
sentence-initial words that the article also writes in lower case are ordinary words, not names.
Quotations are the passages between quotation marks, in any of the styles the languages use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cablebase.connections.dates import Mention, find_dates
from cablebase.connections.places import Place, find_places, fold, transliterate
from cablebase.connections.textterms import strip_citations
from cablebase.model import Article

MIN_QUOTE_WORDS = 5

# Capitalised words that are grammar or titles, not names, in the articles' languages.
_NOT_NAMES_TEXT = """a an the in on at of for to by from with and or but as if it its he she they
    we i you his her their our this that these those there here when while after before since
    according however also mr mrs ms dr sir lord president minister ambassador secretary
    embassy government foreign defense defence state department general prime deputy chief
    director senator former new in o a os as um uma de da do das dos em no na nos nas e é
    para por com como mas ao se segundo sobre já ele ela eles elas el la los las un una del
    y en con según pero es lo le les des du au aux et est une dans pour pas sur par il elle
    ils den det de en ett och att som är på för med har av till inte om var men han hon
    der die das und ist nicht mit ein eine auf für von zu presidente ministro embaixador
    embajador canciller chanceler secretário secretario senador deputado diputado président
    ministre ambassadeur secrétaire statsminister utrikesminister försvarsminister ambassadör
    ministr prezident posol premyer glava zamestitel gossekretar sovetnik monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december"""
NOT_NAMES = frozenset(fold(w) for w in _NOT_NAMES_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»]\s*$|^\s*$")
_QUOTE_MARKS = '"“”«»„'
# Lower-case words inside names: Lula da Silva, Ban Ki-moon's "van", Osama bin Laden.
_PARTICLE_WORDS = "da de do dos das del della di du van von der den al el bin ibn la le"
_PARTICLES = frozenset(_PARTICLE_WORDS.split())
_RUSSIAN_ENDINGS = ("ymi", "ogo", "omu", "ym", "om", "oy", "a", "u", "e")


@dataclass(frozen=True, slots=True)
class Name:
    text: str  # as the article writes it, transliterated when Cyrillic: "Michael Wood"
    words: tuple[str, ...]  # the words to look for, folded: ("michael", "wood")
    count: int
    source: str = ""  # as the article writes it, in its own script


@dataclass(frozen=True, slots=True)
class Clues:
    names: tuple[Name, ...]
    places: dict[Place, int]
    quotes: tuple[str, ...]
    dates: tuple[Mention, ...]
    text: str  # the article text without cable IDs and links, for its topical words


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@dataclass(frozen=True, slots=True)
class _Token:
    word: str  # in Latin letters
    key: str  # folded; a Russian word in its nominative
    source: str  # as written
    capital: bool  # starts with a capital letter
    initial: bool  # first word of a sentence
    joined: bool  # only spaces between it and the word before


def _nominative(word: str) -> str:
    """A transliterated Russian name without its case ending (Lavrova, Lavrovu -> lavrov), so
    that its forms count as one name."""
    forms = name_forms(word)
    return forms[1] if len(forms) > 1 else word


def _tokens(text: str) -> list[_Token]:
    out = []
    previous_end = 0
    for m in _WORD.finditer(text):
        source = m.group(0).strip(".'’-")
        word = source if source.isascii() else transliterate(source)
        key = fold(word) if word == source else _nominative(fold(word))
        joined = not text[previous_end : m.start()].strip()
        initial = bool(_SENTENCE_END.search(text[max(0, m.start() - 3) : m.start()]))
        previous_end = m.end()
        out.append(_Token(word, key, source, _is_capitalised(word), initial, joined))
    return out


def find_names(text: str) -> list[Name]:
    """Runs of capitalised words (`Mahinda Rajapaksa`, `Lula da Silva`), most named first.
    A word that starts a sentence is a name if the text also capitalises it elsewhere, or if it
    opens a name the text has nowhere else."""
    tokens = _tokens(text)
    inside = {t.key for t in tokens if t.capital and not t.initial}
    lower = {t.key for t in tokens if not t.capital}
    # Capitalised where no sentence start can explain it, nor a capitalised word just before.
    elsewhere = {
        t.key
        for before, t in zip([None, *tokens], tokens, strict=False)
        if t.capital
        and not t.initial
        and not (before and before.initial and t.joined and before.capital)
    }

    def could_be(t: _Token) -> bool:
        return t.capital and t.key not in NOT_NAMES and len(t.key) > 1

    def is_name(i: int) -> bool:
        t = tokens[i]
        if not could_be(t) or not t.initial or t.key in inside:
            return could_be(t)
        # A first name opening a sentence ("Michael Wood said ..."), unless what follows is
        # a name the text has already ("Later Putin said ...": "Later" is no first name).
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is None or not after.joined or not could_be(after):
            return False
        return t.key not in lower and after.key not in elsewhere

    runs: dict[tuple[str, ...], list[tuple[str, str]]] = {}

    def close(run: list[_Token]) -> None:
        written = (" ".join(r.word for r in run), " ".join(r.source for r in run))
        runs.setdefault(tuple(r.key for r in run), []).append(written)

    run: list[_Token] = []
    for i, t in enumerate(tokens):
        after = i + 1 < len(tokens) and tokens[i + 1].joined and is_name(i + 1)
        if run and t.joined and t.key in _PARTICLES and after:
            run.append(t)
            continue
        name = is_name(i)
        if run and (not name or not t.joined):
            close(run)
            run = []
        if name:
            run.append(t)
    if run:
        close(run)
    names = [Name(seen[0][0], words, len(seen), seen[0][1]) for words, seen in runs.items()]
    return _merged(names)


def _merged(names: list[Name]) -> list[Name]:
    """A name that is part of a longer one ("Putin" of "Vladimir Putin") counts for the
    longer one (the most named, when there are several), most named first."""
    counts = {n.words: n.count for n in names}
    longest = sorted(names, key=lambda n: (-len(n.words), -n.count, n.text))
    kept: dict[tuple[str, ...], Name] = {}
    for name in reversed(longest):
        holders = [
            m for m in longest if len(m.words) > len(name.words) and _contains(m.words, name.words)
        ]
        if holders:
            best = max(holders, key=lambda m: counts[m.words])
            counts[best.words] += counts[name.words]
        else:
            kept[name.words] = name
    out = [Name(n.text, n.words, counts[n.words], n.source) for n in kept.values()]
    out.sort(key=lambda n: (-n.count, n.text))
    return out


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def name_forms(word: str) -> list[str]:
    """A folded name word and, for a transliterated Russian one, the word without its case
    ending (Losyukovym -> losyukov), since cables give the nominative."""
    forms = [word]
    for ending in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            forms.append(word[: -len(ending)])
    return forms


def find_quotes(text: str) -> list[str]:
    """Passages between quotation marks, of at least MIN_QUOTE_WORDS words. Marks are paired
    in order within a paragraph, whatever their style: Swedish opens with ” and English
    articles sometimes close with “."""
    quotes = []
    for paragraph in text.split("\n"):
        marks = [i for i, ch in enumerate(paragraph) if ch in _QUOTE_MARKS]
        for start, end in zip(marks[::2], marks[1::2], strict=False):
            quote = paragraph[start + 1 : end].strip()
            if len(quote.split()) >= MIN_QUOTE_WORDS:
                quotes.append(quote)
    return quotes


def article_clues(article: Article) -> Clues:
    """The clues of an article. Names come from the text, not the title (headlines capitalise
    every word); names of places are left to the places."""
    body = strip_citations(article.text)
    text = strip_citations(article.title) + "\n" + body
    names = [n for n in find_names(body) if not find_places(n.source)]
    return Clues(
        names=tuple(names),
        places=find_places(text),
        quotes=tuple(find_quotes(text)),
        dates=tuple(find_dates(text, article.published, article.language)),
        text=text,
    )
