"""The review queue: new meetings and new reports awaiting a decision, with their conflicts."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import F, Max, OuterRef, Q, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from rapport.web.accounts.decorators import login_view
from rapport.web.core.models import ChangeAction, ChangeRecord
from rapport.web.dialogues.forms import CorrectForm
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.dialogues.selectors import meeting_field_values

PAGE_SIZE = 20


# --- reads (temporary: to move into review/selectors.py) ------------------------------------
def review_queue() -> QuerySet:
    """Drafts, and published meetings that gained a report since their last review, oldest first."""
    last_review = (
        ChangeRecord.objects.filter(
            content_type=ContentType.objects.get_for_model(Meeting),
            object_id=OuterRef("pk"), action=ChangeAction.REVIEW,
        ).order_by("-time").values("time")[:1]
    )
    meetings = Meeting.objects.exclude(review_status=ReviewStatus.REJECTED).annotate(
        last_review=Subquery(last_review), last_report=Max("reports__created"),
    )
    return meetings.filter(
        Q(review_status=ReviewStatus.DRAFT) | Q(last_review__isnull=True) | Q(last_report__gt=F("last_review"))
    ).order_by("created", "id")


def queue_size() -> int:
    """How many meetings await a decision (as ``review_queue`` counts them).

    Drafts are counted on their own: the queue's per-meeting last review and last report are
    needed only for the meetings already decided, a small share of a store fed by ingest.
    """
    drafts = Meeting.objects.filter(review_status=ReviewStatus.DRAFT).count()
    return drafts + review_queue().exclude(review_status=ReviewStatus.DRAFT).count()
# ---------------------------------------------------------------------------------------------


def _item(meeting: Meeting) -> dict[str, Any]:
    """A queue entry: the meeting, its chairs, its sources and the fields whose reports disagree."""
    fields = meeting_field_values(meeting=meeting)
    return {
        "meeting": meeting,
        "conflicts": [f for f in fields if f.conflict],
        "new_report": meeting.review_status == ReviewStatus.CONFIRMED,
    }


@login_view
def queue(request: HttpRequest) -> HttpResponse:
    """The queue, twenty at a time; keyboard: j/k move, a accept, r reject, c correct."""
    meetings = review_queue().select_related("mechanism").prefetch_related(
        "reports__source", "themes", "participations__person", "participations__party",
    )
    page = Paginator(meetings, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "review/queue.html", {
        "page": page,
        "items": [_item(m) for m in page.object_list],
        "correctable": CorrectForm.base_fields["field"].choices,
    })


@login_view
def count(request: HttpRequest) -> HttpResponse:
    """The queue size as a bare number, for the navigation badge (fetched with htmx)."""
    return HttpResponse(str(queue_size()), content_type="text/plain")
