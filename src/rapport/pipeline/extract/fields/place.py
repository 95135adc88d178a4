"""The place field: the city named with the held cue; none for a meeting held by video."""

from __future__ import annotations

from rapport.pipeline.extract.detect import earlier_reference
from rapport.pipeline.extract.fields.base import NEAR, STATED, Candidate, MeetingContext
from rapport.pipeline.extract.lexicon import SENTENCE_CUES
from rapport.pipeline.extract.places import (
    find_cities,
    find_meeting_city,
    find_the_capital,
    here_cue,
    nearest,
)


def find(context: MeetingContext) -> list[Candidate]:
    """Cities with a locative cue in the held sentences, then "held in the capital", then "talks in X"."""
    flat, held = context.flat, context.group.held
    if any(SENTENCE_CUES["virtual"].search(flat, info.sentence.start, info.sentence.end) for info in held):
        return []  # a video conference has no place, whatever city a sentence names
    for info in held:
        found = nearest(find_cities(flat, info.sentence.start, info.sentence.end), info.held_at)
        if found is not None:
            # The first held sentence that names a city decides; later ones would only tie.
            return [Candidate(found.place, (found.start, found.end), STATED)]
        here = here_cue(flat, info.sentence.start, info.sentence.end)
        if here is not None and context.filed_from is not None:  # "officials met here"
            return [Candidate(context.filed_from.place, here, STATED)]
    for info in held:
        capital = find_the_capital(flat, info.sentence.start, info.sentence.end, context.parties, context.filed_from)
        if capital is not None:
            return [Candidate(capital.place, (capital.start, capital.end), NEAR)]
    # The place may be written only where the story names the meeting outside its held
    # sentences ("after a day of closed-door talks in Pretoria"); never a next or earlier one's.
    for info in context.infos:
        if info.next or info.other:
            continue
        found = find_meeting_city(flat, info.sentence.start, info.sentence.end)
        if found is not None and not earlier_reference(info.sentence.text):
            return [Candidate(found.place, (found.start, found.end), NEAR)]
    # The city a story was filed from is not the meeting's, unless the text says "here":
    # annotators leave such a place null.
    return []

