"""Background ingest jobs: a large API ingest runs in one worker thread, not in the request's.

A request thread of the server is freed at once (202 with the job's id); the job extracts and
stores as a synchronous ingest does and waits its turn for the ingest lock. Jobs are kept in
this process's memory (the last ``KEEP_JOBS``): their outcome is also the ingest run they
record, which outlives a restart.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from django.db import connection

KEEP_JOBS = 200


@dataclass
class Job:
    """One queued ingest: its state and, once finished, what it did."""

    id: str
    status: str = "queued"  # queued, running, finished, failed
    result: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The job as the status endpoint answers it."""
        return {"job_id": self.id, "status": self.status, "run_id": self.result.get("run_id"),
                "counts": self.result.get("counts"), "rejections": self.result.get("rejections", []),
                "error": self.error}


_jobs: OrderedDict[str, Job] = OrderedDict()
_guard = threading.Lock()
# One worker: ingests take the database's ingest lock one at a time anyway.
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rapport-ingest")


def job_submit(work: Callable[[], dict[str, Any]]) -> Job:
    """Queue ``work`` (returns the ingest's result) and return its job."""
    job = Job(id=secrets.token_urlsafe(12))
    with _guard:
        _jobs[job.id] = job
        while len(_jobs) > KEEP_JOBS:
            _jobs.popitem(last=False)
    _executor.submit(_run, job, work)
    return job


def job_get(job_id: str) -> Job | None:
    """The job with this id, if this process still keeps it."""
    with _guard:
        return _jobs.get(job_id)


def _run(job: Job, work: Callable[[], dict[str, Any]]) -> None:
    job.status = "running"
    try:
        job.result = work()
        job.status = "finished"
    except Exception as error:  # the job's status says it; the log has the details
        logging.getLogger(__name__).exception("ingest job %s failed", job.id)
        job.status, job.error = "failed", f"{type(error).__name__}: {error}"
    finally:
        connection.close()  # this thread's own connection: not left open to the database
