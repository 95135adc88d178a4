"""Reads on people: lists, details and the meetings they chaired."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.dialogues.models import Meeting, Participation
from rapport.web.dialogues.visibility import visible_meetings
from rapport.web.people.models import Person, PersonAlias


def person_list(*, user: Any, q: str = "", party: str = "") -> QuerySet[Person]:
    """People who chaired a meeting ``user`` may see, by name, with the number of such meetings
    (``meeting_count``); optionally by a part of any spelling of the name and by party."""
    chaired = Participation.objects.filter(meeting_filter_for(user, "meeting__"), person=OuterRef("pk"))
    seen = meeting_filter_for(user, "participations__meeting__")
    people = Person.objects.filter(Exists(chaired)).select_related("party").annotate(
        meeting_count=Count("participations__meeting", filter=seen, distinct=True)
    )
    if q.strip():
        aliases = PersonAlias.objects.filter(person=OuterRef("pk"), name__icontains=q.strip())
        people = people.filter(Q(name__icontains=q.strip()) | Q(Exists(aliases)))
    if party:
        people = people.filter(party__code=party.upper())
    return people.order_by("name", "id")


def person_meetings(*, user: Any, person_id: int) -> QuerySet[Meeting]:
    """The meetings ``user`` may see that ``person_id`` chaired, in date order."""
    return visible_meetings(user).filter(participations__person_id=person_id).distinct().order_by("date_start", "id")


def person_detail(*, person_id: int) -> Person:
    """One person with aliases, positions and participations (raises Person.DoesNotExist)."""
    return (
        Person.objects.select_related("party")
        .prefetch_related("aliases", "positions", "participations__meeting__mechanism")
        .get(pk=person_id)
    )
