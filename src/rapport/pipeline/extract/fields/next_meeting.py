"""The next-meeting field: what the document's last meeting agreed about the next round."""

from __future__ import annotations

from rapport.pipeline.extract.fields.base import STATED, Candidate, MeetingContext
from rapport.pipeline.extract.next_meeting import find_next_meeting


def find(context: MeetingContext) -> list[Candidate]:
    """The first next-meeting sentence's date and place; only the last meeting has one."""
    if not context.last:
        return []
    sentences = [info.sentence for info in context.infos if info.next]
    found = find_next_meeting(context.flat, sentences, context.document.published)
    if found is None or _before(found.value.date, context.decided.get("date")):
        return []  # the next round comes after this one: an earlier date is another event's
    return [Candidate(found.value, found.span, STATED)]


def _before(upcoming: str | None, held: str | None) -> bool:
    """Whether an ISO date (any precision) falls before another, compared at the shorter one."""
    if upcoming is None or held is None:
        return False
    size = min(len(upcoming), len(held))
    return upcoming[:size] < held[:size]
