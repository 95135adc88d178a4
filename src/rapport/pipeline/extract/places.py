"""Where a meeting was held: a gazetteer city after "in/at/to" or before "hosted".

A dateline ("ASTANA -", "Astana, 21 May 2024 (TDI):") names where a story was filed, not
where the meeting was, so a city counts only with a locative cue. Old names map to current
ones through the gazetteer (Nur-Sultan → Astana, "Washington, DC" → Washington).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapport.pipeline.extract.lexicon import CITY_RE, city_entry
from rapport.pipeline.extract.parties import find_countries
from rapport.pipeline.extract.sentences import DATELINE_RE, PLACE_DATELINE_RE, Sentence
from rapport.pipeline.types import Place

# Before a city: "in", "at", "to", "in the capital", "in southwest China's", "in the city of".
# "in Myanmar's capital Nay Pyi Taw", "in the Mongolian capital", "in southwest China's".
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|to|venue:?|(?:set|planned|scheduled|slated)\s+for)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:[A-Z][\w.]*'s?\s+)?(?:(?:\w+\s+)?(?:[Cc]ity|[Cc]apital)(?:\s+of)?,?\s+)?$"
    # a venue or district, then its city: "at the Ministry of Foreign Affairs, Abuja", "at Tower
    # Hill, Freetown", "on Victoria Parade, Suva", "in Anosy, Antananarivo"
    r"|\b(?:[Aa]t|[Ii]n|on)\s+(?:the\s+|its\s+)?[A-Z][\w'.-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'.-]*){0,5},\s+(?:(?:North|South|East|West|Central)\s+)?$"
)
# "held in the capital": a city named elsewhere in the story, in one of the parties' countries.
_THE_CAPITAL_RE = re.compile(r"\b(?:in|at)\s+the\s+(?:\w+\s+)?capital\b(?!\s+(?:of\s+)?[A-Z])")
_HOSTED_AFTER_RE = re.compile(
    r"\s+(?:hosted|hosts|was\s+the\s+(?:venue|setting|host)|played\s+host|plays\s+host|will\s+host|(?:is|was)\s+to\s+host)\b"
)
_COUNTRY_BEFORE_RE = re.compile(r"\b(?:in|to)\s+(?:the\s+)?$")
# "..., first held in Brussels two years ago": the city of an earlier round, not this one.
_EARLIER_BEFORE_RE = re.compile(
    r"\b(?:first|previously|last|earlier|formerly|once)\s+(?:held|convened|met|hosted|took\s+place)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "officials met here on Tuesday": the city of the story's dateline.
_HERE_RE = re.compile(
    r"\b(?:met|meet|held|convened|gathered|took\s+place|opened|concluded|began|hosted|organi[sz]ed|ended|closed|started"
    r"|resumed|reconvened|kicked\s+off|wrapped\s+up|sat\s+down)\b[^.;:]{0,120}?\bhere\b(?!\s+(?:is|are|to)\b)",
    re.IGNORECASE,
)
# "closed-door talks in Pretoria", "the two-day Human Rights Dialogue in Kunming"; not a
# "meeting" or "session", which as often name other events ("a ministerial meeting held in X").
_MEETING_IN_RE = re.compile(
    r"\b(?:dialogue|talks|consultations|sub-?committee|working\s+group)\s+(?:(?:was\s+)?held\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DATELINE_PLACE_RE = re.compile(r"[,(:\n\u2013\u2014]|\s-|\.\s")
_DATELINE_REACH = 300  # a dateline opens the story: its first lines
# "Tashkent - The EU and ...": a place and a dash open the story.
_PLACE_DASH_RE = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\s+(?:-{1,2}|\u2013|\u2014)\s")
_DATELINE_LINE = 40  # "Lima, 15 October 2024" alone on its line: a dateline without a dash


@dataclass(frozen=True)
class PlaceMention:
    """A place found in the text with the span of its name."""

    start: int
    end: int
    place: Place


def find_cities(flat: str, start: int, end: int) -> list[PlaceMention]:
    """Cities named with a locative cue in ``flat[start:end]``, in text order."""
    found = []
    for match in CITY_RE.finditer(flat, start, end):
        before = flat[max(start, match.start() - 40) : match.start()]
        if _EARLIER_BEFORE_RE.search(before):
            continue
        if _after_another_city(flat, start, match.start()):
            continue  # "in Brussels, Ankara and Baku": a list of cities, not a venue and its city
        if _LOCATIVE_BEFORE_RE.search(before) or _HOSTED_AFTER_RE.match(flat, match.end()):
            entry = city_entry(match.group(0))
            if entry is not None:
                found.append(PlaceMention(match.start(), match.end(), Place(entry.name, entry.country)))
    return found


def _after_another_city(flat: str, start: int, position: int) -> bool:
    """Whether a comma right before ``position`` follows a city name ("Brussels, Ankara")."""
    if not flat.endswith(", ", start, position):
        return False
    return any(match.end() == position - 2 for match in CITY_RE.finditer(flat, max(start, position - 42), position - 2))


def here_cue(flat: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of "here" where the sentence says the meeting took place here ("met here")."""
    match = _HERE_RE.search(flat, start, end)
    return (match.end() - 4, match.end()) if match is not None else None


