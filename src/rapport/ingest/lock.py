"""One ingest at a time per database, and the runs a killed process left open closed as interrupted.

Two runs of the same input at once would both do all the work and leave each source "duplicate
of" itself in the ledger. The lock dies with its holder, even under ``kill -9``: on PostgreSQL
it is a session advisory lock, on SQLite an ``flock`` on a file beside the database (the kernel
drops both when the process ends), so a killed run never blocks the next one.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

LOCK_KEY = 0x72_6170_706F_7274
"""The PostgreSQL advisory lock of ingest runs (any fixed number: "rapport" in ASCII)."""
POLL_SECONDS = 0.2


class IngestBusy(RuntimeError):
    """Another ingest holds the database."""

    def __init__(self) -> None:
        super().__init__(
            "another ingest is running on this database; wait for it to finish and run this one again "
            "(it then skips what the other did)"
        )


def lock_path(name: str, pid: int | None = None) -> str:
    """The lock file of the SQLite database ``name`` (in the temp folder, per process, for in-memory ones)."""
    if name.startswith(":memory:") or "mode=memory" in name:
        # An in-memory database lives in one process only: processes with the same name hold
        # different databases (two test runs on one machine), so they must not share a lock.
        digest = hashlib.sha256(name.encode()).hexdigest()[:16]
        return os.path.join(tempfile.gettempdir(), f"rapport-{digest}-{os.getpid() if pid is None else pid}.ingest-lock")
    return f"{name}.ingest-lock"


@contextmanager
def ingest_lock(*, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the database's ingest lock inside the block; IngestBusy after ``wait_seconds`` without it."""
    # Django loads with a run, not with IngestBusy (which cli/errors.py reads without Django)
    from django.db import connection

    deadline = time.monotonic() + wait_seconds
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            while not _try_advisory(cursor):
                _wait_or_give_up(deadline)
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
        return
    with open(lock_path(str(connection.settings_dict["NAME"])), "a+b") as handle:
        while not _flock(handle):
            _wait_or_give_up(deadline)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _try_advisory(cursor: Any) -> bool:
    cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
    return bool(cursor.fetchone()[0])


def _flock(handle: IO[bytes]) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _wait_or_give_up(deadline: float) -> None:
    if time.monotonic() >= deadline:
        raise IngestBusy
    time.sleep(POLL_SECONDS)
