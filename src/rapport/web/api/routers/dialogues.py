"""Dialogues (mechanisms): list, one with its timeline, and its briefing pack."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router
from pydantic import Field

from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import CODE_PATTERN, ListQuery, csv_doc, page
from rapport.web.api.records import mechanism_record, records_of
from rapport.web.api.schemas import DialogueDetailOut, DialoguePage
from rapport.web.briefing import brief_html, brief_pdf
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Mechanism
from rapport.web.dialogues.selectors import (
    MechanismFilters,
    mechanism_list,
    mechanism_meetings,
    mechanism_visible,
)

router = Router(tags=["dialogues"])


class DialogueQuery(ListQuery):
    """Filters of the dialogue list."""

    party: str | None = Field(None, pattern=CODE_PATTERN, description="ISO code of a party, e.g. KZ")
    theme: str | None = Field(None, max_length=50, description="dialogues with a meeting on this theme")
    q: str | None = Field(None, max_length=200, description="words in the name")


def dialogue_for(user: Visitor | None, pk: int) -> Mechanism:
    """One visible dialogue, or a 404 in the API's shape."""
    found = mechanism_visible(user=user, mechanism_id=pk)
    if found is None:
        raise ApiError(404, f"No dialogue {pk} (or it has no published meeting yet).", field="id")
    return found


@router.get("/dialogues", response={200: DialoguePage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List dialogues")
def dialogue_list(request: HttpRequest, query: Query[DialogueQuery]) -> Any:
    """Dialogues, by name; filter by party, theme or words of the name."""
    filters = MechanismFilters(party=query.party or "", theme=query.theme or "", q=query.q or "")
    return page("dialogues", mechanism_list(user=require_reader(request).user, filters=filters), query)


@router.get("/dialogues/{int:dialogue_id}", response={200: DialogueDetailOut, **error_responses(401, 404, 422)},
            summary="One dialogue with its meetings")
def dialogue_detail(request: HttpRequest, dialogue_id: int) -> Any:
    """A dialogue and its visible meetings in date order."""
    user = require_reader(request).user
    mechanism = dialogue_for(user, dialogue_id)
    meetings = mechanism_meetings(user=user, mechanism=mechanism)
    return {**mechanism_record(mechanism).model_dump(), "meetings": records_of("meetings", meetings)}


BRIEF_DOC = {"responses": {200: {"description": "the briefing pack", "content": {
    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
    "text/html": {"schema": {"type": "string"}}}}}}


@router.get("/dialogues/{int:dialogue_id}/brief", response={200: None, **error_responses(401, 404, 422)},
            url_name="dialogue_brief", openapi_extra=BRIEF_DOC, summary="Briefing pack (PDF or HTML)")
def dialogue_brief(request: HttpRequest, dialogue_id: int,
                   format: Literal["pdf", "html"] = "pdf", as_of: dt.date | None = None) -> HttpResponse:
    """The briefing pack for the next round: last round, promises, themes, sources."""
    user = require_reader(request).user
    mechanism = dialogue_for(user, dialogue_id)
    name = f"briefing-{mechanism.pk}-{(as_of or dt.date.today()).isoformat()}.{format}"
    if format == "html":
        return HttpResponse(brief_html(mechanism, as_of, user=user), content_type="text/html; charset=utf-8")
    response = HttpResponse(brief_pdf(mechanism, as_of, user=user), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response
