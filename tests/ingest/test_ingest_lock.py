"""One ingest at a time per database; runs a killed process left open are closed as interrupted."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from ingest_helpers import synthetic_record, write_jsonl

from rapport.ingest.lock import LOCK_KEY, IngestBusy, ingest_lock, lock_path
from rapport.web.sources.models import IngestInput, IngestRun, Source

pytestmark = pytest.mark.django_db


@contextmanager
def held_elsewhere() -> Iterator[None]:
    """The ingest lock held by another session, as another process's run would hold it."""
    if connection.vendor == "postgresql":
        import psycopg

        settings = connection.settings_dict
        with psycopg.connect(host=settings["HOST"], port=settings["PORT"] or None, user=settings["USER"] or None,
                             password=settings["PASSWORD"] or None, dbname=settings["NAME"], autocommit=True) as other:
            other.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
            yield
        return
    with open(lock_path(str(connection.settings_dict["NAME"])), "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield


def test_an_ingest_while_another_runs_is_refused_in_one_line(rapport_cli: Any, tmp_path: Path, capsys) -> None:
    from rapport.cli.main import main

    corpus = write_jsonl(tmp_path / "corpus.jsonl", (synthetic_record(i) for i in range(3)))
    with held_elsewhere():
        assert main(["ingest", str(corpus)]) == 1
        assert capsys.readouterr().err.startswith("error: another ingest is running on this database")
        with pytest.raises(IngestBusy), ingest_lock(wait_seconds=0.3):
            pass
    assert Source.objects.count() == 0
    assert rapport_cli("ingest", str(corpus))[0] == 0  # the lock went with its holder
    assert Source.objects.count() == 3


def test_the_api_answers_409_while_an_ingest_runs(client, django_user_model, settings, monkeypatch) -> None:
    from rapport.web.accounts.roles import set_role
    from rapport.web.api.routers import ingest as api_ingest
    from rapport.web.api.tokens import api_token_create

    user = django_user_model.objects.create_user(username="ed", password="not-used-here-123")
    set_role(user, "editor")
    token = api_token_create(user=user, name="t").secret
    monkeypatch.setattr(api_ingest, "LOCK_WAIT_SECONDS", 0.2)
    with held_elsewhere():
        response = client.post("/api/ingest", "Talks on trade resumed in Hanoi.", content_type="text/plain",
                               HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 409, response.content
    assert response.json()["error"]["message"].startswith("another ingest is running")


def test_a_killed_run_is_closed_as_interrupted_by_the_next(rapport_cli: Any, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", (synthetic_record(i) for i in range(4)))
    rapport_cli("ingest", str(corpus))
    first = IngestRun.objects.get()
    IngestRun.objects.filter(pk=first.pk).update(finished=None, counts={})  # as kill -9 leaves it
    IngestInput.objects.filter(key__endswith=":4").update(outcome="rejected", code="R005")
    assert IngestRun.objects.get(pk=first.pk).status == "running"
    rapport_cli("ingest", str(corpus))
    first.refresh_from_db()
    assert first.status == "interrupted"
    assert first.counts == {"new": 3, "duplicate": 0, "rejected": 1, "interrupted": 1}
    assert IngestRun.objects.exclude(pk=first.pk).get().status == "finished"


@pytest.mark.pure
def test_an_in_memory_database_has_a_lock_per_process_and_a_file_one_a_lock_beside_it(tmp_path: Path) -> None:
    for name in (":memory:", "file:memorydb_default?mode=memory&cache=shared"):
        first, second = lock_path(name, pid=101), lock_path(name, pid=202)
        assert first != second  # two processes' in-memory databases are two databases
        assert lock_path(name, pid=101) == first
        assert Path(first).parent == Path(tempfile.gettempdir())
    database = str(tmp_path / "rapport.sqlite3")
    assert lock_path(database, pid=101) == lock_path(database, pid=202) == f"{database}.ingest-lock"


def test_another_process_with_an_in_memory_database_of_the_same_name_does_not_block() -> None:
    name = str(connection.settings_dict["NAME"])
    if connection.vendor != "sqlite" or "memory" not in name:
        pytest.skip("an in-memory SQLite database only")
    holder = (
        "import fcntl, sys\n"
        "from rapport.ingest.lock import lock_path\n"
        f"handle = open(lock_path({name!r}), 'a+b')\n"
        "fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
        "print('held', flush=True)\n"
        "sys.stdin.read()\n"
    )
    with subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True) as other:
        assert other.stdout is not None
        assert other.stdin is not None
        assert other.stdout.readline().strip() == "held"
        with ingest_lock(wait_seconds=0):  # the other process's database is not this one
            pass
        other.stdin.close()
