"""What every field component shares: the meeting's context, candidates and the decision.

A field component is a function ``find(context) -> list[Candidate]``: every value the text
offers for one field of one meeting, each with the span it was read from and a score.
Components run in the registry's order (``fields/__init__.py``), so a later one can read
the values decided before it (chairs and places read the parties). ``decide`` takes the
best-scored candidate; on a tie the first found wins, which is the order of the text or of
the component's rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rapport.pipeline.extract.dates import PartialDate
from rapport.pipeline.extract.detect import MeetingGroup, SentenceInfo
from rapport.pipeline.extract.fields.discussion import discussion
from rapport.pipeline.extract.places import PlaceMention, filed_from
from rapport.pipeline.extract.sentences import Sentence
from rapport.pipeline.extract.wordpatterns import Scan
from rapport.pipeline.types import Span

# Scores say how directly the text gives a value; the tiers every component uses.
STATED = 1.0
"""Written where the meeting is reported (its held sentence, its name)."""
NEAR = 0.8
"""Written in the meeting's part of the text, not with its held verb."""
INFERRED = 0.5
"""Read from elsewhere in the text (another dated event, the most named countries)."""


@dataclass(frozen=True)
class DocumentContext:
    """What every meeting of a document shares: text, sentences, cues, publication date."""

    flat: str
    infos: list[SentenceInfo]
    published: PartialDate | None
    scan: Scan


@dataclass(frozen=True)
class Candidate:
    """One value the text offers for a field, the span it was read from, and how sure."""

    value: Any
    span: Span | None
    score: float


@dataclass
class MeetingContext:
    """One meeting being read: its group of held sentences, its region, decided fields."""

    document: DocumentContext
    group: MeetingGroup
    region: range
    last: bool
    """Whether this is the document's last meeting (it alone takes the next meeting)."""
    decided: dict[str, Any] = field(default_factory=dict)

    @property
    def flat(self) -> str:
        """The working text."""
        return self.document.flat

    @cached_property
    def infos(self) -> list[SentenceInfo]:
        """The sentences of the meeting's region of the text."""
        return [self.document.infos[index] for index in self.region]

    @property
    def parties(self) -> tuple[str, ...]:
        """The parties decided for this meeting (the first component decides them)."""
        parties: tuple[str, ...] = self.decided.get("parties", ())
        return parties

    @cached_property
    def filed_from(self) -> PlaceMention | None:
        """The city the story's dateline names, read once and only when a field asks for it."""
        return filed_from(self.flat, (info.sentence for info in self.document.infos))

    @cached_property
    def discussed(self) -> list[Sentence]:
        """The sentences that report what the meeting discussed (themes, instruments)."""
        return discussion(self)


@dataclass(frozen=True)
class Field:
    """A registered field component: the record field it fills and its finder."""

    name: str
    find: Callable[[MeetingContext], list[Candidate]]
    empty: Any = None
    """The field's value when no candidate is found."""


def decide(candidates: list[Candidate]) -> Candidate | None:
    """The best-scored candidate; the first of equals (text or rule order)."""
    best: Candidate | None = None
    for candidate in candidates:
        if best is None or candidate.score > best.score:
            best = candidate
    return best
