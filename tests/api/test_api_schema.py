"""Schemathesis against /api/openapi.json, in-process: no server error, no off-schema answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from rapport.web.wsgi import application

# JSONL bodies are strings on the wire, as text/plain ones are.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


@pytest.fixture(autouse=True)
def _connection_kept_open() -> Iterator[None]:
    """Keep the test's database connection across requests, as Django's test client does.

    The WSGI handler closes connections at each request's start and end; inside the test's
    transaction that would close PostgreSQL's connection under the test.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


FAST = settings(max_examples=8, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


@pytest.mark.slow
@schema.parametrize()
@FAST
def test_api_conforms_to_its_schema_anonymous(case, tracker) -> None:
    case.call_and_validate(checks=CHECKS)


@pytest.mark.slow
@schema.include(method="GET").parametrize()
@FAST
def test_api_conforms_to_its_schema_with_token(case, tracker, viewer) -> None:
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Bearer {viewer.token}"})


THOROUGH = settings(max_examples=50, deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture
def jobs_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run a background ingest in the request, inside the test's transaction: a worker thread's
    own connection would neither see the test's rows nor be rolled back with them."""
    from rapport.web.api.jobs import Job
    from rapport.web.api.routers import ingest

    monkeypatch.setattr(ingest, "job_submit", lambda work: Job(id="inline", status="finished", result=work()))


@pytest.mark.slow
@schema.parametrize()
@THOROUGH
def test_every_operation_conforms_to_its_schema_as_editor(case, tracker, editor, jobs_inline) -> None:
    """50 examples an operation, writes and POST /api/ingest included: no 500, no off-schema answer."""
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Bearer {editor.token}"})
