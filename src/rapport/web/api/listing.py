"""Lists: limit/offset pagination with the total, filters shared by lists, CSV/JSON output."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from django.db.models import QuerySet
from django.http import HttpResponse
from ninja import Schema
from pydantic import Field, field_validator

from rapport.web.api.exports import records_response
from rapport.web.api.records import records_of
from rapport.web.core.ids import MAX_ID
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Meeting
from rapport.web.dialogues.selectors import MeetingFilters, meetings_narrowed

MAX_LIMIT = 500
CODE_PATTERN = r"^[A-Za-z]{2}$"
RecordId = Annotated[int, Field(ge=1, le=MAX_ID)]
"""An id given as a filter: within what the databases store, so never an overflow."""


def no_nul(value: Any) -> Any:
    """Refuse text holding NUL characters (PostgreSQL cannot store or compare them)."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("text must not contain NUL (\\x00) characters")
    return value


class WindowQuery(Schema):
    """The window of a list: how many items, after how many."""

    _no_nul = field_validator("*", mode="before")(no_nul)

    limit: int = Field(50, ge=1, le=MAX_LIMIT, description=f"items per page (1–{MAX_LIMIT})")
    offset: int = Field(0, ge=0, le=10_000_000, description="items to skip")


class ListQuery(WindowQuery):
    """The window of a list and its format (CSV holds every match, ignoring the window)."""

    format: Literal["json", "csv"] = Field("json", description="csv: every matching row as CSV")


class MeetingQuery(ListQuery):
    """Filters of meeting lists."""

    party: str | None = Field(None, pattern=CODE_PATTERN, description="ISO code of a party, e.g. KZ")
    dialogue: RecordId | None = Field(None, description="id of a dialogue (mechanism)")
    theme: str | None = Field(None, max_length=50, description="theme id, e.g. media_freedom")
    date_from: dt.date | None = Field(None, description="meetings that may fall on or after this day")
    date_to: dt.date | None = Field(None, description="meetings that may fall on or before this day")
    status: Literal["draft", "confirmed", "rejected"] | None = Field(None, description="review status")
    q: str | None = Field(None, max_length=200, description="words in the dialogue, place or a chair's name")


def csv_doc(description: str = "a page of the list as JSON, or with format=csv every matching row as CSV") -> dict[str, Any]:
    """OpenAPI extra documenting the ``text/csv`` variant of a 200 answer."""
    return {"responses": {200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": description}}}


def meeting_filters(query: MeetingQuery) -> MeetingFilters:
    """The meeting filters of a list's query, as the dialogues' selectors take them."""
    return MeetingFilters(mechanism=query.dialogue, party=query.party, theme=query.theme, date_from=query.date_from,
                          date_to=query.date_to, status=query.status, q=query.q)


def meeting_window(meetings: QuerySet[Meeting], query: MeetingQuery) -> QuerySet[Meeting]:
    """``meetings`` narrowed by the query's filters."""
    return meetings_narrowed(meetings, meeting_filters(query))


def page(
    kind: str, objects: QuerySet[Any], query: ListQuery, *, viewer: Visitor | None = None
) -> dict[str, Any] | HttpResponse:
    """The page of ``objects`` the query asks for, or every row as CSV (as ``viewer`` may see them)."""
    if query.format == "csv":
        records = records_of(kind, objects, viewer=viewer)
        response = records_response(kind, records, fmt="csv")
        response["X-Total-Count"] = str(len(records))
        return response
    window = objects[query.offset: query.offset + query.limit]
    return {"total": objects.count(), "limit": query.limit, "offset": query.offset,
            "items": records_of(kind, window, viewer=viewer)}
