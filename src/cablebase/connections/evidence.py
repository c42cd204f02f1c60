"""Why an article and a cable go together: the evidence items and their weights.

Each item is something a reader can check in both texts: a name both use, a place the article
names and the cable discusses or reports from, a quotation found verbatim in the cable, a date
the article gives that is the cable's, and the article's distinctive words the cable shares.
Weights reward what is rare in the archive (a surname in a handful of cables says more than
"Brazil") and what the article repeats; their sum is the link's strength. What can be worked
out once per article is in a `Profile` (see `profile`), so that checking a candidate is only
lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cablebase.connections.profile import CableText, Profile, saturated

NAME_WEIGHT = 1.0
PLACE_WEIGHT = 0.6
POST_WEIGHT = 0.6
QUOTE_WEIGHT = 2.5
DATE_WEIGHT = 1.0
MONTH_WEIGHT = 0.2
TOPIC_WEIGHT = 3.0
SUBJECT_WEIGHT = 2.0
# Names and places nearly every cable has ("Secretary", "Russia" in Moscow's cables) say
# little: below this rarity they are not evidence.
MIN_IDF = 0.25
MAX_NAMES = 4
MAX_PLACES = 3
SHOWN_TOPIC_WORDS = 6
DATE_TOLERANCE_DAYS = 3


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: str  # cited, row, name, place, origin, quote, date, month, topic, subject
    value: str
    weight: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value}


def name_items(profile: Profile, cable: CableText) -> list[Evidence]:
    items = []
    for name in profile.names:
        whole = name.phrase is not None and name.phrase in cable.joined
        # Part of a name is evidence only when it is the surname: "Michael" alone is not.
        words = name.words if whole else name.words[-1:]
        found = [idf for forms in words for form, idf in forms if form in cable.words]
        if found and max(found) >= MIN_IDF:
            weight = NAME_WEIGHT * (max(found) + (0.25 if whole else 0.0)) * name.strength
            items.append(Evidence("name", name.text, weight))
    return sorted(items, key=lambda e: -e.weight)[:MAX_NAMES]


def place_items(profile: Profile, cable: CableText) -> list[Evidence]:
    places: list[Evidence] = []
    origin: Evidence | None = None
    for place, share, words in profile.places:
        present = [idf for word, idf in words if word in cable.words]
        if present and max(present) >= MIN_IDF:
            places.append(Evidence("place", place.name, PLACE_WEIGHT * max(present) * share))
        if cable.post and cable.post in place.posts and (origin is None or origin.weight < share):
            origin = Evidence("origin", cable.origin or cable.post, POST_WEIGHT * share)
    places.sort(key=lambda e: -e.weight)
    return places[:MAX_PLACES] + ([origin] if origin else [])


def quote_items(profile: Profile, cable: CableText) -> list[Evidence]:
    items = []
    for quote in profile.quotes:
        # Most candidates lack half the quotation's content words: no need to look there.
        if len(quote.words & cable.words.keys()) < 0.5 * len(quote.words):
            continue
        found = sum(1 for window in quote.windows if window in cable.joined)
        if found >= min(2, len(quote.windows)) and found:
            items.append(Evidence("quote", quote.shown, QUOTE_WEIGHT * min(1.0, found / 3)))
    return items


def date_items(profile: Profile, cable: CableText) -> list[Evidence]:
    if cable.created is None:
        return []
    best: Evidence | None = None
    for mention in profile.clues.dates:
        day = mention.as_date()
        if day is not None:
            apart = abs((cable.created - day).days)
            if apart > DATE_TOLERANCE_DAYS:
                continue
            item = Evidence(
                "date", mention.text, DATE_WEIGHT * (1 - apart / (DATE_TOLERANCE_DAYS + 1))
            )
        elif (mention.year, mention.month) == (cable.created.year, cable.created.month):
            item = Evidence("month", mention.text, MONTH_WEIGHT)
        else:
            continue
        if best is None or item.weight > best.weight:
            best = item
    return [best] if best else []


def topic_items(profile: Profile, cable: CableText) -> list[Evidence]:
    """How much of the article's distinctive vocabulary the cable uses, and how much: a cable
    that names Pakistan once shares less with an article about Pakistan than one that
    discusses it throughout."""
    topics = profile.topics
    total = sum(t.weight for t in topics)
    uses = {t.term: max(cable.words[t.word], cable.words[t.term]) for t in topics}
    shared = [t for t in topics if uses[t.term]]
    if not shared or total <= 0:
        return []
    weight = TOPIC_WEIGHT * sum(t.weight * saturated(uses[t.term], 2.0) for t in shared) / total
    words = ", ".join(t.word for t in shared[:SHOWN_TOPIC_WORDS])
    items = [Evidence("topic", words, weight)]
    # A subject is the cable's own summary: the article's main words there say most.
    in_subject = [t for t in shared if t.word in cable.subject or t.term in cable.subject]
    if in_subject:
        weight = SUBJECT_WEIGHT * sum(t.weight for t in in_subject) / total
        items.append(Evidence("subject", ", ".join(t.word for t in in_subject), weight))
    return items


def evidence_for(profile: Profile, cable: CableText) -> list[Evidence]:
    """Every item of evidence linking the article to `cable`, strongest first."""
    items = [
        *quote_items(profile, cable),
        *name_items(profile, cable),
        *date_items(profile, cable),
        *place_items(profile, cable),
        *topic_items(profile, cable),
    ]
    return sorted(items, key=lambda e: -e.weight)
