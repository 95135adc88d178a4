"""Records as plain data: one builder per kind, shared by the API's lists and the exports.

Each builder takes a model instance loaded with ``prefetch(kind, queryset)`` and returns a dict
of JSON-safe values whose shape the API's schemas (``schemas.py``) describe.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Count, Prefetch, QuerySet

from rapport.web.dialogues.models import Mechanism, Meeting, Participation
from rapport.web.followup.models import Promise
from rapport.web.people.models import Person
from rapport.web.sources.models import Report, Source


def _date(value: Any) -> str | None:
    return value.isoformat() if value else None


def _place(city: str, country: str) -> dict[str, str | None] | None:
    return {"city": city or None, "country": country or None} if city or country else None


def mechanism_record(m: Mechanism) -> dict[str, Any]:
    """A dialogue: name, aliases, parties and its rounds' span."""
    return {
        "id": m.pk, "name": m.name, "aliases": list(m.aliases or []),
        "parties": sorted(p.code for p in m.parties.all()), "cadence": m.cadence,
        "meeting_count": getattr(m, "meeting_count", None),
        "first_date": _date(getattr(m, "first", None)), "last_date": _date(getattr(m, "last", None)),
    }


def chair_record(p: Participation) -> dict[str, Any]:
    """A head of delegation at a meeting."""
    return {"person_id": p.person_id, "name": p.person.name,
            "party": p.party.code if p.party else None, "position": p.position}


def meeting_record(m: Meeting) -> dict[str, Any]:
    """A meeting's chosen values: when, where, who chaired, which themes."""
    return {
        "id": m.pk,
        "dialogue": {"id": m.mechanism_id, "name": m.mechanism.name} if m.mechanism else None,
        "parties": sorted(p.code for p in m.parties.all()), "round": m.round, "date": m.date or None,
        "date_start": _date(m.date_start), "date_end": _date(m.date_end),
        "place": _place(m.place_city, m.place_country), "review_status": m.review_status,
        "published": m.published, "themes": sorted(t.theme for t in m.themes.all()),
        "chairs": [chair_record(p) for p in m.participations.all() if p.role == "chair"],
        "source_count": len({r.source_id for r in m.reports.all()}),
    }


def person_record(p: Person) -> dict[str, Any]:
    """A person: name, party, spellings and how many meetings they chaired."""
    return {"id": p.pk, "name": p.name, "party": p.party.code if p.party else None,
            "aliases": sorted({a.name for a in p.aliases.all()}),
            "positions": [x.title for x in p.positions.all()],
            "meeting_count": getattr(p, "meeting_count", None)}


def promise_record(p: Promise) -> dict[str, Any]:
    """A promise with the meeting that made it and its status."""
    kept = p.fulfilled_by
    return {
        "id": p.pk, "kind": p.kind, "description": p.description, "due": p.due or None,
        "due_by": _date(p.due_by), "place": _place(p.place_city, p.place_country),
        "status": p.status, "status_as_of": _date(p.status_as_of), "manual": p.manual,
        "meeting": {"id": p.meeting_id, "date": p.meeting.date or None},
        "dialogue": {"id": p.meeting.mechanism_id, "name": p.meeting.mechanism.name} if p.meeting.mechanism else None,
        "fulfilled_by": {"id": kept.pk, "date": kept.date or None} if kept else None,
    }


def source_record(s: Source) -> dict[str, Any]:
    """A source document's metadata (not its text) and the meetings it reports."""
    return {
        "id": s.pk, "reference": s.reference, "url": s.url or None, "outlet": s.outlet or None,
        "title": s.title or None, "published": s.published or None, "language": s.language,
        "meeting_ids": sorted({r.meeting_id for r in s.reports.all() if r.meeting_id is not None}),
    }


def _chairs() -> Prefetch[str, QuerySet[Participation]]:
    return Prefetch("participations", queryset=Participation.objects.select_related("person", "party"))


# Any: each kind's queryset is of its own model.
PREFETCH: dict[str, Callable[[QuerySet[Any]], QuerySet[Any]]] = {
    "dialogues": lambda qs: qs.prefetch_related("parties"),
    "meetings": lambda qs: qs.select_related("mechanism").prefetch_related(
        "parties", "themes", _chairs(), Prefetch("reports", queryset=Report.objects.only("id", "source_id", "meeting_id"))),
    "people": lambda qs: qs.select_related("party").prefetch_related("aliases", "positions"),
    "promises": lambda qs: qs.select_related("meeting__mechanism", "fulfilled_by"),
    "sources": lambda qs: qs.defer("text").prefetch_related(
        Prefetch("reports", queryset=Report.objects.only("id", "source_id", "meeting_id"))),
}
BUILDERS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "dialogues": mechanism_record, "meetings": meeting_record, "people": person_record,
    "promises": promise_record, "sources": source_record,
}


def records_of(kind: str, objects: QuerySet[Any]) -> list[dict[str, Any]]:
    """The records of ``objects`` (a queryset of ``kind``), loaded in few queries."""
    return [BUILDERS[kind](obj) for obj in PREFETCH[kind](objects)]


def with_counts(people: QuerySet[Person]) -> QuerySet[Person]:
    """People annotated with how many meetings they chaired (if the selector did not)."""
    if "meeting_count" in people.query.annotations:
        return people
    return people.annotate(meeting_count=Count("participations__meeting", distinct=True))
