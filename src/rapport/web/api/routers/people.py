"""People who chaired delegations, and the themes of meetings."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import CODE_PATTERN, ListQuery, WindowQuery, csv_doc, page
from rapport.web.api.records import records_of
from rapport.web.api.schemas import PersonDetailOut, PersonPage, ThemePage
from rapport.web.dialogues.models import MeetingTheme, Participation
from rapport.web.dialogues.visibility import visible_meetings
from rapport.web.people.models import Person

router = Router(tags=["people and themes"])


class PersonQuery(ListQuery):
    """Filters of the people list."""

    party: str | None = Field(None, pattern=CODE_PATTERN, description="ISO code of the party they represent")
    q: str | None = Field(None, max_length=200, description="part of a name or of any spelling of it")


def people_for(user: Any) -> QuerySet:
    """People who chaired a meeting ``user`` may see, with the number of such meetings."""
    seen = meeting_filter_for(user, "participations__meeting__")
    chaired = Participation.objects.filter(meeting_filter_for(user, "meeting__"), person=OuterRef("pk"))
    return Person.objects.filter(Exists(chaired)).annotate(
        meeting_count=Count("participations__meeting", filter=seen, distinct=True)
    ).order_by("name", "id")


@router.get("/people", response={200: PersonPage, **error_responses(401, 422)},
            openapi_extra=csv_doc(), summary="List people")
def person_list(request: HttpRequest, query: Query[PersonQuery]) -> Any:
    """People by name; filter by party or by a spelling of the name."""
    people = people_for(require_reader(request).user)
    if query.party:
        people = people.filter(party__code=query.party.upper())
    if query.q:
        words = query.q.strip()
        people = people.filter(Q(name__icontains=words) | Q(aliases__name__icontains=words)).distinct()
    return page("people", people, query)


@router.get("/people/{int:person_id}", response={200: PersonDetailOut, **error_responses(401, 404, 422)},
            summary="One person with the meetings they chaired")
def person_detail(request: HttpRequest, person_id: int) -> Any:
    """A person, their spellings and positions, and the visible meetings they chaired."""
    user = require_reader(request).user
    found = records_of("people", people_for(user).filter(pk=person_id))
    if not found:
        raise ApiError(404, f"No person {person_id} (or none of their meetings is published).", field="id")
    meetings = visible_meetings(user).filter(participations__person_id=person_id).distinct()
    return {**found[0], "meetings": records_of("meetings", meetings.order_by("date_start", "id"))}


@router.get("/themes", response={200: ThemePage, **error_responses(401, 422)}, summary="List themes")
def theme_list(request: HttpRequest, query: Query[WindowQuery]) -> Any:
    """Themes discussed at visible meetings, most frequent first."""
    from rapport.web.briefing.words import theme_label

    user = require_reader(request).user
    counts = (MeetingTheme.objects.filter(meeting__in=visible_meetings(user)).values("theme")
              .annotate(n=Count("meeting", distinct=True)).order_by("-n", "theme"))
    rows = [{"id": c["theme"], "label": theme_label(c["theme"]), "meeting_count": c["n"]} for c in counts]
    return {"total": len(rows), "limit": query.limit, "offset": query.offset,
            "items": rows[query.offset: query.offset + query.limit]}
