"""``rapport ingest --dask``: the same ingest, with extraction on a Dask cluster.

Only the extraction stage moves (``batches.extract_hashed``, pure, with the hashes the store
needs): the client process reads the inputs, drops those the ledger marks done, sends the rest
to the workers as one task per store batch (a hundred documents: the ~2 ms a task costs to
schedule is small beside them), up to ``READ_AHEAD_DOCUMENTS`` ahead of the writer, collects
the results as they complete (``as_completed``) and hands them, batch by batch in input order,
to ``runner.ingest_items`` — the run, the ledger checks, the transactions and the run's close
are that one function's, as for every other door (``DaskExtraction`` is only its extraction
stage) — while the workers go on extracting. So the database, the ledger, the rejections and
the summary come out exactly as ``runner.ingest_paths`` makes them, and a run killed at any
moment resumes the same way.

The single writer is the slowest stage, so it is spared what can run beside it: full-text
indexing of its new sources goes to a second database session (``search.index.SearchIndexer``),
and local workers run at the lowest priority, on the cycles the writer and the database leave.
"""

from __future__ import annotations

import gc
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from rapport.ingest.batches import (
    BULK_GC_THRESHOLDS,
    Extracted,
    Hashed,
    batched,
    extract_hashed,
    keyed,
)
from rapport.ingest.cluster import ClusterSpec, parse_cluster
from rapport.ingest.runner import (
    DEFAULT_BATCH_SIZE,
    Extract,
    Extraction,
    IngestSummary,
    Item,
    Progress,
    ingest_paths,
    not_done,
)
from rapport.pipeline.types import RawDocument
from rapport.web.search.index import SearchIndexer

if TYPE_CHECKING:
    from distributed import Client, Future, as_completed

    from rapport.ingest.store import BatchOutcome
    from rapport.web.search.index import SearchIndexer

BATCHES_PER_TASK = 1
"""Store batches per worker task: 100 documents already amortise the ~2 ms a task costs, and the
writer gets its first results after one batch is extracted, not four."""

READ_AHEAD_DOCUMENTS = 2_000
"""Documents sent to the workers and not yet written, at most. The single writer is the slowest
stage: extraction should run ahead of it, so that it never waits for a batch, as far as the
client's memory allows (a document and its extraction hold some tens of kilobytes)."""

WORKER_NICENESS = 19
"""How much nicer than the writer local workers run (``os.nice`` increment): the most, so they
take only the cycles the writer and the database server leave."""

def quiet(logger: logging.Logger) -> None:
    """Keep Dask's start-up and shutdown chatter (INFO) off an ingest's output; warnings still show."""
    if logger.getEffectiveLevel() < logging.WARNING:
        logger.setLevel(logging.WARNING)


@contextmanager
def dask_client(spec: ClusterSpec) -> Iterator[Client]:
    """A client of the cluster ``spec`` names, starting (and stopping) a LocalCluster for ``local``."""
    # Dask is an optional extra, imported only by a --dask run
    from distributed import Client, LocalCluster

    quiet(logging.getLogger("distributed"))
    # distributed's hints are partial (untyped constructors): the ignores below say only that.
    if spec.address is not None:
        with Client(spec.address) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    import dask  # the optional extra, as above

    # No dashboard, so no use for the workers' sampling profiler: its thread only takes cycles.
    with dask.config.set({"distributed.worker.profile.enabled": False}), LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=spec.workers or 1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        # Local workers share this machine's cores with the writer (this process) and the
        # database server. The writer is the critical path and waits on the database at every
        # query: with the workers as nice as can be, neither the writer nor a query is ever
        # queued behind extraction, and the workers still get every cycle the two leave.
        client.run(os.nice, WORKER_NICENESS)
        client.run(gc.set_threshold, *BULK_GC_THRESHOLDS)  # as the writer runs (batches.bulk_gc)
        yield client


def ingest_on_dask(spec: str, paths: Sequence[str], **options: Any) -> IngestSummary:
    """``ingest_paths_dask`` on the cluster named by ``spec`` (``local[:N]`` or ``tcp://HOST:PORT``)."""
    with dask_client(parse_cluster(spec)) as client:
        return ingest_paths_dask(paths, client=client, **options)


