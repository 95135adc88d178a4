"""The review queue: new meetings and new reports awaiting a decision, with their conflicts;
reports no meeting was found for ("which meeting?"); merges and splits the merge was unsure of."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from rapport.web.accounts.decorators import editor_view, login_view
from rapport.web.dialogues.forms import CorrectForm
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.dialogues.selectors import meeting_by_id, meeting_field_values
from rapport.web.dialogues.services import report_place
from rapport.web.review.selectors import (
    meeting_choices_for,
    queue_size,
    review_queue_items,
    suggestion_list,
    unplaced_reports,
)
from rapport.web.review.services import suggestion_dismiss, suggestions_of_report_drop
from rapport.web.sources.models import Report

PAGE_SIZE = 20


def _item(meeting: Meeting) -> dict[str, Any]:
    """A queue entry: the meeting, its chairs, its sources and the fields whose reports disagree."""
    fields = meeting_field_values(meeting=meeting)
    return {
        "meeting": meeting,
        "conflicts": [f for f in fields if f.conflict],
        "new_report": meeting.review_status == ReviewStatus.CONFIRMED,
    }


def _unplaced() -> list[tuple[Report, list[Meeting]]]:
    """The first reports without a meeting, each with the meetings it may be put in."""
    reports = list(unplaced_reports()[:PAGE_SIZE])
    choices = meeting_choices_for(reports)
    return [(r, choices[r.pk]) for r in reports]


@login_view
def queue(request: HttpRequest) -> HttpResponse:
    """The queue, twenty at a time; keyboard: j/k move, a accept, r reject, c correct."""
    page = Paginator(review_queue_items(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "review/queue.html", {
        "page": page,
        "items": [_item(m) for m in page.object_list],
        "correctable": CorrectForm.FIELD_CHOICES,
        "unplaced": _unplaced(),
        "suggestions": list(suggestion_list()[:PAGE_SIZE]),
    })


@require_POST
@editor_view
def place(request: HttpRequest, pk: int) -> HttpResponse:
    """Put a report without a meeting into the meeting the reviewer chose."""
    report = get_object_or_404(unplaced_reports(), pk=pk)
    chosen = request.POST.get("meeting", "")
    meeting = meeting_by_id(meeting_id=int(chosen)) if chosen.isdigit() else None
    if meeting is None:
        messages.error(request, "Choose the meeting this report is about.")
    else:
        try:
            report_place(report=report, meeting=meeting)
            suggestions_of_report_drop(report_id=report.pk)
            messages.success(request, f"Report placed in meeting #{meeting.pk}.")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return HttpResponseRedirect(reverse("review:queue"))


@require_POST
@editor_view
def dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """Drop a suggestion the reviewer disagrees with."""
    suggestion_dismiss(suggestion_id=pk)
    return HttpResponseRedirect(reverse("review:queue"))


@login_view
def count(request: HttpRequest) -> HttpResponse:
    """The queue size as a bare number, for the navigation badge (fetched with htmx)."""
    return HttpResponse(str(queue_size()), content_type="text/plain")
