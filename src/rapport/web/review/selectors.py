"""Reads of the review queue: reports without a meeting, and the suggestions ingest left."""

from __future__ import annotations

from django.db.models import QuerySet

from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.review.models import Suggestion
from rapport.web.sources.models import Report

CANDIDATES = 12
"""Meetings of the same parties offered for a report without one, newest first."""


def unplaced_reports() -> QuerySet[Report]:
    """Reports no meeting was found for ("which meeting?"), oldest first."""
    return Report.objects.filter(meeting__isnull=True).select_related("source").order_by("created", "id")


def meeting_choices(report: Report) -> list[Meeting]:
    """The meetings of a report's parties a reviewer may put it in, newest first."""
    meetings = Meeting.objects.filter(party_key=report.party_key).exclude(review_status=ReviewStatus.REJECTED)
    return list(meetings.select_related("mechanism").order_by("-date_start", "-id")[:CANDIDATES])


def suggestion_list() -> QuerySet[Suggestion]:
    """Merge and split suggestions with their meetings and report, oldest first."""
    return Suggestion.objects.select_related(
        "meeting__mechanism", "other__mechanism", "report__source"
    ).order_by("created", "id")
