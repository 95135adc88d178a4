"""The chairs field: people named as co-chairing the meeting or leading a delegation."""

from __future__ import annotations

from rapport.pipeline.extract.chairs import eliminate, find_chairs, to_chairs
from rapport.pipeline.extract.fields.base import STATED, Candidate, MeetingContext
from rapport.pipeline.extract.speakers import find_speaker_chairs


def find(context: MeetingContext) -> list[Candidate]:
    """One candidate: every chair named in the meeting's part of the text (not the next's).

    A speaker who says "I led the U.S. delegation" joins the chairs others name.
    """
    sentences = [info.sentence for info in context.infos if not info.next and not info.other]
    chairs = find_chairs(context.flat, sentences, context.parties)
    known = {chair.name.split()[-1].lower() for chair in chairs}
    for speaker in find_speaker_chairs(context.flat, sentences, context.parties):
        if speaker.name.split()[-1].lower() not in known:
            known.add(speaker.name.split()[-1].lower())
            chairs.append(speaker)
    if not chairs:
        return []
    chairs = eliminate(sorted(chairs, key=lambda chair: chair.start), context.parties)
    return [Candidate(to_chairs(chairs), (chairs[0].start, chairs[-1].end), STATED)]
