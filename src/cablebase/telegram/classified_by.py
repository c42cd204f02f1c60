"""The "Classified By" line: the classifying official(s), their title and the E.O. reasons
(format reference §4.7)."""

from __future__ import annotations

import re
from functools import lru_cache

from cablebase.model import ClassifiedBy
from cablebase.telegram.stations import words

__all__ = ["REASON_MEANINGS", "parse_classified_by"]

REASON_MEANINGS: dict[str, str] = {
    "a": "Military plans, weapons systems or operations",
    "b": "Information from or about foreign governments",
    "c": "Intelligence activities, sources or methods, and cryptology",
    "d": "US foreign relations and activities abroad, including confidential sources",
    "e": "Scientific, technological or economic matters bearing on national security",
    "f": "US government programmes to safeguard nuclear materials or facilities",
    "g": "Weaknesses or capabilities of systems, installations, infrastructure, projects, plans "
    "or protective services",
    "h": "Weapons of mass destruction",
}

# The label, repeated or behind a paragraph number and portion mark: `1. (U) Classified by`,
# `Classified By: (U) Classified by`.
_CB_LABEL = re.compile(
    r"^\s*(?:\d{1,2}\.\s*)?(?:(?:\(\s*[A-Z/]+\s*\)|CLASSIFIED\s+BY\b\s*:?)\s*)+", re.I
)
# A page header that a page break left inside the line (`CONFIDENTIAL PAGE 02 HARARE 03759 01
# OF 03 111533Z`).
_PAGE_HEADER = re.compile(
    r"(?:\b(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED\s+OFFICIAL\s+USE)\s+)?"
    r"\bPAGE\s+\d{2,3}\s+[A-Z ]+?\s+\d{3,8}\s+\d\d\s+OF\s+\d\d\s+\d{6}Z\b",
    re.I,
)
# A word broken by reformatting (`Michae  l`, `Affai \nrs`, `AFFAIR \nS`): one side is a one- or
# two-letter fragment that is not a word of its own.
_BROKEN_WORD = re.compile(r"([A-Za-z]+)([ \t]*\n[ \t]*|[ \t]{2,})([A-Za-z]+)(?=(.?))")
# Words (and the reason letters a-h) that are never half of a broken word.
_SHORT_WORDS = words("a b c d e f g h an and as at be by do for if in is it of on or so to up us")
_REJOINED = words("for and reason reasons")
_SPLIT_AND = re.compile(r"\ba\s*n\s*d\b|\ban\s+d\b", re.I)
_SECTION = re.compile(r"(?<![\d.])1\s?(?:[./:,]\s?([45])(?!\d)|([45])(?=\s?\())")
_REASONS_WORD = re.compile(
    r"(?:\b(?:for|per|by|under)\s+)?\bR\s*E\s*A\s*S?\s*[O0]\s*N\s*S?\b|\bfor\s+re(?:a|(?-i:(?![a-z])))",
    re.I,
)
# Other places where the official's part ends: an order cited (`E.O. 12958`, `FOR 12958`), any
# `1.x` section (`1.2 (B)` is a typo for 1.4), `BASED ON`, `DUE TO`.
_PERSON_END = re.compile(
    r"\bE\.?\s?O\.?\s*1\d{4}|\b1(?:2958|3292|3526)\b|(?<![\d.])1\s?[.,]\s?\d\b"
    r"|\bbased\s+[o0]n\b|\bdue\s+to\b",
    re.I,
)
_LETTER_SEP = re.compile(r"[\s,/&+.;:-]*(?:(?:and|or)\b[\s,/&+.;:-]*)?", re.I)
_LETTER_GROUP = re.compile(
    r"\(\s*[a-h](?:[\s,/&+.-]*(?:and\s)?\s*\(?[a-h](?![a-z]))*\.?\s*(?:\)|$)|[a-h](?![a-z])", re.I
)
_LONE_LETTER = re.compile(r"(?<![a-z])[a-h](?![a-z])", re.I)
_TRAILING_WORDS = re.compile(r"(?:[\s,;:-]+(?:f[o0]r|fo|fr|per|by|under|section|acting))+$", re.I)
_NAME_SUFFIXES = words("JR SR II III IV")
# Title words, office and bureau abbreviations: what may stand before the name. Compared in
# lower case with `0` read as `o` (`AMBASSAD0R`).
_TITLE_WORDS = words(
    """ambassador ambassador-designate designate charge charge' chargé d'affaires d’affaires
    affaires de'affairs a.i. a.i ai. ai cda dcm deputy chief cief mission political economic pol
    econ polecon counselor counsellor officer acting consul general principal section director
    dir. minister min minister-counselor affairs mcounselor mincouns econcouns polcouns couns
    econcounselor head assistant secretary under poloff econoff polmiloff coordinator advisor
    adviser attache defense
    regional security public senior management consular office unit representative permanent rso
    pao cg dpo embassy us u.s. usun usnato useu usoas bureau department state interim mc das pdas
    amb amb. abassador dir leader team prt af eur nea sca eap wha isn inr io ltc col maj"""
)
# Words that join title words (`Ambassador to Sudan`): never a name, but no title either.
_FILLERS = words("of the for and in to by")
_GARBLED_AI = re.compile(r"[a-z]\.[a-z]\.?,?")  # `a.i.` misprinted (`a.y.`)


