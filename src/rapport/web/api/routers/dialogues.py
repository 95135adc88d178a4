"""Dialogues (mechanisms): list, one with its timeline, and its briefing pack."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.db.models import Count, Exists, Max, Min, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router
from pydantic import Field

from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import CODE_PATTERN, ListQuery, csv_doc, page
from rapport.web.api.records import mechanism_record, records_of
from rapport.web.api.schemas import DialogueDetailOut, DialoguePage
from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.dialogues.visibility import visible_mechanisms, visible_meetings

router = Router(tags=["dialogues"])


class DialogueQuery(ListQuery):
    """Filters of the dialogue list."""

    party: str | None = Field(None, pattern=CODE_PATTERN, description="ISO code of a party, e.g. KZ")
    theme: str | None = Field(None, max_length=50, description="dialogues with a meeting on this theme")
    q: str | None = Field(None, max_length=200, description="words in the name")


def dialogues_for(user: Any) -> QuerySet:
    """Visible dialogues with their visible meetings' count and first and last dates."""
    seen = meeting_filter_for(user, "meetings__")
    return visible_mechanisms(user).annotate(
        meeting_count=Count("meetings", filter=seen, distinct=True),
        first=Min("meetings__date_start", filter=seen),
        last=Max("meetings__date_start", filter=seen),
    ).order_by("name", "id")


def dialogue_for(user: Any, pk: int) -> Mechanism:
    """One visible dialogue, or a 404 in the API's shape."""
    found = dialogues_for(user).filter(pk=pk).first()
    if found is None:
        raise ApiError(404, f"No dialogue {pk} (or it has no published meeting yet).", field="id")
    return found


@router.get("/dialogues", response={200: DialoguePage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List dialogues")
def dialogue_list(request: HttpRequest, query: Query[DialogueQuery]) -> Any:
    """Dialogues, by name; filter by party, theme or words of the name."""
    user = require_reader(request).user
    mechanisms = dialogues_for(user)
    if query.party:
        mechanisms = mechanisms.filter(parties__code=query.party.upper())
    if query.theme:
        themed = visible_meetings(user, Meeting.objects.filter(mechanism=OuterRef("pk"), themes__theme=query.theme))
        mechanisms = mechanisms.filter(Exists(themed))
    if query.q:
        mechanisms = mechanisms.filter(name__icontains=query.q.strip())
    return page("dialogues", mechanisms, query)


@router.get("/dialogues/{int:dialogue_id}", response={200: DialogueDetailOut, **error_responses(401, 404, 422)},
            summary="One dialogue with its meetings")
def dialogue_detail(request: HttpRequest, dialogue_id: int) -> Any:
    """A dialogue and its visible meetings in date order."""
    user = require_reader(request).user
    mechanism = dialogue_for(user, dialogue_id)
    meetings = visible_meetings(user, mechanism.meetings.all()).order_by("date_start", "round", "id")
    return {**mechanism_record(mechanism), "meetings": records_of("meetings", meetings)}


BRIEF_DOC = {"responses": {200: {"description": "the briefing pack", "content": {
    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
    "text/html": {"schema": {"type": "string"}}}}}}


@router.get("/dialogues/{int:dialogue_id}/brief", response={200: None, **error_responses(401, 404, 422)},
            url_name="dialogue_brief", openapi_extra=BRIEF_DOC, summary="Briefing pack (PDF or HTML)")
def dialogue_brief(request: HttpRequest, dialogue_id: int,
                   format: Literal["pdf", "html"] = "pdf", as_of: dt.date | None = None) -> HttpResponse:
    """The briefing pack for the next round: last round, promises, themes, sources."""
    from rapport.web.briefing import brief_html, brief_pdf

    user = require_reader(request).user
    mechanism = dialogue_for(user, dialogue_id)
    name = f"briefing-{mechanism.pk}-{(as_of or dt.date.today()).isoformat()}.{format}"
    if format == "html":
        return HttpResponse(brief_html(mechanism, as_of, user=user), content_type="text/html; charset=utf-8")
    response = HttpResponse(brief_pdf(mechanism, as_of, user=user), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response
