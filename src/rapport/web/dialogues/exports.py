"""Reads for exports: every meeting and mechanism as a plain JSON-ready row.

A meeting row carries the contract's meeting fields as the tracker holds them (chosen or
corrected values), its review status, the ``sources`` it was built from (input ids for JSONL
input, else URLs or paths), the ``conflicts`` between its reports, and the support counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Prefetch

from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.dialogues.selectors import (
    mechanism_timeline,
    meeting_field_values,
    next_meeting_promise,
)
from rapport.web.sources.models import Report


def _place(city: str, country: str) -> dict[str, str | None] | None:
    return {"city": city or None, "country": country or None} if city or country else None


def _next_meeting(meeting: Meeting) -> dict[str, Any] | None:
    promise = next_meeting_promise(meeting)
    if promise is None:
        return None
    return {"date": promise.due or None, "place": _place(promise.place_city, promise.place_country)}


def _conflicts(meeting: Meeting) -> dict[str, list[dict[str, Any]]]:
    fields = meeting_field_values(meeting=meeting, reports=list(meeting.reports.all()), promise=next_meeting_promise(meeting))
    return {
        field.name: [{"value": v.value, "sources": v.sources} for v in field.values]
        for field in fields
        if field.conflict
    }


def meeting_row(meeting: Meeting) -> dict[str, Any]:
    """One meeting as an export row (contract fields plus status, sources, conflicts)."""
    participations = sorted(meeting.participations.all(), key=lambda p: (p.party_id or 0, p.person.name))
    return {
        "id": meeting.pk,
        "mechanism": meeting.mechanism.name if meeting.mechanism else None,
        "parties": meeting.party_key.split(",") if meeting.party_key else [],
        "round": meeting.round,
        "date": meeting.date or None,
        "place": _place(meeting.place_city, meeting.place_country),
        "chairs": [
            {"name": p.person.name, "party": p.party.code if p.party else None,
             "position": p.position or None}
            for p in participations
        ],
        "themes": sorted(t.theme for t in meeting.themes.all()),
        "instruments": [
            {"kind": i.kind, "title": i.title, "date": i.date or None} for i in meeting.instruments.all()
        ],
        "next_meeting": _next_meeting(meeting),
        "review_status": meeting.review_status,
        "published": meeting.published,
        "sources": [r.source.reference for r in meeting.reports.all()],
        "support": meeting.support,
        "corrected": sorted(meeting.corrections),
        "conflicts": _conflicts(meeting),
    }


def meeting_export_rows() -> Iterator[dict[str, Any]]:
    """Every meeting, reviewed or not, in date order, as export rows."""
    meetings = Meeting.objects.select_related("mechanism").prefetch_related(
        "themes", "instruments", "promises", "participations__person", "participations__party",
        Prefetch("reports", queryset=Report.objects.select_related("source").order_by("id")),
    ).order_by("date_start", "id")
    for meeting in meetings.iterator(chunk_size=200):
        yield meeting_row(meeting)


def mechanism_export_rows() -> Iterator[dict[str, Any]]:
    """Every mechanism with its timeline (meeting ids, dates, rounds — inferred ones marked)."""
    for mechanism in Mechanism.objects.prefetch_related("parties").order_by("name"):
        timeline = mechanism_timeline(mechanism=mechanism)
        yield {
            "id": mechanism.pk,
            "name": mechanism.name,
            "aliases": mechanism.aliases,
            "parties": mechanism.party_key.split(","),
            "cadence": mechanism.cadence or None,
            "meetings": [
                {"id": e.meeting.pk, "date": e.meeting.date or None, "round": e.round,
                 "round_inferred": e.round_inferred, "review_status": e.meeting.review_status}
                for e in timeline
            ],
        }
