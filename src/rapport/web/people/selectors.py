"""Reads on people: lists, details and the meetings they chaired."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Meeting, Participation
from rapport.web.dialogues.visibility import visible_meetings
from rapport.web.people.models import Person, PersonAlias


def person_list(*, user: Visitor | None, q: str = "", party: str = "") -> QuerySet[Person]:
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


def person_visible(*, user: Visitor | None, person_id: int) -> Person | None:
    """One person ``user`` may see (by ``person_list``'s rule: they chaired a meeting ``user``
    may see), with that meeting count; None when there is none. The page and the API read it."""
    return person_list(user=user).filter(pk=person_id).first()


def person_by_id(*, person_id: int) -> Person | None:
    """The person numbered ``person_id`` whether or not any meeting shows them (for editors' merges)."""
    return Person.objects.filter(pk=person_id).first()


def person_meetings(*, user: Visitor | None, person_id: int, newest_first: bool = False) -> QuerySet[Meeting]:
    """The meetings ``user`` may see that ``person_id`` chaired, with their dialogue, in date order
    (the latest first with ``newest_first``)."""
    order = ("-date_start", "-id") if newest_first else ("date_start", "id")
    meetings = visible_meetings(user).filter(participations__person_id=person_id).select_related("mechanism")
    return meetings.distinct().order_by(*order)


def person_namesakes(*, person: Person) -> QuerySet[Person]:
    """Other people of the same party whose names read the same: likely one person twice."""
    return Person.objects.filter(party=person.party_id, name_key=person.name_key).exclude(pk=person.pk)
