"""``rapport ingest`` in one process: read, skip done inputs, extract a batch, store it.

The stages are separate so a distributed runner can swap the middle one:
(1) read inputs (``rapport.ingest.warc.iter_corpus``: ``fetch.iter_inputs`` plus web archives); (2) drop inputs the ledger marks done;
(3) extract the batch (``batches.extract_keyed``, pure); (4) store it in one transaction
(``store.store_batch``); (5) after the last batch, refresh promise statuses as of a date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from rapport.ingest.batches import Extracted, batched, bulk_gc, extract_keyed, input_key, raw_hash
from rapport.pipeline.types import RawDocument, Rejection

if TYPE_CHECKING:
    from rapport.ingest.store import BatchOutcome
    from rapport.web.sources.models import IngestRun

Progress = Callable[[Counter[str]], None]

DEFAULT_BATCH_SIZE = 100


@dataclass
class IngestSummary:
    """What a run did: counts (read, new, duplicate, skipped, rejected) and each rejection."""

    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)
    promises: Counter[str] = field(default_factory=Counter)


def not_done(raws: list[RawDocument]) -> list[RawDocument]:
    """The raws the ledger does not already mark done with the same content."""
    from rapport.ingest.store import keys_done

    keys = [input_key(raw) for raw in raws]
    done = keys_done(keys)
    # Hash only the inputs the ledger knows: on a first run, none (hashing is the workers' job).
    return [raw for raw, key in zip(raws, keys, strict=True) if key not in done or done[key] != raw_hash(raw)]


def _pending(raws: list[RawDocument], summary: IngestSummary) -> list[RawDocument]:
    """The raws still to ingest, counting the others as skipped."""
    fresh = not_done(raws)
    summary.counts["skipped"] += len(raws) - len(fresh)
    return fresh


def store_items(
    batch: list[RawDocument | Rejection],
    *,
    run: IngestRun,
    summary: IngestSummary,
    extract: Callable[[list[RawDocument]], list[Extracted]],
    defer_search: bool = False,
) -> BatchOutcome:
    """Store one batch in one transaction: rejections, and the pending raws as ``extract`` reads them."""
    from rapport.ingest.store import store_batch

    summary.counts["read"] += len(batch)
    rejected = [item for item in batch if isinstance(item, Rejection)]
    raws = _pending([item for item in batch if isinstance(item, RawDocument)], summary)
    outcome = store_batch(run=run, extracted=extract(raws), rejected=rejected, defer_search=defer_search)
    summary.counts.update(outcome.counts)
    summary.rejections.extend(outcome.rejections)
    return outcome


def finish_run(*, run: IngestRun, summary: IngestSummary, as_of: date | None) -> IngestSummary:
    """Refresh promise statuses as of a date and close the run's record."""
    from rapport.ingest.store import run_finish, run_meetings
    from rapport.web.followup.services import promise_refresh_statuses

    summary.promises = promise_refresh_statuses(as_of=as_of or date.today(), touched=run_meetings(run))
    run_finish(run=run, counts=dict(summary.counts))
    return summary


def ingest_paths(
    paths: Sequence[str],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
    wait_seconds: float = 0.0,
) -> IngestSummary:
    """Ingest every document under ``paths`` in transactional batches; resumable and idempotent.

    One run at a time per database: another one running, this waits ``wait_seconds`` for it,
    then raises ``lock.IngestBusy``.
    """
    from rapport.ingest.lock import ingest_lock
    from rapport.ingest.store import run_start
    from rapport.ingest.warc import iter_corpus
    from rapport.pipeline.fetch import DEFAULT_MAX_BYTES

    summary = IngestSummary()
    with ingest_lock(wait_seconds=wait_seconds):
        run = run_start(paths=paths)
        items = iter_corpus(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        with bulk_gc():
            for batch in batched(items, max(1, batch_size)):
                store_items(batch, run=run, summary=summary, extract=extract_keyed)
                if progress is not None:
                    progress(summary.counts)
            return finish_run(run=run, summary=summary, as_of=as_of)
