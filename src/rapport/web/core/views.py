"""The home page and the history of a record."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from rapport.web.accounts.decorators import login_view, public_view
from rapport.web.accounts.roles import can_view_drafts
from rapport.web.core.changelog import object_history
from rapport.web.core.history_words import change_rows, changed_record, linked_records
from rapport.web.core.selectors import change_list
from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.dialogues.selectors import recent_meetings
from rapport.web.followup.models import Promise
from rapport.web.followup.selectors import promises_due
from rapport.web.people.models import Person
from rapport.web.review.selectors import queue_size
from rapport.web.sources.models import Source

DUE_SOON_DAYS = 180
CHANGES_PER_PAGE = 50


@public_view
def home(request: HttpRequest) -> HttpResponse:
    """Recent meetings, overdue and soon-due promises, the review queue size and a search box."""
    today = date.today()
    promises = promises_due(user=request.user, today=today, days=DUE_SOON_DAYS, limit=10)
    context: dict[str, Any] = {
        "meetings": recent_meetings(user=request.user, limit=12),
        "overdue": promises.overdue,
        "due_soon": promises.due_soon,
        "today": today,
        "due_soon_days": DUE_SOON_DAYS,
    }
    if can_view_drafts(request.user):
        context["queue_size"] = queue_size()
    return render(request, "core/home.html", context)


def _history_models() -> dict[str, Any]:
    """The record kinds whose history can be shown, by the name used in URLs."""
    return {"meeting": Meeting, "dialogue": Mechanism, "person": Person, "promise": Promise, "source": Source}


@login_view
def history(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Who changed a record, when, and its values before and after, in words."""
    model = _history_models().get(kind)
    if model is None:
        raise Http404("no such kind of record")
    instance = get_object_or_404(model, pk=pk)
    history = object_history(instance)
    linked = linked_records(history)
    changes = [{"change": c, "rows": change_rows(c, linked)} for c in history]
    return render(
        request, "core/history.html", {"instance": instance, "kind": kind, "changes": changes}
    )


CHANGE_KINDS = {"meeting": "meeting", "dialogue": "mechanism", "person": "person", "promise": "promise",
                "source": "source", "party": "party"}


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """The page of a form sent without a valid CSRF token (an old page, or cookies off), styled as the others."""
    return render(request, "403_csrf.html", {"reason": reason}, status=403)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A request the server refuses before any view reads it; one too large says what to do instead."""
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1024 / 1024
        message = (f"What you sent is over the {limit:.0f} MB a form may send. Go back: save a long text as a "
                   ".txt file and add the file, or paste it in parts.")
        return render(request, "400.html", {"title": "Too large to send", "message": message}, status=413)
    return render(request, "400.html", {"title": "Bad request",
                                        "message": "The server could not read this request."}, status=400)


@login_view
def changes(request: HttpRequest) -> HttpResponse:
    """Every recorded change across the tracker, newest first, by kind of record and by who."""
    kind = request.GET.get("kind", "").strip()
    actor = request.GET.get("actor", "").strip()[:100]
    problems = []
    records = change_list(actor=actor or None)
    if kind:
        if kind in CHANGE_KINDS:
            records = records.filter(content_type__model=CHANGE_KINDS[kind])
        else:
            problems.append(f"Unknown kind of record “{kind}”: choose one of {', '.join(CHANGE_KINDS)}.")
    page = Paginator(records, CHANGES_PER_PAGE).get_page(request.GET.get("page"))
    items = []
    shown = list(page.object_list)
    linked = linked_records(shown)
    for change in shown:
        url, name = changed_record(change, linked)
        items.append({"change": change, "url": url, "name": name, "rows": change_rows(change, linked)})
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "core/changes.html", {
        "page": page, "items": items, "kinds": list(CHANGE_KINDS), "kind": kind, "actor": actor,
        "problems": problems, "query": query.urlencode(),
    })
