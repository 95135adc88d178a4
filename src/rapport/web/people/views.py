"""Pages of people: the list (search by any spelling) and a person's page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from rapport.web.accounts.decorators import public_view
from rapport.web.accounts.roles import can_view_drafts
from rapport.web.accounts.visibility import meeting_filter_for, visible_meetings
from rapport.web.dialogues.models import Participation
from rapport.web.people.models import Person, PersonAlias


@public_view
def person_list(request: HttpRequest) -> HttpResponse:
    """People who chaired a visible meeting, searchable by name or any alias."""
    q = request.GET.get("q", "").strip()
    seen = Participation.objects.filter(meeting_filter_for(request.user, "meeting__"), person=OuterRef("pk"))
    people = (
        Person.objects.filter(Exists(seen))
        .select_related("party")
        .annotate(meetings=Count("participations", filter=meeting_filter_for(request.user, "participations__meeting__"), distinct=True))
        .order_by("name", "id")
    )
    if q:
        aliases = PersonAlias.objects.filter(person=OuterRef("pk"), name__icontains=q)
        people = people.filter(Q(name__icontains=q) | Q(Exists(aliases)))
    page = Paginator(people, 50).get_page(request.GET.get("page"))
    query = f"q={q}" if q else ""
    return render(request, "people/list.html", {"page": page, "q": q, "query": query})


@public_view
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A person's spellings, positions over time, and the meetings they chaired."""
    people = Person.objects.select_related("party")
    if not can_view_drafts(request.user):
        seen = Participation.objects.filter(person=OuterRef("pk"), meeting__published=True)
        people = people.filter(Exists(seen))
    person = get_object_or_404(people, pk=pk)
    meetings = (
        visible_meetings(request.user)
        .filter(participations__person=person)
        .select_related("mechanism")
        .distinct()
        .order_by("-date_start", "-id")
    )
    return render(request, "people/detail.html", {
        "person": person,
        "aliases": person.aliases.all(),
        "positions": person.positions.select_related("party").order_by("start", "title"),
        "meetings": meetings[:200],
    })
