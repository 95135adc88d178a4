"""Reads on sources, reports and ingest runs."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from rapport.web.accounts.roles import can_view_drafts
from rapport.web.core.users import Visitor
from rapport.web.dialogues.selectors import MeetingFilters, meetings_for
from rapport.web.sources.models import IngestInput, IngestRun, Report, Source
from rapport.web.sources.visibility import visible_sources


def source_list(*, user: Visitor | None, meetings: MeetingFilters | None = None, outlet: str = "") -> QuerySet[Source]:
    """Sources ``user`` may see, newest first; with ``meetings``, those reporting a meeting
    ``user`` may see that the filters select; with ``outlet``, by a part of the outlet's name."""
    sources = visible_sources(user)
    if meetings is not None:
        reported = meetings_for(user=user, filters=meetings).filter(reports__source=OuterRef("pk"))
        sources = sources.filter(Exists(reported))
    if outlet.strip():
        sources = sources.filter(outlet__icontains=outlet.strip())
    return sources.order_by("-published", "id")


def source_visible(*, user: Visitor | None, source_id: int) -> QuerySet[Source]:
    """The source ``source_id`` if ``user`` may see it (a queryset of it, or empty): the page's
    and the API's one rule, a source reporting a meeting ``user`` may see."""
    return visible_sources(user).filter(pk=source_id)


def source_reports(*, user: Visitor | None, source: Source) -> list[Report]:
    """The reports of ``source`` in document order, with their meetings; for anonymous visitors
    only those of published meetings."""
    reports = source.reports.select_related("meeting", "meeting__mechanism").order_by("position")
    if can_view_drafts(user):
        return list(reports)
    return [r for r in reports if r.meeting is not None and r.meeting.published]


def sources_by_id(*, source_ids: list[int]) -> dict[int, Source]:
    """The sources numbered ``source_ids`` by number (search results, already limited to visible ones)."""
    return Source.objects.in_bulk(source_ids)


def ingest_run_list() -> QuerySet[IngestRun]:
    """Ingest runs, newest first."""
    return IngestRun.objects.order_by("-started")


def ingest_rejections(*, run: IngestRun | None = None) -> QuerySet[IngestInput]:
    """Inputs that were rejected, with their reasons, optionally of one run."""
    inputs = IngestInput.objects.filter(outcome="rejected")
    return inputs.filter(run=run) if run else inputs
