"""People who chaired delegations, and the themes of meetings."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import CODE_PATTERN, ListQuery, WindowQuery, csv_doc, page
from rapport.web.api.records import records_of
from rapport.web.api.schemas import PersonDetailOut, PersonPage, ThemePage
from rapport.web.briefing.words import theme_label
from rapport.web.dialogues.selectors import theme_meeting_counts
from rapport.web.people import selectors as people_selectors

router = Router(tags=["people and themes"])


class PersonQuery(ListQuery):
    """Filters of the people list."""

    party: str | None = Field(None, pattern=CODE_PATTERN, description="ISO code of the party they represent")
    q: str | None = Field(None, max_length=200, description="part of a name or of any spelling of it")


@router.get("/people", response={200: PersonPage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List people")
def person_list(request: HttpRequest, query: Query[PersonQuery]) -> Any:
    """People by name; filter by party or by a spelling of the name."""
    people = people_selectors.person_list(user=require_reader(request).user, q=query.q or "", party=query.party or "")
    return page("people", people, query)


@router.get("/people/{int:person_id}", response={200: PersonDetailOut, **error_responses(401, 404, 422)},
            summary="One person with the meetings they chaired")
def person_detail(request: HttpRequest, person_id: int) -> Any:
    """A person, their spellings and positions, and the visible meetings they chaired."""
    user = require_reader(request).user
    found = records_of("people", people_selectors.person_list(user=user).filter(pk=person_id))
    if not found:
        raise ApiError(404, f"No person {person_id} (or none of their meetings is published).", field="id")
    return {**found[0], "meetings": records_of("meetings", people_selectors.person_meetings(user=user, person_id=person_id))}


@router.get("/themes", response={200: ThemePage, **error_responses(401, 422)}, summary="List themes")
def theme_list(request: HttpRequest, query: Query[WindowQuery]) -> Any:
    """Themes discussed at visible meetings, most frequent first."""
    user = require_reader(request).user
    rows = [{"id": theme, "label": theme_label(theme), "meeting_count": n}
            for theme, n in theme_meeting_counts(user=user)]
    return {"total": len(rows), "limit": query.limit, "offset": query.offset,
            "items": rows[query.offset: query.offset + query.limit]}
