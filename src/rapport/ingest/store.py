"""The Django half of ingest: the run ledger and writing one batch in one transaction.

A batch's Sources, Reports, Meetings and its inputs' outcomes commit together, so a process
killed at any moment (even ``kill -9``) leaves either the whole batch or none of it; a re-run
finds the done inputs in ``IngestInput`` and skips them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, QuerySet
from django.utils import timezone

from rapport.ingest.batches import Extracted, input_key
from rapport.pipeline.types import ExtractionResult, Rejection
from rapport.web.core.actor import current_actor
from rapport.web.core.services import batch_cache
from rapport.web.dialogues.models import Meeting
from rapport.web.search.index import deferred_search, index_missing
from rapport.web.sources.models import INTERRUPTED, IngestInput, IngestRun, InputOutcome, Report
from rapport.web.sources.services import source_ingest_many


@dataclass
class BatchOutcome:
    """What storing a batch did: counts by outcome and the rejections, for the summary."""

    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)
    created: list[int] = field(default_factory=list)  # ids of the new Sources


def run_start(*, paths: Sequence[str]) -> IngestRun:
    """Open the ledger of a new ingest run (the caller holds ``lock.ingest_lock``), first closing
    the runs a killed process left open and indexing for search any source such a run left
    unindexed."""
    close_interrupted_runs()
    index_missing()
    return IngestRun.objects.create(actor_label=current_actor().label or "", paths=list(paths))


def close_interrupted_runs() -> int:
    """Mark every open run interrupted, with the counts its committed batches reached.

    Only a run holding the ingest lock may call this: then no other run is alive, and an open
    one is one whose process was killed.
    """
    closed = 0
    for run in IngestRun.objects.filter(finished__isnull=True):
        by_outcome = IngestInput.objects.filter(run=run).values("outcome").annotate(n=Count("id"))
        outcomes = Counter(dict(by_outcome.values_list("outcome", "n")))
        run.counts = {"new": outcomes[InputOutcome.INGESTED], "duplicate": outcomes[InputOutcome.DUPLICATE],
                      "rejected": outcomes[InputOutcome.REJECTED], INTERRUPTED: 1}
        run.finished = timezone.now()
        run.save(update_fields=["finished", "counts"])
        closed += 1
    return closed


def run_finish(*, run: IngestRun, counts: dict[str, int]) -> IngestRun:
    """Close a run's ledger with its final counts."""
    run.finished, run.counts = timezone.now(), dict(counts)
    run.save(update_fields=["finished", "counts"])
    return run


def run_meetings(run: IngestRun) -> QuerySet[Meeting]:
    """The meetings a run's new reports joined (created or changed): where its promises may have changed."""
    return Meeting.objects.filter(pk__in=Report.objects.filter(source__ingest_run=run).values("meeting_id"))


def keys_done(keys: Iterable[str]) -> dict[str, str]:
    """Of ``keys``, those already ingested or found duplicate, with the raw hash they had."""
    done = IngestInput.objects.filter(
        key__in=list(keys), outcome__in=[InputOutcome.INGESTED, InputOutcome.DUPLICATE]
    )
    return dict(done.values_list("key", "content_hash"))


def _ledger_write(rows: list[IngestInput]) -> None:
    """Write the outcome rows of a batch, replacing earlier outcomes of the same keys."""
    IngestInput.objects.filter(key__in=[r.key for r in rows]).delete()
    IngestInput.objects.bulk_create(rows)


def _rejected_row(run: IngestRun, key: str, raw_hash: str, rejection: Rejection) -> IngestInput:
    return IngestInput(key=key[:1100], run=run, content_hash=raw_hash, outcome=InputOutcome.REJECTED,
                       code=rejection.code, reason=rejection.reason, line=rejection.line)


@transaction.atomic
def store_batch(
    *, run: IngestRun, extracted: Sequence[Extracted], rejected: Sequence[Rejection] = (),
    defer_search: bool = False,
) -> BatchOutcome:
    """Write a batch — results and read-time rejections — and its ledger in one transaction.

    ``defer_search``: leave the new sources out of the full-text index; the caller indexes
    ``BatchOutcome.created`` after the commit (``rapport.web.search.index``).
    """
    out = BatchOutcome()
    rows: dict[str, IngestInput] = {}
    for key, raw_hash, rejection in [
        *((input_key(r), "", r) for r in rejected),
        *((i.key, i.raw_hash, i.outcome) for i in extracted if isinstance(i.outcome, Rejection)),
    ]:
        rows[key] = _rejected_row(run, key, raw_hash, rejection)
        out.counts["rejected"] += 1
        out.rejections.append(rejection)
    results = [(i, i.outcome) for i in extracted if isinstance(i.outcome, ExtractionResult)]
    with batch_cache(), deferred_search() if defer_search else nullcontext():
        stored = source_ingest_many(
            results=[(result, result.origin or item.key) for item, result in results], run=run,
            text_hashes=[item.text_hash for item, _ in results],
        )
    for (item, result), outcome in zip(results, stored, strict=True):
        rows[item.key] = IngestInput(
            key=item.key[:1100], run=run, content_hash=item.raw_hash, source=outcome.source,
            outcome=InputOutcome.INGESTED if outcome.created else InputOutcome.DUPLICATE,
            reason=outcome.duplicate_of,
        )
        out.counts["new" if outcome.created else "duplicate"] += 1
        if outcome.created:
            out.created.append(outcome.source.pk)
        out.counts["meetings_reported"] += len(result.meetings) if outcome.created else 0
    _ledger_write(list(rows.values()))
    return out
