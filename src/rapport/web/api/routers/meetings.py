"""Meetings: the filtered list, and one meeting with its sources, promises and conflicts."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import MeetingQuery, csv_doc, meeting_filters, page
from rapport.web.api.records import meeting_detail_record
from rapport.web.api.schemas import MeetingDetailOut, MeetingPage
from rapport.web.dialogues.selectors import (
    meeting_field_values,
    meeting_visible,
    meetings_for,
    next_meeting_promise,
)

router = Router(tags=["meetings"])


@router.get("/meetings", response={200: MeetingPage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List meetings")
def meeting_list(request: HttpRequest, query: Query[MeetingQuery]) -> Any:
    """Meetings in date order; filter by party, dialogue, theme, date range, status or words."""
    user = require_reader(request).user
    return page("meetings", meetings_for(user=user, filters=meeting_filters(query)), query)


@router.get("/meetings/{int:meeting_id}", response={200: MeetingDetailOut, **error_responses(401, 404, 422)},
            summary="One meeting with sources and conflicts")
def meeting_detail(request: HttpRequest, meeting_id: int) -> Any:
    """A meeting: chosen values, instruments, promises, sources and the values each report gives."""
    user = require_reader(request).user
    meeting = meeting_visible(user=user, meeting_id=meeting_id)
    if meeting is None:
        raise ApiError(404, f"No meeting {meeting_id} (or it is not published).", field="id")
    fields = meeting_field_values(
        meeting=meeting, reports=list(meeting.reports.all()), promise=next_meeting_promise(meeting)
    )
    return meeting_detail_record(meeting, fields)
