"""The round field: the ordinal written with the dialogue's name, else with a bare meeting noun."""

from __future__ import annotations

import re

from rapport.pipeline.extract.detect import earlier_reference, ordinal_noun
from rapport.pipeline.extract.fields.base import NEAR, STATED, Candidate, MeetingContext
from rapport.pipeline.extract.rounds import ORDINAL, ordinal_value, round_number_after

# "It was the fifth round of the dialogue; the last round took place in Bern in 2016": this
# meeting's ordinal, though the sentence goes on about an earlier one.
_THIS_WAS_RE = re.compile(
    rf"\b(?:it|this|that)\s+(?:was|is)\s+the\s+(?P<ordinal>{ORDINAL})\s+(?:round|session|meeting|edition|dialogue)\b",
    re.IGNORECASE,
)

# "The dialogue, the fifth of its kind, ...", "the closed-door session, the third since the
# mechanism was launched in 2019", "Last week's session, the fifth, was ...": an ordinal in
# apposition to the meeting. Not "the first since 2021" (the first after a gap: no ordinal), nor
# "that meeting, the 14th of its kind" (another meeting).
_APPOSITIVE_RE = re.compile(
    rf"(?<!\bthat\s)(?<!\bother\s)\b(?:dialogue|session|round|meeting|talks|consultations),\s+the\s+(?P<ordinal>{ORDINAL})"
    r"(?:\s+(?:of\s+its\s+kind|in\s+the\s+series|to\s+date|so\s+far))?"
    r"(?:\s+since\s+the\s+(?:mechanism|dialogue|series|talks)\s+(?:was|were)\s+(?:established|launched|created|set\s+up|inaugurated))?"
    r"(?=[,.;)]|\s+(?:and|which|was|were|in|on|at|under)\b)",
    re.IGNORECASE,
)


def find(context: MeetingContext) -> list[Candidate]:
    """Ordinals of the meeting: with its name in a held sentence or a heading, then bare."""
    group = context.group
    mentions = [(m, STATED) for info in group.held for m in info.mechanisms]
    mentions += [
        (m, NEAR)
        for info in context.infos
        for m in info.mechanisms
        if not info.next and not info.future_cue
    ]
    candidates = [
        Candidate(m.round[0], m.round[1:], score)
        for m, score in mentions
        if m.round and (not group.parties or not m.parties or set(m.parties) <= set(group.parties))
    ]
    if candidates:
        return candidates[:1]  # a name's ordinal always beats a bare one below
    # "... holding the inaugural session", "Round XII", "for the twelfth time".
    for info in group.held:
        found = ordinal_noun(info.sentence.text) or round_number_after(info.sentence.text)
        if found is not None:
            number, start, end = found
            return [Candidate(number, (info.sentence.start + start, info.sentence.start + end), NEAR)]
    for info in context.infos:
        this_was = _THIS_WAS_RE.search(info.sentence.text)
        if this_was is None and not info.next:
            this_was = _APPOSITIVE_RE.search(info.sentence.text)
            if this_was is not None and earlier_reference(info.sentence.text):
                this_was = None  # (the costlier test, only where an ordinal stands in apposition)
        value = ordinal_value(this_was.group("ordinal")) if this_was and not info.next else None
        if this_was is not None and value is not None:
            span = (info.sentence.start + this_was.start("ordinal"), info.sentence.start + this_was.end("ordinal"))
            return [Candidate(value, span, NEAR)]
    return []
