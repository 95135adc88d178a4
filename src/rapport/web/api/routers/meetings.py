"""Meetings: the filtered list, and one meeting with its sources, promises and conflicts."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import MeetingQuery, csv_doc, meeting_window, page
from rapport.web.api.records import meeting_record, promise_record, source_record
from rapport.web.api.schemas import MeetingDetailOut, MeetingPage
from rapport.web.dialogues.models import Meeting
from rapport.web.dialogues.visibility import visible_meetings

router = Router(tags=["meetings"])


def meetings_for(user: Any, query: MeetingQuery) -> Any:
    """The visible meetings the filters select, in date order."""
    meetings = meeting_window(visible_meetings(user), query)
    return meetings.order_by("date_start", "id")


@router.get("/meetings", response={200: MeetingPage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List meetings")
def meeting_list(request: HttpRequest, query: Query[MeetingQuery]) -> Any:
    """Meetings in date order; filter by party, dialogue, theme, date range, status or words."""
    user = require_reader(request).user
    return page("meetings", meetings_for(user, query), query)


def _fields(meeting: Meeting) -> list[dict[str, Any]]:
    """Each field's chosen value and every value its reports give (conflicts flagged)."""
    from rapport.web.dialogues.selectors import meeting_field_values

    return [
        {"name": f.name, "chosen": f.chosen, "corrected": f.corrected, "conflict": f.conflict,
         "values": [{"value": v.value, "sources": v.sources, "chosen": v.chosen} for v in f.values]}
        for f in meeting_field_values(meeting=meeting)
    ]


@router.get("/meetings/{int:meeting_id}", response={200: MeetingDetailOut, **error_responses(401, 404, 422)},
            summary="One meeting with sources and conflicts")
def meeting_detail(request: HttpRequest, meeting_id: int) -> Any:
    """A meeting: chosen values, instruments, promises, sources and the values each report gives."""
    from rapport.web.dialogues.selectors import meeting_detail as load

    user = require_reader(request).user
    if not visible_meetings(user).filter(pk=meeting_id).exists():
        raise ApiError(404, f"No meeting {meeting_id} (or it is not published).", field="id")
    meeting = load(meeting_id=meeting_id)
    sources = {r.source.pk: r.source for r in meeting.reports.all()}
    return {
        **meeting_record(meeting),
        "instruments": [{"kind": i.kind, "title": i.title, "date": i.date or None, "support": i.support}
                        for i in meeting.instruments.all()],
        "promises": [promise_record(p) for p in meeting.promises.all()],
        "sources": [source_record(s) for _, s in sorted(sources.items())],
        "fields": _fields(meeting), "corrections": dict(meeting.corrections or {}),
    }
