"""Dates an article mentions, in its language: `15 January 2010`, `21 de outubro de 2009`,
`den 4 maj`, `7/20/2009`, `3/11 2008`, `May 2009`, `15 января 2010 года`.

A day without a year takes the nearest year written before it (else the publication year);
numeric dates are month-first in English and day-first elsewhere, unless only one reading is a
real date. A month and year without a day is kept as a month, weaker evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS_BY_LANGUAGE = (
    "january february march april may june july august september october november december",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "jan feb mar apr may jun jul aug sep oct nov dec",
)
MONTHS: dict[str, int] = {}
for _line in _MONTHS_BY_LANGUAGE:
    for _number, _name in enumerate(_line.split(), start=1):
        MONTHS.setdefault(_name, _number)

_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19[4-9]|20[0-2])\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_JOIN = r"(?:\s+de|\s+del)?\s+"
_PATTERNS = [
    re.compile(rf"(?<!\d){_DAY}{_JOIN}{_MONTH}(?:,?{_JOIN}{_YEAR})?(?!\d)", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?(?:\s+{_YEAR})?(?!\d)", re.I),
    re.compile(rf"\b{_MONTH}{_JOIN}{_YEAR}(?!\d)", re.I),
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.]|\s+)(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]
_ANY_YEAR = re.compile(_YEAR)
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class Mention:
    """A date the article names: a day, or only a month (`day` is then None)."""

    year: int
    month: int
    day: int | None
    text: str

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day else None


def _month(value: str) -> int | None:
    return int(value) if value.isdigit() else MONTHS.get(value.lower().rstrip("."))


def _year_before(text: str, at: int, published: str | None) -> int | None:
    years = _ANY_YEAR.findall(text[max(0, at - 400) : at])
    if years:
        return int(years[-1])
    return int(published[:4]) if published and published[:4].isdigit() else None


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _numeric(m: re.Match[str], language: str | None) -> tuple[int, int] | None:
    a, b = int(m.group("a")), int(m.group("b"))
    year = int(m.group("year"))
    first = (a, b) if language in (None, "en") else (b, a)
    for month, day in (first, first[::-1]):
        if _valid(year, month, day):
            return month, day
    return None


def _mention(
    m: re.Match[str], text: str, published: str | None, language: str | None
) -> Mention | None:
    groups = m.groupdict()
    day: int | None
    if "a" in groups:
        numeric = _numeric(m, language)
        if numeric is None:
            return None
        (month, day), year = numeric, int(m.group("year"))
    else:
        month_number = _month(groups["month"])
        day = int(groups["day"]) if groups.get("day") else None
        year_text = groups.get("year")
        found = int(year_text) if year_text else _year_before(text, m.start(), published)
        if month_number is None or found is None:
            return None
        month, year = month_number, found
    return Mention(year, month, day, m.group(0).strip()) if _valid(year, month, day) else None


def find_dates(
    text: str, published: str | None = None, language: str | None = None
) -> list[Mention]:
    """The dates `text` mentions, in order, without repeats."""
    text = text.translate(_EASTERN_DIGITS)
    found: dict[tuple[int, int, int | None], Mention] = {}
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = _mention(m, text, published, language)
            if mention is not None:
                taken.append((m.start(), m.end()))
                found.setdefault((mention.year, mention.month, mention.day), mention)
    return sorted(found.values(), key=lambda d: text.find(d.text))
