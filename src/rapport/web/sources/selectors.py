"""Reads on sources, reports and ingest runs."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from rapport.web.sources.models import IngestInput, IngestRun, Source


def source_list(*, outlet: str | None = None) -> QuerySet[Source]:
    """Sources, newest publication first, with how many meeting reports each holds."""
    sources = Source.objects.defer("text").annotate(report_count=Count("reports"))
    if outlet:
        sources = sources.filter(outlet__iexact=outlet)
    return sources.order_by("-published", "-id")


def source_detail(*, source_id: int) -> Source:
    """One source with its reports and their meetings (raises Source.DoesNotExist)."""
    return Source.objects.prefetch_related("reports__meeting__mechanism").get(pk=source_id)


def ingest_run_list() -> QuerySet[IngestRun]:
    """Ingest runs, newest first."""
    return IngestRun.objects.order_by("-started")


def ingest_rejections(*, run: IngestRun | None = None) -> QuerySet[IngestInput]:
    """Inputs that were rejected, with their reasons, optionally of one run."""
    inputs = IngestInput.objects.filter(outcome="rejected")
    return inputs.filter(run=run) if run else inputs