# Pure, and called again and again with the same text across an archive (the same TAGS line,
# official, post or address): cached.
@lru_cache(maxsize=8192)
def parse_classified_by(text: str) -> ClassifiedBy:
    """`Political M/C Alice D. Wells for reasons 1.4 (b/d).` -> names, title, reasons."""
    raw = _PAGE_HEADER.sub(" ", _CB_LABEL.sub("", text.replace("\\'", "'")))
    body = " ".join(_CB_LABEL.sub("", text).split())
    clean = " ".join(_SPLIT_AND.sub("and", _BROKEN_WORD.sub(_join_broken, raw)).split())
    patterns = (_REASONS_WORD, _SECTION, _PERSON_END)
    cuts = [m.start() for p in patterns if (m := p.search(clean))]
    person = clean[: min(cuts)] if cuts else clean
    person = _TRAILING_WORDS.sub("", person.strip(" ,;:-"))
    names, title = _officials(_drop_final_stop(person.strip(" ,;:-")))
    return ClassifiedBy(text=body, names=names, title=title, reasons=_reasons(clean))


def _drop_final_stop(person: str) -> str:
    """The sentence's full stop goes; the stop of `Jr.` or an initial stays."""
    last = person.split()[-1] if person.split() else ""
    if last.endswith(".") and last.upper() not in ("JR.", "SR.") and not _is_initial(last):
        return person.rstrip(".").rstrip()
    return person


def _join_broken(m: re.Match[str]) -> str:
    a, gap, b, after = m.group(1), m.group(2), m.group(3), m.group(4)
    if (a + b).lower() in _REJOINED and (len(a) <= 2 or len(b) <= 2):
        return a + b  # `f or reasons`, `REA SONS`
    if b.islower():
        if (len(a) <= 2 or len(b) <= 2) and not {a.lower(), b} & _SHORT_WORDS:
            return a + b
        # `Blah \na, E.O.`: a lone letter at a line start that ends a phrase.
        if len(b) == 1 and "\n" in gap and after in ",." and len(a) >= 3 and a[-1].islower():
            return a + b
    elif a.isupper() and len(b) == 1 and "\n" in gap and b.lower() not in _SHORT_WORDS:
        return a + b  # `AFFAIR \nS ROBERT LUKE`
    return f"{a} {b}"


def _reasons(text: str) -> tuple[str, ...]:
    found: list[str] = []
    starts = [(m.group(1) or m.group(2), m.end()) for m in _SECTION.finditer(text)]
    if not starts and (word := _REASONS_WORD.search(text)):
        starts = [("4", word.end())]  # `for reasons b, d`: the section is implied
    for section, pos in starts:
        while True:
            sep = _LETTER_SEP.match(text, pos)
            pos = sep.end() if sep else pos
            group = _LETTER_GROUP.match(text, pos)
            if not group:
                break
            letters = _LONE_LETTER.findall(group.group().replace("and", " "))
            found.extend(f"1.{section}({letter.lower()})" for letter in letters)
            pos = group.end()
    return tuple(dict.fromkeys(found))


def _officials(person: str) -> tuple[tuple[str, ...], str | None]:
    """One official, or two joined by `and` (`AF KARL WYCOFF, ACTING AND S/CT DAS SHARI
    VILLAROSA`) when both halves hold a name."""
    halves = re.split(r"\s+(?:and|&)\s+", person, flags=re.I)
    if len(halves) == 2:
        first, second = _names_and_title(halves[0]), _names_and_title(halves[1])
        if all(len(n.split()) > 1 for n in first[0] + second[0]) and first[0] and second[0]:
            return first[0] + second[0], first[1]
    return _names_and_title(person)


