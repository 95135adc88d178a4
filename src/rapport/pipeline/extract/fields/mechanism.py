"""The mechanism field: the dialogue's name as written with the meeting, parties made explicit."""

from __future__ import annotations

from rapport.pipeline.extract.fields.base import NEAR, STATED, Candidate, MeetingContext
from rapport.pipeline.extract.mechanisms import MechanismMention, paired_name


def find(context: MeetingContext) -> list[Candidate]:
    """Names of the dialogue: with two parties written first, then any named with the meeting."""
    held = [m for info in context.group.held for m in info.mechanisms]
    ordered = [m for m in held if len(m.parties) == 2] + [m for m in held if len(m.parties) != 2]
    if not ordered:
        ordered = [m for info in context.document.infos for m in info.mechanisms][:1]
    parties = context.parties
    return [
        Candidate(_name(m, parties), (m.start, m.end), STATED if index == 0 else NEAR)
        for index, m in enumerate(ordered)
    ]


def _name(mechanism: MechanismMention, parties: tuple[str, ...]) -> str:
    """A bare "Human Rights Dialogue" takes the parties' names: "EU-Mongolia Human Rights Dialogue"."""
    if len(mechanism.parties) == 2 or len(parties) != 2 or mechanism.titled:
        return mechanism.name
    return paired_name(parties, mechanism.name)
