"""``rapport ingest --dask``: the same ingest, with extraction on a Dask cluster.

Only the extraction stage moves (``batches.extract_hashed``, pure, with the hashes the store
needs): the client process reads the inputs, drops those the ledger marks done, sends the rest
to the workers as one task per store batch (a hundred documents: the ~2 ms a task costs to
schedule is small beside them), up to ``READ_AHEAD_DOCUMENTS`` ahead of the writer, collects
the results as they complete (``as_completed``) and writes them through ``store.store_batch``
while the workers go on extracting. Results are stored in input order, batch by batch with the
boundaries of the in-process runner, re-checking the ledger just before each write as it does:
the database, the ledger, the rejections and the summary come out exactly as
``runner.ingest_paths`` makes them, and a run killed at any moment resumes the same way.

The single writer is the slowest stage, so it is spared what can run beside it: full-text
indexing of its new sources goes to a second database session (``search.index.SearchIndexer``),
and local workers run at the lowest priority, on the cycles the writer and the database leave.
"""

from __future__ import annotations

import gc
import logging
import os
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from rapport.ingest.batches import (
    BULK_GC_THRESHOLDS,
    Extracted,
    batched,
    bulk_gc,
    extract_hashed,
    keyed,
)
from rapport.ingest.runner import (
    DEFAULT_BATCH_SIZE,
    IngestSummary,
    Progress,
    finish_run,
    not_done,
    store_items,
)
from rapport.pipeline.types import RawDocument, Rejection

if TYPE_CHECKING:
    from distributed import Client, Future, as_completed

    from rapport.web.search.index import SearchIndexer
    from rapport.web.sources.models import IngestRun

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

Item = RawDocument | Rejection


@dataclass(frozen=True)
class ClusterSpec:
    """Where to extract: ``workers`` local processes, or the scheduler at ``address``."""

    address: str | None = None
    workers: int | None = None


def parse_cluster(spec: str) -> ClusterSpec:
    """``local``, ``local:N`` or ``tcp://HOST:PORT`` as a ClusterSpec; ValueError saying what is wrong."""
    text = spec.strip()
    if text == "local":
        return ClusterSpec(workers=os.cpu_count() or 1)
    if text.startswith("local:"):
        count = text.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask {spec!r}: after 'local:' give a number of workers, e.g. local:2")
        return ClusterSpec(workers=int(count))
    if "://" in text and text.split("://", 1)[1]:
        return ClusterSpec(address=text)
    raise ValueError(f"--dask {spec!r}: use local, local:N or the scheduler's address tcp://HOST:PORT")


def quiet(logger: logging.Logger) -> None:
    """Keep Dask's start-up and shutdown chatter (INFO) off an ingest's output; warnings still show."""
    if logger.getEffectiveLevel() < logging.WARNING:
        logger.setLevel(logging.WARNING)


@contextmanager
def dask_client(spec: ClusterSpec) -> Iterator[Client]:
    """A client of the cluster ``spec`` names, starting (and stopping) a LocalCluster for ``local``."""
    from distributed import Client, LocalCluster

    quiet(logging.getLogger("distributed"))
    # distributed's hints are partial (untyped constructors): the ignores below say only that.
    if spec.address is not None:
        with Client(spec.address) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    import dask

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


@dataclass
class _Task:
    """One submitted task: its store batches (items as read) and the documents sent."""

    batches: list[list[Item]]
    sent: list[RawDocument]
    future: Future[Any] | None


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
    from distributed import as_completed

    from rapport.ingest.lock import ingest_lock
    from rapport.ingest.store import run_start
    from rapport.ingest.warc import iter_corpus
    from rapport.pipeline.fetch import DEFAULT_MAX_BYTES
    from rapport.web.search.index import SearchIndexer

    batch_size, batches_per_task = max(1, batch_size), max(1, batches_per_task)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    # Enough queued work that no worker waits while the client writes, and more within
    # READ_AHEAD_DOCUMENTS, so that the writer never waits for the workers.
    window = max(2 * workers + 1, READ_AHEAD_DOCUMENTS // (batch_size * batches_per_task))
    done: as_completed = as_completed()  # type: ignore[no-untyped-call]
    tasks: deque[_Task] = deque()
    items = iter_corpus(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    with ingest_lock(), bulk_gc():
        with SearchIndexer() as indexer:
            writer = _Writer(run_start(paths=paths), IngestSummary(), progress, indexer)
            for group in batched(batched(items, batch_size), batches_per_task):
                tasks.append(_submit(client, group, done))
                writer.store_ready(tasks)
                while len(tasks) >= window:
                    next(done)
                    writer.store_ready(tasks)
            for _ in done:
                writer.store_ready(tasks)
            writer.store_ready(tasks)  # tasks that needed no worker
        # The indexer has caught up: a run's sources are all searchable when it is reported finished.
        return finish_run(run=writer.run, summary=writer.summary, as_of=as_of)


def _submit(client: Client, batches: list[list[Item]], done: as_completed) -> _Task:
    """Send a task's documents that the ledger does not mark done; nothing when none is left."""
    raws = [item for batch in batches for item in batch if isinstance(item, RawDocument)]
    sent = not_done(raws)
    future = client.submit(extract_hashed, sent, pure=False) if sent else None
    if future is not None:
        done.add(future)  # type: ignore[no-untyped-call]
    return _Task(batches=batches, sent=sent, future=future)


@dataclass
class _Writer:
    """The client's side of a run: its ledger, its summary, and the indexer of its new sources.

    The writer defers the new sources' full-text indexing (about a millisecond of database time
    a source) to ``indexer``'s own session, which indexes each batch once it is committed,
    while the writer goes on with the next.
    """

    run: IngestRun
    summary: IngestSummary
    progress: Progress | None
    indexer: SearchIndexer

    def store_ready(self, tasks: deque[_Task]) -> None:
        """Store the finished tasks at the head of the queue, in input order, batch by batch."""
        while tasks and (tasks[0].future is None or tasks[0].future.done()):  # type: ignore[no-untyped-call]
            task = tasks.popleft()
            results = task.future.result() if task.future is not None else []
            extracted = {id(raw): result for raw, result in zip(task.sent, results, strict=True)}
            for batch in task.batches:
                self._store(batch, extracted)
                if self.progress is not None:
                    self.progress(self.summary.counts)

    def _store(self, batch: list[Item], extracted: dict[int, Any]) -> None:
        """Write one store batch as the in-process runner does: the ledger re-checked, then one transaction."""
        def extract(fresh: list[RawDocument]) -> list[Extracted]:
            # Another run may have dropped a ledger entry since the task was sent: extract that one here.
            missing = [raw for raw in fresh if id(raw) not in extracted]
            extracted.update(zip(map(id, missing), extract_hashed(missing), strict=True))
            return [keyed(raw, extracted[id(raw)]) for raw in fresh]

        outcome = store_items(batch, run=self.run, summary=self.summary, extract=extract, defer_search=True)
        self.indexer.add(outcome.created)
