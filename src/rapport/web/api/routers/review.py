"""Review through the API: the queue of drafts, and decisions on a meeting."""

from __future__ import annotations

from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field, field_validator

from rapport.web.api.auth import acting, require_editor, require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import MeetingQuery, meeting_window, no_nul, page
from rapport.web.api.records import records_of
from rapport.web.api.schemas import MeetingOut, MeetingPage
from rapport.web.dialogues.models import Meeting
from rapport.web.dialogues.selectors import meeting_by_id, meetings_by_ids
from rapport.web.dialogues.services import meeting_field_correct, meeting_review
from rapport.web.review.selectors import draft_list

router = Router(tags=["write"])


class Decision(Schema):
    """A reviewer's decision: accept (confirm and publish), correct a field, or reject."""

    decision: Literal["accept", "correct", "reject", "reopen"]
    field: str | None = Field(None, max_length=50, description=(
        "for correct: date, round, place_city, place_country, mechanism (id or name), parties (KZ, US), "
        "themes (names or ids, comma-separated), instruments (kind: title (date); ...), "
        "next_meeting (date, city, country), chairs (name (party); ...)"))
    value: str | int | None = Field(None, description="for correct: the right value (null or empty clears it)")
    note: str = Field("", max_length=2000, description="why, for the history")

    _no_nul = field_validator("*", mode="before")(no_nul)


@router.get("/review", response={200: MeetingPage, **error_responses(401, 422)}, summary="Review queue")
def review_queue(request: HttpRequest, query: Query[MeetingQuery]) -> Any:
    """Meetings awaiting review (drafts), oldest first; signed-in callers only."""
    caller = require_reader(request)
    if not caller.can_view_drafts:
        raise ApiError(401, "The review queue needs an API token.")
    return page("meetings", meeting_window(draft_list(), query), query)


def _apply(meeting: Meeting, decision: Decision) -> None:
    """Run the service a decision asks for."""
    if decision.decision == "correct":
        if not decision.field:
            raise ApiError(422, "A correction names the field to correct.", field="field")
        meeting_field_correct(meeting=meeting, field=decision.field, value=decision.value)
        return
    status = {"accept": "confirmed", "reject": "rejected", "reopen": "draft"}[decision.decision]
    meeting_review(meeting=meeting, status=status, note=decision.note)


@router.post("/review/meetings/{int:meeting_id}", response={200: MeetingOut, **error_responses(400, 401, 403, 404, 422)},
             summary="Decide on a meeting")
def review_decide(request: HttpRequest, meeting_id: int, decision: Decision) -> Any:
    """Accept, correct, reject or reopen a meeting (editors only); recorded in its history."""
    caller = require_editor(request)
    meeting = meeting_by_id(meeting_id=meeting_id)
    if meeting is None:
        raise ApiError(404, f"No meeting {meeting_id}.", field="meeting_id")
    try:
        with acting(caller):
            _apply(meeting, decision)
    except ValidationError as error:
        raise ApiError(422, " ".join(error.messages), field=decision.field or "decision") from error
    return records_of("meetings", meetings_by_ids(meeting_ids=[meeting_id]))[0]
