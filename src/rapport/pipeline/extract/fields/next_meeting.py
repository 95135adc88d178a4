"""The next-meeting field: what the document's last meeting (or all of them) agreed about the next round."""

from __future__ import annotations

import re

from rapport.pipeline.extract.fields.base import STATED, Candidate, MeetingContext
from rapport.pipeline.extract.next_meeting import find_next_meeting

# "Both Working Groups agreed to meet again in 2026": one agreement for every meeting reported.
_EVERY_MEETING_RE = re.compile(
    r"\b(?:both|all|the\s+two)\s+(?:dialogues|working\s+groups|sub-?\s?committees|sub-?\s?groups|meetings|rounds|consultations)\b",
    re.IGNORECASE,
)


def find(context: MeetingContext) -> list[Candidate]:
    """The first next-meeting sentence's date and place in the meeting's part of the text, or one
    every meeting agreed after it."""
    sentences = [info.sentence for info in context.infos if info.next]
    if not context.last:
        # An earlier meeting's own part of the text comes first ("... agreed to hold the sixth
        # dialogue in San José", before the next country's item); then what all agreed.
        sentences += [
            info.sentence
            for info in context.document.infos[context.region.stop :]
            if info.next and _EVERY_MEETING_RE.search(info.sentence.text)
        ]
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
