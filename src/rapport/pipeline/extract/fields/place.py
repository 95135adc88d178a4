"""The place field: the city named with the held cue; none for a meeting held by video."""

from __future__ import annotations

import re

from rapport.pipeline.extract.detect import earlier_reference
from rapport.pipeline.extract.fields.base import NEAR, STATED, Candidate, MeetingContext
from rapport.pipeline.extract.lexicon import SENTENCE_CUES
from rapport.pipeline.extract.places import (
    dateline_city,
    find_cities,
    find_here,
    find_meeting_city,
    find_the_capital,
    nearest,
)
from rapport.pipeline.extract.sentences import DATELINE_RE, PLACE_DATELINE_RE

# "Tashkent - The EU and ...": a place and a dash open the story.
_PLACE_DASH_RE = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\s+(?:-{1,2}|\u2013|\u2014)\s")
_DATELINE_LINE = 40  # "Lima, 15 October 2024" alone on its line: a dateline without a dash


def find(context: MeetingContext) -> list[Candidate]:
    """Cities with a locative cue in the held sentences, then "held in the capital", then "talks in X"."""
    flat, held = context.flat, context.group.held
    if any(SENTENCE_CUES["virtual"].search(flat, info.sentence.start, info.sentence.end) for info in held):
        return []  # a video conference has no place, whatever city a sentence names
    for info in held:
        found = nearest(find_cities(flat, info.sentence.start, info.sentence.end), info.held_at)
        found = found or find_here(flat, info.sentence.start, info.sentence.end, _datelines(context))
        if found is not None:
            # The first held sentence that names a city decides; later ones would only tie.
            return [Candidate(found.place, (found.start, found.end), STATED)]
    for info in held:
        filed = dateline_city(flat, _datelines(context))
        capital = find_the_capital(flat, info.sentence.start, info.sentence.end, context.parties, filed)
        if capital is not None:
            return [Candidate(capital.place, (capital.start, capital.end), NEAR)]
    # The place may be written only where the story names the meeting outside its held
    # sentences ("after a day of closed-door talks in Pretoria"); never a next or earlier one's.
    for info in context.infos:
        if info.next or info.other or earlier_reference(info.sentence.text):
            continue
        found = find_meeting_city(flat, info.sentence.start, info.sentence.end)
        if found is not None:
            return [Candidate(found.place, (found.start, found.end), NEAR)]
    # The city a story was filed from is not the meeting's, unless the text says "here":
    # annotators leave such a place null.
    return []


def _datelines(context: MeetingContext) -> list[tuple[int, int]]:
    """The spans of the story's datelines ("BANGKOK, 9 July (Wire) -"), in text order."""
    spans = []
    for info in context.document.infos:
        start, end = info.sentence.start, info.sentence.end
        match = (
            DATELINE_RE.match(context.flat, start, end)
            or PLACE_DATELINE_RE.match(context.flat, start, end)
            or _PLACE_DASH_RE.match(context.flat, start, end)
        )
        if match is not None:
            spans.append((start, match.end()))
        elif end - start <= _DATELINE_LINE and ("," in info.sentence.text or info.sentence.text.isupper()):
            spans.append((start, end))
    return spans