def filed_from(flat: str, sentences: Iterable[Sentence]) -> PlaceMention | None:
    """The gazetteer city the story's dateline opens with ("BANGKOK, 9 July (Wire) -"), if any."""
    for line_start, line_end in _datelines(flat, sentences):
        if line_start >= _DATELINE_REACH:
            break
        # The dateline's place runs to its first comma or bracket, often in capitals ("BANGKOK,").
        written = _DATELINE_PLACE_RE.split(flat[line_start:line_end], maxsplit=1)[0].strip().rstrip(".")
        entry = city_entry(written)
        if entry is not None:
            return PlaceMention(line_start, line_start + len(written), Place(entry.name, entry.country))
    return None


def _datelines(flat: str, sentences: Iterable[Sentence]) -> Iterator[tuple[int, int]]:
    """The spans of the story's datelines, in text order: with a date, a place in capitals, a
    place and a dash, or a short line of their own ("Lima, 15 October 2024")."""
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        match = (
            DATELINE_RE.match(flat, start, end)
            or PLACE_DATELINE_RE.match(flat, start, end)
            or _PLACE_DASH_RE.match(flat, start, end)
        )
        if match is not None:
            yield start, match.end()
        elif end - start <= _DATELINE_LINE and ("," in sentence.text or sentence.text.isupper()):
            yield start, end


def find_meeting_city(flat: str, start: int, end: int) -> PlaceMention | None:
    """The first city written right after a meeting noun ("talks in Pretoria"), if any."""
    for match in CITY_RE.finditer(flat, start, end):
        if _MEETING_IN_RE.search(flat, max(start, match.start() - 40), match.start()) is None:
            continue
        entry = city_entry(match.group(0))
        if entry is not None:
            return PlaceMention(match.start(), match.end(), Place(entry.name, entry.country))
    return None


def find_country_place(flat: str, start: int, end: int) -> PlaceMention | None:
    """The first country named as a location ("in Uzbekistan"), for a place known only so."""
    for mention in find_countries(flat, start, end):
        if mention.code != "EU" and _COUNTRY_BEFORE_RE.search(flat, max(start, mention.start - 12), mention.start):
            return PlaceMention(mention.start, mention.end, Place(None, mention.code))
    return None


def nearest(mentions: list[PlaceMention], anchor: int) -> PlaceMention | None:
    """The mention closest to an anchor offset (a verb or a dialogue's name)."""
    if not mentions:
        return None
    return min(mentions, key=lambda mention: abs(mention.start - anchor))


def find_the_capital(
    flat: str, start: int, end: int, parties: tuple[str, ...], filed: PlaceMention | None = None
) -> PlaceMention | None:
    """ "Held in the capital": the one city of a party's country the story names elsewhere (its
    dateline's, ``filed``, included); "the Ecuadorian capital" names the country."""
    match = _THE_CAPITAL_RE.search(flat, start, end)
    if match is None:
        return None
    named = [mention.code for mention in find_countries(flat, match.start(), match.end())]
    countries = [code for code in named if code in parties] or list(parties)
    entries = [city_entry(city.group(0)) for city in CITY_RE.finditer(flat)]
    entries.append(city_entry(filed.place.city) if filed is not None and filed.place.city else None)
    cities = {
        entry.name: entry
        for entry in entries
        if entry is not None and entry.country in countries and entry.country != "EU"
    }
    filed_city = filed.place.city if filed is not None else None
    if len(cities) != 1 and filed_city not in cities:
        return None
    # Of several, the story's dateline city: "HARARE - ... held in the capital; the next round in Bulawayo".
    entry = cities[filed_city] if len(cities) != 1 and filed_city is not None else next(iter(cities.values()))
    return PlaceMention(match.start(), match.end(), Place(entry.name, entry.country))
