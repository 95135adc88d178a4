"""Ingest through the API: one text or HTML document, or a JSONL batch, in the request body."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from django.http import HttpRequest, JsonResponse
from ninja import Router, Schema

from rapport.ingest.lock import IngestBusy
from rapport.ingest.runner import ingest_items
from rapport.pipeline.errors import InputError
from rapport.pipeline.fetch import (
    document_from_bytes,
    line_document,
    validate_published,
    validate_url,
)
from rapport.pipeline.types import Rejection
from rapport.web.api.auth import acting, require_editor
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.jobs import job_get, job_submit

router = Router(tags=["write"])
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq")
LOCK_WAIT_SECONDS = 30  # a command-line ingest may hold the database for hours: then answer 409
BACKGROUND_DOCUMENTS = 20
"""More documents than this in one request are ingested by a background job (202 and its status)."""
JOB_LOCK_WAIT_SECONDS = 6 * 3600  # a background job waits its turn behind a long command-line ingest
ORIGIN = "-api"  # origins starting with "-" are keyed by content hash in the ingest ledger


class Rejected(Schema):
    """An input that was not ingested: where (JSONL line), the code and the reason."""

    line: int | None
    code: str
    reason: str


class IngestOut(Schema):
    """What an ingest did: counts by outcome, the rejections, and the run's id."""

    run_id: int
    counts: dict[str, int]
    rejections: list[Rejected]


class JobOut(Schema):
    """A background ingest: its state, and once finished what the ingest did."""

    job_id: str
    status: Literal["queued", "running", "finished", "failed"]
    run_id: int | None
    counts: dict[str, int] | None
    rejections: list[Rejected]
    error: str | None


INGEST_DOC = {"requestBody": {"required": True, "content": {
    "text/plain": {"schema": {"type": "string", "minLength": 1}},
    "text/html": {"schema": {"type": "string", "minLength": 1}},
    "application/x-ndjson": {"schema": {"type": "string"},
                             "example": '{"id": "a1", "text": "...", "published": "2024-05-21"}'},
}}, "parameters": [
    {"in": "query", "name": name, "required": False, "schema": {"type": "string", "maxLength": 2000}, "description": text}
    for name, text in (("url", "where the document was published"), ("title", "its title"),
                       ("outlet", "who published it"), ("published", "YYYY-MM-DD or YYYY-MM"),
                       ("id", "your id of the document"))
]}


def _jsonl_documents(body: bytes) -> list[Any]:
    """Each line of a JSONL body as a RawDocument, or a Rejection naming the line, as ``rapport ingest``
    reads a JSONL file."""
    # Lines end at "\n" only, as a file's do (``bytes.splitlines`` would also end one at "\r"),
    # so a line has the same number here as in the same corpus ingested from a file.
    return [line_document(ORIGIN, number, line)
            for number, line in enumerate(body.split(b"\n"), start=1) if line.strip()]


def _single_document(request: HttpRequest, body: bytes, is_html: bool) -> list[Any]:
    """The body as one document, with metadata from the query string."""
    item = document_from_bytes(body, origin=ORIGIN, is_html=is_html, doc_id=request.GET.get("id") or None)
    if isinstance(item, Rejection):
        return [item]
    checked: dict[str, str | None] = {}
    for field, check in (("published", validate_published), ("url", validate_url)):
        try:
            checked[field] = check(request.GET.get(field))
        except InputError as error:
            raise ApiError(422, error.reason, field=field) from error
    return [replace(item, published=checked["published"], url=checked["url"],
                    title=request.GET.get("title") or None, outlet=request.GET.get("outlet") or None)]


def _store(items: list[Any], *, wait_seconds: float = LOCK_WAIT_SECONDS) -> dict[str, Any]:
    """Ingest the documents through ``ingest_items``, as every door does; 409 while another ingest runs."""
    try:
        summary = ingest_items(items, [ORIGIN], wait_seconds=wait_seconds)
    except IngestBusy as error:
        raise ApiError(409, str(error)) from error
    return {"run_id": summary.run_id, "counts": dict(summary.counts), "rejections": [
        {"line": r.line, "code": r.code, "reason": r.reason} for r in summary.rejections]}


@router.post("/ingest", response={200: IngestOut, 202: JobOut, **error_responses(400, 401, 403, 409, 413, 415, 422)},
             openapi_extra=INGEST_DOC, summary="Ingest readouts")
def ingest(request: HttpRequest) -> Any:
    """Read the body (text/plain, text/html, or JSONL records) into the tracker (editors only).

    A document posted before (the same text, or the same JSONL line) is counted as ``skipped``,
    one whose text the tracker already holds as ``duplicate``: neither is stored again. A
    rejected one is listed with its JSONL line and the code ``rapport ingest`` gives it.

    More than 20 documents are ingested in the background: the answer is 202 with a job whose
    state ``GET /api/ingest/jobs/{job_id}`` tells.
    """
    caller = require_editor(request)
    content_type = (request.content_type or "").lower()
    body = request.body
    if b"\x00" in body or any("\x00" in value for value in request.GET.values()):
        raise ApiError(422, "The document holds NUL characters; send text, HTML or JSONL.", field="body")
    if content_type in JSONL_TYPES:
        items = _jsonl_documents(body)
    elif content_type in ("text/plain", "text/html"):
        items = _single_document(request, body, is_html=content_type == "text/html")
    else:
        raise ApiError(415, f"Content-Type {content_type or 'none'} is not ingested: send text/plain, "
                       "text/html or application/x-ndjson.", field="Content-Type")
    if not items:
        raise ApiError(422, "The body holds no document.", field="body")
    if len(items) > BACKGROUND_DOCUMENTS:
        job = job_submit(lambda: _job(caller, items))
        return JsonResponse(job.as_dict(), status=202)
    with acting(caller):
        return _store(items)


def _job(caller: Any, items: list[Any]) -> dict[str, Any]:
    """A background ingest: as the caller, waiting as long as another ingest holds the database."""
    with acting(caller):
        return _store(items, wait_seconds=JOB_LOCK_WAIT_SECONDS)


@router.get("/ingest/jobs/{job_id}", response={200: JobOut, **error_responses(401, 403, 404, 422)},
            summary="State of a background ingest")
def ingest_job(request: HttpRequest, job_id: str) -> Any:
    """A background ingest's state (queued, running, finished, failed) and, once finished, its outcome."""
    require_editor(request)
    job = job_get(job_id)
    if job is None:
        raise ApiError(404, "No such ingest job here (jobs are kept until the server restarts); "
                       "its ingest run is listed by `rapport` and in the ledger.")
    return job.as_dict()



