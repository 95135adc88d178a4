"""Keeping PostgreSQL's full-text vectors of sources (``search_source_vector``) complete.

A trigger indexes sources as they are inserted (``search/0003``), inside the inserting
transaction. A writer that must not spend its time on that — the Dask ingest's single writer,
on whose path the text parsing cost about a millisecond a source — defers it with
``deferred_search()`` and hands its committed sources to a ``SearchIndexer``: a second database
session that indexes them while the writer goes on, on a core the writer leaves free. A source
is then searchable a batch or so after it is committed, not at once. A run killed before its
indexer caught up leaves sources without a vector: ``index_missing`` (run when an ingest
starts) indexes them. SQLite's FTS5 triggers index every insert; all of this is a no-op there.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import TracebackType

from django.db import connection, connections

_SELECT_VECTORS = "SELECT id, search_source_vector_of(title, text) FROM sources_source"
_INSERT = "INSERT INTO search_source_vector (source_id, vector) "


def _postgres() -> bool:
    return connection.vendor == "postgresql"


@contextmanager
def deferred_search() -> Iterator[None]:
    """Inside this block (within a transaction), inserted sources are not indexed by the trigger:
    whoever defers must index them (``SearchIndexer``, else ``index_missing``)."""
    if not _postgres():
        yield
        return
    with connection.cursor() as cursor:
        # SET LOCAL: a transaction (or savepoint) rolled back undoes it, so a failure inside the
        # block cannot leave the session deferring; a block that ends well undoes it itself,
        # for an enclosing transaction's later inserts.
        cursor.execute("SET LOCAL rapport.defer_search = 'on'")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL rapport.defer_search = 'off'")


def index_sources(ids: Iterable[int]) -> int:
    """Index these (committed) sources where they have no vector yet; how many were indexed."""
    wanted = list(ids)
    if not wanted or not _postgres():
        return 0
    with connection.cursor() as cursor:
        cursor.execute(f"{_INSERT}{_SELECT_VECTORS} WHERE id = ANY(%s) ON CONFLICT (source_id) DO NOTHING", [wanted])
        return int(cursor.rowcount)


def index_missing() -> int:
    """Index every source that has no vector (left by a run killed before its indexer caught up)."""
    if not _postgres():
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            f"{_INSERT}{_SELECT_VECTORS} s WHERE NOT EXISTS "
            "(SELECT 1 FROM search_source_vector v WHERE v.source_id = s.id) ON CONFLICT (source_id) DO NOTHING"
        )
        return int(cursor.rowcount)


class SearchIndexer:
    """A thread with its own database session that indexes the sources it is given.

    ``add`` queues ids of committed sources and returns at once; leaving the ``with`` block
    waits until every queued source is indexed and raises the thread's error, if it had one.
    On SQLite, ``add`` does nothing (FTS5's triggers have indexed every insert).
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[list[int] | None] = queue.Queue()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self.indexed = 0

    def __enter__(self) -> SearchIndexer:
        if _postgres():
            self._thread = threading.Thread(target=self._work, name="rapport-search-indexer", daemon=True)
            self._thread.start()
        return self

    def add(self, ids: list[int]) -> None:
        if self._thread is not None and ids:
            self._queue.put(ids)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join()
        if self._error is not None and kind is None:
            raise RuntimeError("indexing sources for search failed; the next ingest indexes them") from self._error

    def _work(self) -> None:
        try:
            while (ids := self._queue.get()) is not None:
                self.indexed += index_sources(ids)
        except BaseException as error:  # handed to the writer's thread by __exit__
            self._error = error  # what is left unindexed, index_missing indexes at the next ingest
        finally:
            connections.close_all()  # this thread's own session
