"""One ingest for every door: ``ingest_items`` runs the stages, the doors only make its items.

The CLI (``ingest_paths``, also under ``--dask``), the web's add form and the REST API turn
their input into ``RawDocument``s and ``Rejection``s and call ``ingest_items``, which
(1) takes the ingest lock and opens the run's ledger; (2) drops inputs the ledger marks done;
(3) extracts a batch (``Extraction``: in this process by default, on a Dask cluster with
``dask_runner.DaskExtraction``); (4) stores it in one transaction (``store.store_batch``);
(5) after the last batch, refreshes promise statuses as of a date and closes the run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from rapport.ingest.batches import Extracted, batched, bulk_gc, extract_keyed, input_key, raw_hash
from rapport.ingest.lock import ingest_lock
from rapport.ingest.store import keys_done, run_finish, run_meetings, run_start, store_batch
from rapport.ingest.warc import iter_corpus
from rapport.pipeline.fetch import DEFAULT_MAX_BYTES
from rapport.pipeline.types import RawDocument, Rejection
from rapport.web.followup.services import promise_refresh_statuses

if TYPE_CHECKING:
    from rapport.ingest.store import BatchOutcome
    from rapport.web.sources.models import IngestRun

Progress = Callable[[Counter[str]], None]
Item = RawDocument | Rejection
Extract = Callable[[list[RawDocument]], list[Extracted]]
"""Extracts the documents of a store batch still to ingest, in order, with their keys and hashes."""

DEFAULT_BATCH_SIZE = 100


@dataclass
class IngestSummary:
    """What a run did: its ledger's id, counts (read, new, duplicate, skipped, rejected) and each rejection."""

    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)
    promises: Counter[str] = field(default_factory=Counter)
    run_id: int | None = None


class Extraction:
    """Where a run's documents are extracted: this base extracts each store batch in this process.

    ``dask_runner.DaskExtraction`` overrides it to extract ahead of the writer on a cluster;
    the ledger checks, the transactions and the run's record stay ``ingest_items``'s.
    """

    defer_search = False
    """Whether the store leaves new sources out of the full-text index, for ``stored`` to index."""

    def session(self) -> AbstractContextManager[object]:
        """What the batches are stored inside of (left before the run is closed)."""
        return nullcontext()

    def ready(self, batches: Iterable[list[Item]]) -> Iterator[tuple[list[Item], Extract]]:
        """Each store batch, in input order, with the function that extracts its pending documents."""
        for batch in batches:
            yield batch, extract_keyed

    def stored(self, outcome: BatchOutcome) -> None:
        """Told what storing a batch did (once its transaction has committed)."""


def not_done(raws: list[RawDocument]) -> list[RawDocument]:
    """The raws the ledger does not already mark done with the same content."""
    keys = [input_key(raw) for raw in raws]
    done = keys_done(keys)
    # Hash only the inputs the ledger knows: on a first run, none (hashing is the workers' job).
    return [raw for raw, key in zip(raws, keys, strict=True) if key not in done or done[key] != raw_hash(raw)]


def _store_items(
    batch: list[Item], *, run: IngestRun, summary: IngestSummary, extract: Extract, defer_search: bool
) -> BatchOutcome:
    """Store one batch in one transaction: rejections, and the pending raws as ``extract`` reads them."""
    summary.counts["read"] += len(batch)
    rejected = [item for item in batch if isinstance(item, Rejection)]
    raws = [item for item in batch if isinstance(item, RawDocument)]
    fresh = not_done(raws)
    summary.counts["skipped"] += len(raws) - len(fresh)
    outcome = store_batch(run=run, extracted=extract(fresh), rejected=rejected, defer_search=defer_search)
    summary.counts.update(outcome.counts)
    summary.rejections.extend(outcome.rejections)
    return outcome


def _finish_run(*, run: IngestRun, summary: IngestSummary, as_of: date | None) -> IngestSummary:
    """Refresh promise statuses as of a date and close the run's record."""
    summary.promises = promise_refresh_statuses(as_of=as_of or date.today(), touched=run_meetings(run))
    run_finish(run=run, counts=dict(summary.counts))
    return summary


def ingest_items(
    items: Iterable[Item],
    label: Sequence[str],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    as_of: date | None = None,
    progress: Progress | None = None,
    wait_seconds: float = 0.0,
    extraction: Extraction | None = None,
) -> IngestSummary:
    """Ingest ``items`` in transactional batches as one run, recorded under ``label`` (the paths
    or origin they came from); resumable and idempotent: inputs the ledger marks done are skipped.

    One run at a time per database: another one running, this waits ``wait_seconds`` for it,
    then raises ``lock.IngestBusy``.
    """
    extraction = extraction or Extraction()
    summary = IngestSummary()
    with ingest_lock(wait_seconds=wait_seconds):
        run = run_start(paths=label)
        summary.run_id = run.pk
        with bulk_gc(), extraction.session():
            for batch, extract in extraction.ready(batched(items, max(1, batch_size))):
                outcome = _store_items(
                    batch, run=run, summary=summary, extract=extract, defer_search=extraction.defer_search
                )
                extraction.stored(outcome)
                if progress is not None:
                    progress(summary.counts)
        # The session is left first: with Dask, its indexer has caught up when the run is closed.
        return _finish_run(run=run, summary=summary, as_of=as_of)


def ingest_paths(
    paths: Sequence[str],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
    wait_seconds: float = 0.0,
    extraction: Extraction | None = None,
) -> IngestSummary:
    """``rapport ingest``: every document under ``paths`` (files, folders, JSONL, WARC) through ``ingest_items``."""
    items = iter_corpus(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    return ingest_items(items, paths, batch_size=batch_size, as_of=as_of, progress=progress,
                        wait_seconds=wait_seconds, extraction=extraction)
