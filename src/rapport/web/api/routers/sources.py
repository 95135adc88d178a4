"""Sources: the documents meetings were read from."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import MeetingQuery, csv_doc, meeting_filters, page
from rapport.web.api.records import records_of
from rapport.web.api.schemas import SourceDetailOut, SourcePage
from rapport.web.sources import selectors as source_selectors

router = Router(tags=["sources"])


class SourceQuery(MeetingQuery):
    """Filters of the source list: by the meetings they report, and by outlet."""

    outlet: str | None = Field(None, max_length=300, description="part of the outlet's name")


@router.get("/sources", response={200: SourcePage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List sources")
def source_list(request: HttpRequest, query: Query[SourceQuery]) -> Any:
    """Sources, newest first; the meeting filters select sources reporting such meetings."""
    user = require_reader(request).user
    given = query.model_dump(include={"party", "dialogue", "theme", "date_from", "date_to", "status", "q"})
    meetings = meeting_filters(query) if any(v is not None for v in given.values()) else None
    sources = source_selectors.source_list(user=user, meetings=meetings, outlet=query.outlet or "")
    return page("sources", sources, query, viewer=user)


@router.get("/sources/{int:source_id}", response={200: SourceDetailOut, **error_responses(401, 404, 422)},
            summary="One source with its text")
def source_detail(request: HttpRequest, source_id: int) -> Any:
    """A source's metadata, the meetings it reports and its clean text."""
    user = require_reader(request).user
    sources = source_selectors.source_visible(user=user, source_id=source_id)
    found = records_of("sources", sources, viewer=user)
    if not found:
        raise ApiError(404, f"No source {source_id} (or it reports no published meeting).", field="id")
    return {**found[0], "text": sources.values_list("text", flat=True)[0]}
