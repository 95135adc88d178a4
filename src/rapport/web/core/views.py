"""The home page and the history of a record."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from rapport.web.accounts.decorators import login_view, public_view
from rapport.web.accounts.roles import can_view_drafts
from rapport.web.accounts.visibility import meeting_filter_for, visible_meetings
from rapport.web.core.changelog import object_history

DUE_SOON_DAYS = 180


@public_view
def home(request: HttpRequest) -> HttpResponse:
    """Recent meetings, overdue and soon-due promises, the review queue size and a search box."""
    from rapport.web.followup.models import Promise

    today = date.today()
    meetings = (
        visible_meetings(request.user)
        .select_related("mechanism")
        .prefetch_related("parties")
        .order_by("-date_start", "-id")[:12]
    )
    promises = Promise.objects.filter(meeting_filter_for(request.user, "meeting__")).select_related(
        "meeting", "meeting__mechanism"
    )
    context: dict[str, Any] = {
        "meetings": meetings,
        "overdue": promises.filter(status="overdue").order_by("due_by")[:10],
        "due_soon": promises.filter(
            status="pending", due_by__gte=today, due_by__lte=today + timedelta(days=DUE_SOON_DAYS)
        ).order_by("due_by")[:10],
        "today": today,
        "due_soon_days": DUE_SOON_DAYS,
    }
    if can_view_drafts(request.user):
        from rapport.web.review.views import queue_size

        context["queue_size"] = queue_size()
    return render(request, "core/home.html", context)


def _history_models() -> dict[str, Any]:
    """The record kinds whose history can be shown, by the name used in URLs."""
    from rapport.web.dialogues.models import Mechanism, Meeting
    from rapport.web.followup.models import Promise
    from rapport.web.people.models import Person
    from rapport.web.sources.models import Source

    return {"meeting": Meeting, "dialogue": Mechanism, "person": Person, "promise": Promise, "source": Source}


@login_view
def history(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Who changed a record, when, and its values before and after."""
    model = _history_models().get(kind)
    if model is None:
        raise Http404("no such kind of record")
    instance = get_object_or_404(model, pk=pk)
    changes = [{"change": c, "rows": _diff_rows(c.before, c.after)} for c in object_history(instance)]
    return render(
        request, "core/history.html", {"instance": instance, "kind": kind, "changes": changes}
    )


def _diff_rows(before: Any, after: Any) -> list[dict[str, str]]:
    """One row per field that a change touched: its value before and after, as text."""
    before = before if isinstance(before, dict) else {}
    after = after if isinstance(after, dict) else {}
    rows = []
    for key in sorted(set(before) | set(after)):
        rows.append({"field": key, "before": _text(before.get(key)), "after": _text(after.get(key))})
    return rows


def _text(value: Any) -> str:
    """A JSON value as short readable text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """The page of a form sent without a valid CSRF token (an old page, or cookies off), styled as the others."""
    return render(request, "403_csrf.html", {"reason": reason}, status=403)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A request the server refuses before any view reads it; one too large says what to do instead."""
    from django.conf import settings
    from django.core.exceptions import RequestDataTooBig

    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1024 / 1024
        message = (f"What you sent is over the {limit:.0f} MB a form may send. Go back: save a long text as a "
                   ".txt file and add the file, or paste it in parts.")
        return render(request, "400.html", {"title": "Too large to send", "message": message}, status=413)
    return render(request, "400.html", {"title": "Bad request",
                                        "message": "The server could not read this request."}, status=400)
