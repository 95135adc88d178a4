"""The themes field: subjects the sentences reporting the discussion name."""

from __future__ import annotations

from rapport.pipeline.extract.fields.base import STATED, Candidate, MeetingContext
from rapport.pipeline.extract.themes import find_themes


def find(context: MeetingContext) -> list[Candidate]:
    """One candidate: the sorted theme ids discussed, with the first cue's span."""
    names = [(m.start, m.end) for info in context.group.held for m in info.mechanisms]
    themes, span = find_themes(context.flat, context.discussed, names, context.document.scan)
    return [Candidate(themes, span, STATED)] if themes else []
