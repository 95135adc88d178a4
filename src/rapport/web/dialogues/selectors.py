"""Reads on dialogues: meeting lists and details, mechanisms, timelines, field values."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from django.db.models import Count, Max, Min, Prefetch, Q, QuerySet

from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.sources.models import Report


@dataclass(frozen=True)
class MeetingFilters:
    """What a meeting list can be narrowed by; every field optional."""

    mechanism: int | None = None
    party: str | None = None
    year: int | None = None
    status: str | None = None
    published_only: bool = False
    q: str | None = None


def meeting_list(*, filters: MeetingFilters | None = None) -> QuerySet[Meeting]:
    """Meetings matching ``filters``, in date order, with their mechanism and counts."""
    f = filters or MeetingFilters()
    meetings = Meeting.objects.select_related("mechanism").annotate(report_count=Count("reports"))
    if f.mechanism:
        meetings = meetings.filter(mechanism_id=f.mechanism)
    if f.party:
        meetings = meetings.filter(parties__code=f.party.upper())
    if f.year:
        meetings = meetings.filter(date_start__year=f.year)
    if f.status:
        meetings = meetings.filter(review_status=f.status)
    if f.published_only:
        meetings = meetings.filter(published=True)
    if f.q:
        meetings = meetings.filter(
            Q(mechanism__name__icontains=f.q) | Q(place_city__icontains=f.q)
            | Q(participations__person__name__icontains=f.q)
        ).distinct()
    return meetings.order_by("date_start", "id")


def meeting_detail(*, meeting_id: int) -> Meeting:
    """One meeting with everything its page shows prefetched (raises Meeting.DoesNotExist)."""
    return (
        Meeting.objects.select_related("mechanism")
        .prefetch_related(
            "parties", "themes", "instruments", "participations__person", "participations__party",
            "promises__fulfilled_by",
            Prefetch("reports", queryset=Report.objects.select_related("source").order_by("id")),
        )
        .get(pk=meeting_id)
    )


def mechanism_list() -> QuerySet[Mechanism]:
    """Mechanisms with their meeting count and first and last meeting dates."""
    return Mechanism.objects.prefetch_related("parties").annotate(
        meeting_count=Count("meetings"),
        first_date=Min("meetings__date_start"),
        last_date=Max("meetings__date_start"),
    ).order_by("name")


@dataclass(frozen=True)
class TimelineEntry:
    """A meeting on its mechanism's timeline, with its round (inferred when certain)."""

    meeting: Meeting
    round: int | None
    round_inferred: bool


def _infer_rounds(rounds: list[int | None]) -> list[int | None]:
    """Fill unknown rounds where the series makes them certain (no room for a gap)."""
    known = [(i, r) for i, r in enumerate(rounds) if r is not None]
    filled = list(rounds)
    for (i, a), (j, b) in pairwise(known):
        if b - a == j - i:  # exactly as many meetings between as rounds between
            for k in range(i + 1, j):
                filled[k] = a + (k - i)
    if known and known[0][1] == known[0][0] + 1:  # all earlier rounds are present
        for k in range(known[0][0]):
            filled[k] = k + 1
    return filled


def mechanism_timeline(*, mechanism: Mechanism) -> list[TimelineEntry]:
    """The mechanism's meetings (rejected left out) in date order, rounds filled in when certain."""
    meetings = list(
        mechanism.meetings.exclude(review_status="rejected")
        .prefetch_related("participations__person", "promises")
        .order_by("date_start", "round", "id")
    )
    dated = [m for m in meetings if m.date_start] + [m for m in meetings if not m.date_start]
    rounds = _infer_rounds([m.round for m in dated])
    return [
        TimelineEntry(meeting=m, round=r, round_inferred=m.round is None and r is not None)
        for m, r in zip(dated, rounds, strict=True)
    ]


@dataclass
class FieldValue:
    """One value a field takes in some reports, with those reports' sources."""

    value: Any
    sources: list[str] = field(default_factory=list)
    chosen: bool = False

    @property
    def support(self) -> int:
        """How many reports give this value."""
        return len(self.sources)


@dataclass
class FieldValues:
    """A meeting field: the chosen value, every value reports give, and whether they conflict."""

    name: str
    chosen: Any
    corrected: bool
    values: list[FieldValue]
    conflict: bool = False
    """True when reports give values that cannot all be true."""


def meeting_field_values(*, meeting: Meeting) -> list[FieldValues]:
    """Each field's values across the meeting's reports, with sources; conflicts visible."""
    from rapport.web.dialogues.field_values import collect_field_values

    return collect_field_values(meeting)
