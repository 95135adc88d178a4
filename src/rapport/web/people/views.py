"""Pages of people: the list (search by any spelling) and a person's page."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from rapport.web.accounts.decorators import editor_view, public_view
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
    person = selectors.person_visible(user=request.user, person_id=pk)
    if person is None:
        raise Http404("no such person, or none of their meetings is visible")
    return render(request, "people/detail.html", {
        "person": person,
        "aliases": person.aliases.all(),
        "positions": person.positions.select_related("party").order_by("start", "title"),
        "meetings": selectors.person_meetings(user=request.user, person_id=pk, newest_first=True)[:200],
        "namesakes": selectors.person_namesakes(person=person)[:10],
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
    other = selectors.person_by_id(person_id=int(other_id)) if other_id.isdigit() else None
    if other is None:
        messages.error(request, f"There is no person number “{other_id}”.")
    else:
        _person_action(request, lambda: person_merge_service(target=person, other=other),
                       f"{other.name} (#{other.pk}) merged into {person.name}.")
    return redirect("people:detail", pk=pk)
