"""Field assembly: from a group of held sentences to one meeting record with evidence.

The loop is all this module does: each registered field component (``extract/fields``)
offers candidates with spans and scores, the best one is decided, and its span becomes
the field's evidence. What a field reads and how it scores lives in its component.
"""

from __future__ import annotations

from typing import Any

from rapport.pipeline.extract.detect import MeetingGroup
from rapport.pipeline.extract.fields import FIELDS, DocumentContext, MeetingContext, decide
from rapport.pipeline.types import MeetingRecord, Span

__all__ = ["DocumentContext", "build_meeting"]


def build_meeting(context: DocumentContext, group: MeetingGroup, region: range, last: bool) -> MeetingRecord:
    """The meeting record of one group, reading the sentences of its region of the text."""
    meeting = MeetingContext(context, group, region, last)
    evidence: dict[str, Span] = {}
    for field in FIELDS:
        best = decide(field.find(meeting))
        meeting.decided[field.name] = best.value if best is not None else field.empty
        if best is not None and best.span is not None:
            evidence[field.name] = best.span
    values: dict[str, Any] = meeting.decided
    return MeetingRecord(**values, evidence=evidence)
