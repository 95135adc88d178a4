"""Pages of people: the list (search by any spelling) and a person's page."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from rapport.web.accounts.decorators import editor_view, public_view
from rapport.web.accounts.roles import can_view_drafts
from rapport.web.dialogues.models import Participation
from rapport.web.dialogues.visibility import visible_meetings
from rapport.web.people import selectors
from rapport.web.people.models import Person
from rapport.web.people.services import person_merge as person_merge_service
from rapport.web.people.services import person_rename as person_rename_service


@public_view
def person_list(request: HttpRequest) -> HttpResponse:
    """People who chaired a visible meeting, searchable by name or any alias."""
    q = request.GET.get("q", "").strip()
    page = Paginator(selectors.person_list(user=request.user, q=q), 50).get_page(request.GET.get("page"))
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
        "namesakes": Person.objects.filter(party=person.party_id, name_key=person.name_key).exclude(pk=person.pk)[:10],
    })


def _person_action(request: HttpRequest, action: Callable[[], object], success: str) -> None:
    """Run a people service; its ValidationError becomes a message the editor reads."""
    try:
        action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success)


@require_POST
@editor_view
def person_rename(request: HttpRequest, pk: int) -> HttpResponse:
    """Give a person the right name; the old one stays a spelling. Recorded in the history."""
    person = get_object_or_404(Person, pk=pk)
    name = request.POST.get("name", "")
    _person_action(request, lambda: person_rename_service(person=person, name=name), f"Renamed to {' '.join(name.split())}.")
    return redirect("people:detail", pk=pk)


@require_POST
@editor_view
def person_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Fold another person (by number) into this one: the same person under two records."""
    person = get_object_or_404(Person, pk=pk)
    other_id = request.POST.get("other", "").strip().lstrip("#")
    other = Person.objects.filter(pk=int(other_id)).first() if other_id.isdigit() else None
    if other is None:
        messages.error(request, f"There is no person number “{other_id}”.")
    else:
        _person_action(request, lambda: person_merge_service(target=person, other=other),
                       f"{other.name} (#{other.pk}) merged into {person.name}.")
    return redirect("people:detail", pk=pk)
