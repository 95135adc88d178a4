"""Which sentences report a meeting's discussion: read by the themes and instruments fields."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapport.pipeline.extract.detect import SentenceInfo
from rapport.pipeline.extract.next_meeting import NEXT_RE
from rapport.pipeline.extract.sentences import Sentence
from rapport.pipeline.extract.themes import discussion_sentences

if TYPE_CHECKING:  # the context class is built on this module's function
    from rapport.pipeline.extract.fields.base import MeetingContext

_TO_COME_RE = re.compile(
    r"\b(?:will|would|are\s+to|is\s+to|to\s+be|expected\s+to|plans?\s+to|intends?\s+to)\s+(?:\w+\s+)?"
    r"(?:include|cover|discuss|raise|address|focus|bring\s+up|be\s+(?:discussed|raised|addressed|on\s+the\s+agenda))\b",
    re.IGNORECASE,
)


def discussion(context: MeetingContext) -> list[Sentence]:
    """The sentences from the meeting's first report on that report its discussion."""
    # A news lead may report the discussion before it names the meeting ("The EU raised
    # concerns over ... , said a release of the Sub-group"): the only meeting of a story
    # reads from its top.
    lead = context.region.start == 0 and context.last
    body = [info for info in context.infos if info.index >= context.group.first or (lead and not info.future)]
    scan = context.document.scan
    skip = {
        number
        for number, info in enumerate(body)
        # every agenda to come carries a future cue, found in the document's one scan
        if info.other_subject or (info.future_cue and _agenda_to_come(info))
    }
    return discussion_sentences([_before_next(info) for info in body], skip, scan)


def _agenda_to_come(info: SentenceInfo) -> bool:
    """ "The talks will include ...", "the U.S. side will raise ...": an agenda, not a discussion."""
    return _TO_COME_RE.search(info.sentence.text) is not None


def _before_next(info: SentenceInfo) -> Sentence:
    """A sentence, or of a next-meeting sentence the part before its cue.

    "They exchanged views on business and human rights, including resolutions for its next
    session" reports a discussion up to "next"; "The next round will be held in 2025" nothing.
    """
    if not info.next:
        return info.sentence
    cue = NEXT_RE.search(info.sentence.text)
    end = cue.start() if cue is not None else 0
    sentence = info.sentence
    return Sentence(sentence.start, sentence.start + end, sentence.paragraph, sentence.text[:end])
