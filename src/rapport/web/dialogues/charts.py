"""Turn a dialogue's meetings and promises into the inputs of the timeline and chairs charts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from django.urls import reverse

from rapport.web.accounts.templatetags.ui import isodate
from rapport.web.dialogues.models import Meeting
from rapport.web.followup.models import Promise, PromiseStatus
from rapport.web.ui.charts import Event, Span, lanes_chart, scale_for, timeline
from rapport.web.ui.vocab import country_name


def _round_title(meeting: Meeting) -> str:
    """``Round 3`` or ``Meeting`` when the round is unknown."""
    return f"Round {meeting.round}" if meeting.round else "Meeting"


def _place(city: str, country: str) -> str:
    """City, or the country's name when the city is unknown."""
    return city or country_name(country)


def timeline_events(meetings: Sequence[Meeting], promises: Sequence[Promise]) -> list[Event]:
    """One event per dated meeting, and one per pending next-meeting promise with a due date."""
    events = [
        Event(
            when=m.date_start,
            lines=tuple(x for x in (_round_title(m), isodate(m.date), _place(m.place_city, m.place_country)) if x),
            href=reverse("dialogues:meeting", args=[m.pk]),
            draft=not m.published,
        )
        for m in meetings
        if m.date_start
    ]
    for p in promises:
        when = _promise_date(p)
        if when and p.status in (PromiseStatus.PENDING, PromiseStatus.OVERDUE):  # still awaited
            lines = ("Next round due", isodate(p.due), _place(p.place_city, p.place_country))
            events.append(Event(when=when, lines=tuple(x for x in lines if x), kind="promise",
                                href=reverse("dialogues:meeting", args=[p.meeting_id])))
    return events


def _promise_date(promise: Promise) -> date | None:
    """Where to plot a promise: the first day its due date may mean."""
    parts = (promise.due or "").split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return promise.due_by


def dialogue_charts(meetings: Sequence[Meeting], promises: Sequence[Promise]) -> dict[str, Any]:
    """The timeline and the chairs-over-time chart of a dialogue, on one shared date scale."""
    events = timeline_events(meetings, promises)
    if not events:
        return {"timeline": None, "chairs": None}
    scale = scale_for([e.when for e in events])
    return {"timeline": timeline(events, scale), "chairs": lanes_chart(_chair_rows(meetings), scale)}


def _chair_rows(meetings: Sequence[Meeting]) -> list[tuple[str, list[Span]]]:
    """Per party, one bar per chair from the first to the last meeting they chaired."""
    spans: dict[str, dict[int, list[Any]]] = defaultdict(dict)
    for m in meetings:
        if not m.date_start:
            continue
        for p in m.participations.all():
            if p.role != "chair":
                continue
            party = p.party.code if p.party else "?"
            entry = spans[party].setdefault(p.person_id, [p.person.name, m.date_start, m.date_end or m.date_start])
            entry[1] = min(entry[1], m.date_start)
            entry[2] = max(entry[2], m.date_end or m.date_start)
    return [
        (party, [Span(start, end, name, reverse("people:detail", args=[pid])) for pid, (name, start, end) in people.items()])
        for party, people in sorted(spans.items())
    ]
