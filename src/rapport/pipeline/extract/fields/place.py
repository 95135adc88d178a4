"""The place field: the city named with the held cue; none for a meeting held by video."""

from __future__ import annotations

from rapport.pipeline.extract.fields.base import NEAR, STATED, Candidate, MeetingContext
from rapport.pipeline.extract.lexicon import SENTENCE_CUES
from rapport.pipeline.extract.places import find_cities, find_the_capital, nearest


def find(context: MeetingContext) -> list[Candidate]:
    """Cities with a locative cue in the held sentences, then "held in the capital"."""
    flat, held = context.flat, context.group.held
    if any(SENTENCE_CUES["virtual"].search(flat, info.sentence.start, info.sentence.end) for info in held):
        return []  # a video conference has no place, whatever city a sentence names
    for info in held:
        found = nearest(find_cities(flat, info.sentence.start, info.sentence.end), info.held_at)
        if found is not None:
            # The first held sentence that names a city decides; later ones would only tie.
            return [Candidate(found.place, (found.start, found.end), STATED)]
    for info in held:
        capital = find_the_capital(flat, info.sentence.start, info.sentence.end, context.parties)
        if capital is not None:
            return [Candidate(capital.place, (capital.start, capital.end), NEAR)]
    return []
