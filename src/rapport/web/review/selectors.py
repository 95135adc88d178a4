"""Reads of the review queue: meetings awaiting a decision, reports without a meeting, and the
suggestions ingest left."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Max, OuterRef, Q, QuerySet, Subquery

from rapport.web.core.models import ChangeAction, ChangeRecord
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
    decided = review_queue().exclude(review_status=ReviewStatus.DRAFT).count()
    return drafts + decided + unplaced_reports().count() + suggestion_list().count()
