"""The instruments field: laws, plans and programmes named where the discussion is reported."""

from __future__ import annotations

from rapport.pipeline.extract.fields.base import STATED, Candidate, MeetingContext
from rapport.pipeline.extract.instruments import find_instruments


def find(context: MeetingContext) -> list[Candidate]:
    """One candidate: the instruments of the discussion sentences, when there are any."""
    found = find_instruments(context.flat, context.discussed, context.document.published)
    return [Candidate(found, None, STATED)] if found else []