def ingest_paths_dask(
    paths: Sequence[str],
    *,
    client: Client,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batches_per_task: int = BATCHES_PER_TASK,
    max_bytes: int | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest every document under ``paths`` as ``runner.ingest_paths`` does, extracting on ``client``'s workers."""
    extraction = DaskExtraction(client, batch_size=max(1, batch_size), batches_per_task=max(1, batches_per_task))
    return ingest_paths(paths, batch_size=batch_size, max_bytes=max_bytes, as_of=as_of, progress=progress,
                        extraction=extraction)


@dataclass
class _Task:
    """One submitted task: its store batches (items as read) and the documents sent."""

    batches: list[list[Item]]
    sent: list[RawDocument]
    future: Future[Any] | None


class DaskExtraction(Extraction):
    """Extraction on ``client``'s workers, ahead of the writer; new sources indexed by a second session.

    The writer defers the new sources' full-text indexing (about a millisecond of database time
    a source) to a ``SearchIndexer``'s own session, which indexes each batch once it is
    committed, while the writer goes on with the next.
    """

    defer_search = True

    def __init__(self, client: Client, *, batch_size: int, batches_per_task: int) -> None:
        self.client, self.batches_per_task = client, batches_per_task
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # Enough queued work that no worker waits while the client writes, and more within
        # READ_AHEAD_DOCUMENTS, so that the writer never waits for the workers.
        self.window = max(2 * workers + 1, READ_AHEAD_DOCUMENTS // (batch_size * batches_per_task))
        self.indexer = SearchIndexer()

    def session(self) -> SearchIndexer:
        """The indexer of the run's new sources: leaving it waits until they are all searchable."""
        return self.indexer

    def stored(self, outcome: BatchOutcome) -> None:
        """Queue the batch's new sources for indexing."""
        self.indexer.add(outcome.created)

    def ready(self, batches: Iterable[list[Item]]) -> Iterator[tuple[list[Item], Extract]]:
        """Send tasks up to the window ahead; yield the batches of finished tasks, in input order."""
        from distributed import as_completed  # the optional Dask extra, as in dask_client

        done: as_completed = as_completed()  # type: ignore[no-untyped-call]
        tasks: deque[_Task] = deque()
        for group in batched(batches, self.batches_per_task):
            tasks.append(self._submit(group, done))
            yield from _finished(tasks)
            while len(tasks) >= self.window:
                next(done)
                yield from _finished(tasks)
        for _ in done:
            yield from _finished(tasks)
        yield from _finished(tasks)  # tasks that needed no worker

    def _submit(self, batches: list[list[Item]], done: as_completed) -> _Task:
        """Send a task's documents that the ledger does not mark done; nothing when none is left."""
        raws = [item for batch in batches for item in batch if isinstance(item, RawDocument)]
        sent = not_done(raws)
        future = self.client.submit(extract_hashed, sent, pure=False) if sent else None
        if future is not None:
            done.add(future)  # type: ignore[no-untyped-call]
        return _Task(batches=batches, sent=sent, future=future)


def _finished(tasks: deque[_Task]) -> Iterator[tuple[list[Item], Extract]]:
    """The store batches of the finished tasks at the head of the queue, each with its extraction."""
    while tasks and (tasks[0].future is None or tasks[0].future.done()):  # type: ignore[no-untyped-call]
        task = tasks.popleft()
        results = task.future.result() if task.future is not None else []
        extracted: dict[int, Hashed] = {id(raw): result for raw, result in zip(task.sent, results, strict=True)}
        for batch in task.batches:
            yield batch, partial(_looked_up, extracted)


def _looked_up(extracted: dict[int, Hashed], fresh: list[RawDocument]) -> list[Extracted]:
    """The workers' extraction of each pending document, keyed as the writer's process sees it."""
    # The ledger is re-checked before each write: another run may have dropped an entry since
    # the task was sent, so a document the workers were not sent is extracted here.
    missing = [raw for raw in fresh if id(raw) not in extracted]
    extracted.update(zip(map(id, missing), extract_hashed(missing), strict=True))
    return [keyed(raw, extracted[id(raw)]) for raw in fresh]
