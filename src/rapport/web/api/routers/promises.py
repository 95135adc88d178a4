"""Promises made at meetings (above all the next round) and their status."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from rapport.web.api.auth import require_reader
from rapport.web.api.errors import error_responses
from rapport.web.api.listing import CODE_PATTERN, ListQuery, RecordId, csv_doc, page
from rapport.web.api.schemas import PromisePage
from rapport.web.followup.models import PromiseStatus
from rapport.web.followup.selectors import promise_filtered

router = Router(tags=["promises"])


class PromiseQuery(ListQuery):
    """Filters of the promise list."""

    status: PromiseStatus | None = Field(None, description="status as last computed")
    kind: Literal["next_meeting", "other"] | None = Field(None, description="what was promised")
    dialogue: RecordId | None = Field(None, description="id of the dialogue whose meeting made it")
    party: str | None = Field(None, pattern=CODE_PATTERN, description="ISO code of a party to that meeting")
    theme: str | None = Field(None, max_length=50, description="made at a meeting on this theme")
    due_from: dt.date | None = Field(None, description="due on or after this day")
    due_to: dt.date | None = Field(None, description="due on or before this day")


@router.get("/promises", response={200: PromisePage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List promises")
def promise_list(request: HttpRequest, query: Query[PromiseQuery]) -> Any:
    """Promises by due date; filter by status, kind, dialogue, party, theme or due dates."""
    promises = promise_filtered(
        user=require_reader(request).user, status=query.status or "", kind=query.kind or "",
        mechanism=query.dialogue, party=query.party or "", theme=query.theme or "",
        due_from=query.due_from, due_to=query.due_to, undated_last=False,
    )
    return page("promises", promises, query)
