"""Reads on people: lists, details and the meetings they chaired."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from rapport.web.people.models import Person


def person_list(*, q: str | None = None, party: str | None = None) -> QuerySet[Person]:
    """People, optionally by name or spelling and party, with how many meetings they chaired."""
    people = Person.objects.select_related("party").annotate(
        meeting_count=Count("participations", distinct=True)
    )
    if q:
        people = people.filter(Q(name__icontains=q) | Q(aliases__name__icontains=q)).distinct()
    if party:
        people = people.filter(party__code=party.upper())
    return people.order_by("name", "id")


def person_detail(*, person_id: int) -> Person:
    """One person with aliases, positions and participations (raises Person.DoesNotExist)."""
    return (
        Person.objects.select_related("party")
        .prefetch_related("aliases", "positions", "participations__meeting__mechanism")
        .get(pk=person_id)
    )
