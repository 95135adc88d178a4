"""The next meeting as agreed or announced: "the next round ... in 2025 in Washington"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapport.pipeline.extract.dates import PartialDate, find_dates, resolve
from rapport.pipeline.extract.places import find_cities, find_country_place
from rapport.pipeline.extract.rounds import ORDINAL
from rapport.pipeline.extract.sentences import Sentence
from rapport.pipeline.types import NextMeeting, Span

# "The 13th round of the Dialogue will take place in Brussels in 2022": a future verb after
# a dialogue noun; the ordinal before the noun is checked separately (see _ordinal_future).
_FUTURE_NOUN_RE = re.compile(
    r"\b(?:dialogue|round|meeting|session|consultations)\b(?=[^.;]{0,80}?\b(?:will|would(?!-)|is\s+(?:expected|scheduled|planned|set|due|to|foreseen)"
    r"|was\s+(?:expected|scheduled|planned|due|foreseen)|should\s+(?:take\s+place|be\s+held|convene)|are\s+to|to\s+be\s+held))",
    re.IGNORECASE,
)
_ORDINAL_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{ORDINAL})\s+(?:(?:round|session)\s+of\s+the\s+)?(?:[\w.-]+\s+){{0,3}}$", re.IGNORECASE
)
NEXT_RE = re.compile(
    r"\bnext\s+(?:(?:annual|round|meeting|session|edition|dialogue|sitting|sub-?\s?committee|sub-?\s?group|working\s+group|consultations|talks)\b|[\w.-]+\s+human\s+rights|human\s+rights|high-level)"
    r"|\b(?:agreed|decided|plan(?:s|ned)?|intend(?:s|ed)?|convened)\s+to\s+(?:hold|convene|organi[sz]e|reali[sz]e)\s+(?:the|a|their|its)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:round|meeting|session|edition|dialogue|talks|sub-?\s?committee|sub-?\s?group|working\s+group|consultations)\b"
    # "The group is to meet next in Havana in 2027"
    r"|\b(?:is|are|will)\s+to\s+meet\s+(?:again|next)\b|\bwill\s+meet\s+next\b"
    # "Both dialogues will take place again next year in Brussels"
    r"|\b(?:will|would|shall)\s+(?:take\s+place|be\s+held|meet|convene)\s+again\b"
    # "Both dialogues will continue in Brussels next year"
    r"|\b(?:dialogues?|talks|consultations)\s+(?:will|would|shall)\s+(?:continue|resume|reconvene)\s+in\b"
    r"|\b(?:agreed|decided|plan(?:s|ned)?|intend(?:s|ed)?)\s+to\s+(?:meet\s+again|reconvene|resume\s+the\s+dialogue|meet\s+in\s+person)\b"
    r"|\bfollowing\s+(?:round|meeting|session)\s+(?:will|is|would)\b"
    # "We look forward to continuing the dialogue in Brussels next year", "... to hosting the next round"
    r"|\blook(?:s|ing|ed)?\s+forward\s+to\s+(?:continuing|holding|hosting|resuming|welcoming)\s+(?:the|our|their|this|a)\s+(?:[\w-]+\s+){0,6}?(?:dialogue|talks|consultations|round|meeting|session)\b"
    # "Australia will host the fourth Dialogue in Canberra in 2027"
    r"|\b(?:will|would|shall|is\s+to|agreed\s+to|offered\s+to)\s+host\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}?(?:round|meeting|session|dialogue|talks|consultations)\b"
    # a post's "See you in Phnom Penh next year!"
    r"|\bsee\s+you\s+(?:in|again)\b"
    # "the only agreement reached was to hold another round of the dialogue in 2014"
    r"|\b(?:to\s+hold|to\s+convene|will\s+hold|would\s+hold)\s+(?:another|a\s+further|a\s+new)\s+(?:round|meeting|session|dialogue)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NextMeetingMention:
    """The next meeting found, and the span of the sentence announcing it."""

    value: NextMeeting
    span: Span


# Words one of which every next-meeting sentence contains; the full pattern is costly.
_KEYWORDS = (
    "next", "will", "would", "expected", "scheduled", "planned", "set to", "due", "to be held", "is to", "are to",
    "following", "agreed to", "decided to", "plan", "intend", "another", "further", "forward", "foreseen",
    "should", "host", "see you", "convened to", "set for",
)


def is_next_sentence(text: str) -> bool:
    """Whether a sentence is about the series' next meeting."""
    lowered = text.lower()
    if not any(keyword in lowered for keyword in _KEYWORDS):
        return False
    return NEXT_RE.search(text) is not None or _ordinal_future(text) is not None


def _ordinal_future(text: str) -> int | None:
    """Where "the <ordinal> dialogue ... will ..." starts in a sentence, if it says so."""
    for noun in _FUTURE_NOUN_RE.finditer(text):
        window = max(0, noun.start() - 60)
        found = _ORDINAL_BEFORE_RE.search(text, window, noun.start())
        if found is not None:
            return found.start()
    return None


def find_next_meeting(flat: str, sentences: list[Sentence], published: PartialDate | None) -> NextMeetingMention | None:
    """The first next-meeting sentence's date and place, when it gives either."""
    for sentence in sentences:
        if not is_next_sentence(sentence.text):
            continue
        cue = NEXT_RE.search(sentence.text)
        start = sentence.start + (cue.start() if cue else _ordinal_future(sentence.text) or 0)
        date = _first_date(flat, start, sentence.end, published)
        # (the city may open the sentence as the host: "Mexico City will host the next round in 2027")
        cities = find_cities(flat, start, sentence.end) or find_cities(flat, sentence.start, start)
        place = cities[0].place if cities else None
        if place is None:
            country = find_country_place(flat, start, sentence.end)
            place = country.place if country else None
        if date is not None or place is not None:
            return NextMeetingMention(NextMeeting(date, place), (sentence.start, sentence.end))
    return None


def _first_date(flat: str, start: int, end: int, published: PartialDate | None) -> str | None:
    for mention in find_dates(flat, start, end):
        value = resolve(mention, published, future=True)
        if value is not None and (published is None or value.year >= published.year):
            return value.iso()
    return None