def _names_and_title(person: str) -> tuple[tuple[str, ...], str | None]:
    if not person or person.lower().startswith("derived from"):
        return (), None
    person = re.sub(r"\s*\([^)]*\)$", "", person)  # `U/S Maria Otero (G)`: the office letter
    # `AMB:RCROCKER`, `Acting DCM/Ted Osius`: a colon, or a slash after a title, ends the title.
    person = re.sub(r":(?!\s*$)", " ", person)
    person = re.sub(r"\b([A-Za-z]+)/([A-Z][a-z]+)\b", _slash_after_title, person)
    segments = [s.strip() for s in re.split(r"[,;]", person) if s.strip()]
    suffix = ""
    if len(segments) > 1 and segments[1].upper().rstrip(".") in _NAME_SUFFIXES:
        suffix = ", " + segments.pop(1)  # `THOMAS W. SIMONS, JR., AMBASSADOR`
    # `Gerald Feierstein, CDA` / `Ramin Asgard, Director, Iran Regional Presence Office`
    first = segments[0].split() if segments else []
    if len(segments) > 1 and 2 <= len(first) <= 4 and all(map(_name_like, first)):
        return (segments[0] + suffix,), segments[1]
    # `Ambassador William J. Burns` / `CDA, A.I. RON MCMULLEN`: the name ends a segment.
    for i, segment in enumerate(segments):
        tokens = segment.split()
        name = _trailing_name(tokens)
        if name:
            before = [*segments[:i], " ".join(tokens).strip(" -")]
            title = ", ".join(b for b in before if b)
            if not title and i + 1 < len(segments):
                title = segments[i + 1]
            return (" ".join(name) + suffix,), title or None
    return (), person or None


def _slash_after_title(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    return f"{head} {tail}" if _is_title(head) and not _is_title(tail) else m.group(0)


def _trailing_name(tokens: list[str]) -> list[str]:
    """Pop the name off the end of `tokens`: [suffix] surname, initials, a given name and a
    leading initial - anything before is read as the title (`Team Leader`, `LTC`). A second
    given name (`Mary Beth Leonard`) only when a title word stands right before it."""
    while tokens and _GARBLED_AI.fullmatch(tokens[-1]):
        tokens.pop()
    name: list[str] = []
    if tokens and tokens[-1].upper().rstrip(".") in _NAME_SUFFIXES:
        name.append(tokens.pop())
    if not tokens or not _name_like(tokens[-1]) or _is_initial(tokens[-1]):
        tokens.extend(name)
        return []
    name.insert(0, tokens.pop())
    while tokens and _name_like(tokens[-1]) and _is_initial(tokens[-1]):
        name.insert(0, tokens.pop())
    if tokens and _name_like(tokens[-1]):
        name.insert(0, tokens.pop())
        initial = bool(tokens) and _name_like(tokens[-1]) and _is_initial(tokens[-1])
        if initial or (len(name) == 2 and len(tokens) >= 2 and _second_given_name(*tokens[-2:])):
            name.insert(0, tokens.pop())
    return name


def _second_given_name(before: str, token: str) -> bool:
    """`Officer Jessica Davis Ba`, `- MARY BETH LEONARD`: a title word (or a dash) right before a
    third name word vouches for it; an unknown word there (`LTC`, `IO`) may be the title."""
    if not _name_like(token) or _is_initial(token) or (token.isupper() and len(token) <= 3):
        return False
    if re.search(r"[a-z][A-Z]", token) and not token.startswith(("Mc", "Mac")):
        return False  # `EconMinCouns`: an office abbreviation, not a name
    return _is_title(before) or not any(c.isalnum() for c in before)


def _is_initial(token: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z0]\.)+[A-Z]?\.?|[A-Z]", token))


def _is_title(token: str) -> bool:
    """A title word; also `D'AFFAIRS` spelled any way, and compounds of a title word
    (`Minister-Councelor`)."""
    word = token.lower().replace("0", "o").replace("’", "'")
    if word in _TITLE_WORDS or word.startswith(("d'aff", "de'aff")):
        return True
    return "-" in word and any(part in _TITLE_WORDS for part in word.split("-"))


def _is_filler(token: str) -> bool:
    return token.lower() in _FILLERS


def _name_like(token: str) -> bool:
    return (
        "/" not in token
        and not _is_title(token)
        and not _is_filler(token)
        and (token[0].isupper() or token[0] in "\"'" or token == "0.")
    )
