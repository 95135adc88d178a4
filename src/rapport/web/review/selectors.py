"""Reads of the review queue: reports without a meeting, and the suggestions ingest left."""

from __future__ import annotations

from django.db.models import F, QuerySet, Window
from django.db.models.functions import RowNumber

from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.review.models import Suggestion
from rapport.web.sources.models import Report

CANDIDATES = 12
"""Meetings of the same parties offered for a report without one, newest first."""


def unplaced_reports() -> QuerySet[Report]:
    """Reports no meeting was found for ("which meeting?"), oldest first."""
    return Report.objects.filter(meeting__isnull=True).select_related("source").order_by("created", "id")


def meeting_choices_for(reports: list[Report]) -> dict[int, list[Meeting]]:
    """Per report, the meetings of its parties a reviewer may put it in, newest first; one query."""
    keys = {r.party_key for r in reports}
    newest = Window(RowNumber(), partition_by=[F("party_key")], order_by=[F("date_start").desc(), F("id").desc()])
    meetings = (
        Meeting.objects.filter(party_key__in=keys).exclude(review_status=ReviewStatus.REJECTED)
        .select_related("mechanism").annotate(rank=newest).filter(rank__lte=CANDIDATES)
        .order_by("party_key", "-date_start", "-id")
    )
    by_key: dict[str, list[Meeting]] = {key: [] for key in keys}
    for meeting in meetings:
        by_key[meeting.party_key].append(meeting)
    return {r.pk: by_key[r.party_key] for r in reports}


def suggestion_list() -> QuerySet[Suggestion]:
    """Merge and split suggestions with their meetings and report, oldest first."""
    return Suggestion.objects.select_related(
        "meeting__mechanism", "other__mechanism", "report__source"
    ).order_by("created", "id")
