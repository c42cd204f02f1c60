"""Multilingual word lists for articles: which language a text is in, and which date it gives.

Language: count very common function words per language; Cyrillic and Arabic script decide
Russian and Arabic outright (no other language in scope uses them). Pages' own `lang`
attributes are not trusted: the Cablegate article template says `en` on every page.
"""

from __future__ import annotations

import re
from datetime import date

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in is that for it was with as on be by this are from have has not "
        "but at which were they their would been its an or who said",
        "pt": "de que não uma os das dos para com por mais foi como mas ao pelo pela também "
        "são ele ela seu sua já está isso nos às então entre sobre quando embaixada",
        "es": "el la los las del que por con una para es más pero fue como sus también "
        "está han muy sobre entre cuando embajada según hasta desde y",
        "sv": "och att det som är på för med har av till den inte ett om var men eller "
        "sin sina hade också skulle efter enligt när vid kan",
        "fr": "le la les des et est une dans que qui pour pas sur au aux avec par plus sont "
        "ont été cette ses leur mais ambassade selon",
        "de": "der die das und ist nicht mit den dem ein eine auf für von zu sich auch "
        "wurde werden hat sind als nach bei aus oder",
        "it": "il di che la le gli della delle per non una sono con del nel alla anche "
        "più come questo essere stato ambasciata",
        "nl": "de het een van en is dat op te zijn niet met voor aan ook maar werd door "
        "bij naar om wordt heeft uit",
        "ru": "и в не на что с по как это из за от для его но о к так все был она они",
        "ar": "في من على أن إلى التي الذي عن مع هذا هذه كان ما لا",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+", re.U)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is mostly written in, or None if unsure."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    if sum(bool(_CYRILLIC.match(c)) for c in letters) > len(letters) * 0.3:
        return "ru"
    if sum(bool(_ARABIC.match(c)) for c in letters) > len(letters) * 0.3:
        return "ar"
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None


_MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
):
    for _number, _name in enumerate(_names.split(), start=1):
        _MONTHS.setdefault(_name, _number)
_MONTHS.update({"sept": 9, "dec": 12, "nov": 11, "oct": 10, "jan": 1, "feb": 2, "aug": 8})

_M = r"(?P<month>[^\W\d_]{3,10})\.?"
_DATE_PATTERNS = (
    # 9 December 2010 / 10 de dezembro de 2010 / 2:a december 2010 / 1er décembre 2010
    re.compile(
        r"\b(?P<day>\d{1,2})(?::[ae]|er|\.|º)?\s+(?:de\s+)?"
        + _M
        + r"\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b"
    ),
    # December 4, 2010
    re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),
)


def find_date(text: str) -> str | None:
    """The first written-out date in `text` as `YYYY-MM-DD` (any language above)."""
    hits: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = _MONTHS.get(m.group("month").lower())
            if month is None:
                continue
            try:
                found = date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                continue
            hits.append((m.start(), found.isoformat()))
            break
    return min(hits)[1] if hits else None
