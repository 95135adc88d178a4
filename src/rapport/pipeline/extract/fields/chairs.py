"""The chairs field: people named as co-chairing the meeting or leading a delegation."""

from __future__ import annotations

from rapport.pipeline.extract.chairs import find_chairs, to_chairs
from rapport.pipeline.extract.fields.base import STATED, Candidate, MeetingContext


def find(context: MeetingContext) -> list[Candidate]:
    """One candidate: every chair named in the meeting's part of the text (not the next's)."""
    sentences = [info.sentence for info in context.infos if not info.next and not info.other]
    chairs = find_chairs(context.flat, sentences, context.parties)
    if not chairs:
        return []
    return [Candidate(to_chairs(chairs), (chairs[0].start, chairs[-1].end), STATED)]
