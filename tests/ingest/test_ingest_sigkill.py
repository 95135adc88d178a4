"""Killed with SIGKILL mid-way, a re-run finishes with nothing lost and nothing duplicated.

Both runners (in one process, and a Dask client with local workers), on the database of the
pass: a throwaway SQLite file, or a new database on the suite's PostgreSQL server. While the
first run holds the database, a second one is refused; the killed run is closed as
interrupted by the re-run.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import synthetic_record, write_jsonl

DOCUMENTS = 5000
RAPPORT = [sys.executable, "-m", "rapport.cli.main"]
RUNNERS = {"in-process": [], "dask": ["--dask", "local:2"]}

Query = Callable[[str], int]


def _sqlite(tmp_path: Path) -> tuple[dict[str, str], Query]:
    db = tmp_path / "killed.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_DATABASE_URL"}
    env["RAPPORT_DB"] = str(db)

    def one(sql: str) -> int:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
                return int(conn.execute(sql).fetchone()[0])
        except sqlite3.Error:
            return 0
    return env, one


def _postgres() -> tuple[dict[str, str], Query]:
    import psycopg

    server = os.environ["RAPPORT_DATABASE_URL"].rsplit("/", 1)[0]
    name = f"rapport_kill_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    url = f"{server}/{name}"

    def one(sql: str) -> int:
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                row = conn.execute(sql).fetchone()  # type: ignore[arg-type]
                return int(row[0]) if row else 0
        except psycopg.Error:
            return 0
    return {**os.environ, "RAPPORT_DATABASE_URL": url}, one


def _kill_after_commits(args: list[str], env: dict[str, str], one: Query, at_least: int) -> int:
    """Start an ingest, check a second one is refused meanwhile, SIGKILL the first once
    ``at_least`` inputs are committed; return that count."""
    process = subprocess.Popen([*RAPPORT, *args], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    committed = lambda: one("SELECT COUNT(*) FROM sources_ingestinput")  # noqa: E731
    try:
        while committed() < at_least:
            assert process.poll() is None, "the ingest finished before it could be killed"
            assert time.monotonic() < deadline, "no batch committed within 120 s"
            time.sleep(0.05)
        second = subprocess.run([*RAPPORT, *args], env=env, capture_output=True, text=True, timeout=120)
        assert process.poll() is None, "the first ingest ended while the second was refused"
        done = committed()
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        time.sleep(0.5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # Dask's local workers, orphaned by the kill
    assert second.returncode == 1, second.stdout + second.stderr
    assert second.stderr.strip().endswith("(it then skips what the other did)"), second.stderr
    assert "error: another ingest is running on this database" in second.stderr
    return max(done, committed())


@pytest.mark.slow
@pytest.mark.parametrize("runner", list(RUNNERS))
def test_ingest_sigkill_then_rerun_stores_every_document_once(tmp_path: Path, runner: str) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", (synthetic_record(i) for i in range(DOCUMENTS)))
    env, one = _postgres() if os.environ.get("RAPPORT_DATABASE_URL") else _sqlite(tmp_path)
    subprocess.run([*RAPPORT, "migrate"], env=env, check=True, capture_output=True)
    args = ["ingest", str(corpus), "--batch-size", "100", *RUNNERS[runner]]
    done = _kill_after_commits(args, env, one, at_least=500)
    assert 500 <= done < DOCUMENTS
    rerun = subprocess.run([*RAPPORT, "ingest", str(corpus), "--batch-size", "500", *RUNNERS[runner]],
                           env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"({done} done in an earlier run)" in rerun.stdout
    assert one("SELECT COUNT(*) FROM sources_source") == DOCUMENTS
    assert one("SELECT COUNT(DISTINCT input_id) FROM sources_source") == DOCUMENTS
    assert one("SELECT COUNT(*) FROM sources_ingestinput WHERE outcome = 'ingested'") == DOCUMENTS
    assert one("SELECT COUNT(*) FROM sources_ingestinput WHERE outcome = 'duplicate'") == 0
    readouts = one("SELECT COUNT(*) FROM sources_source WHERE text LIKE '%Human Rights Dialogue%'")
    with_reports = one("SELECT COUNT(DISTINCT source_id) FROM sources_report")
    assert with_reports == readouts == DOCUMENTS // 25
    assert one("SELECT COUNT(*) FROM dialogues_meeting") == readouts  # one round a year each
    assert one("SELECT COUNT(*) FROM sources_ingestrun WHERE finished IS NULL") == 0
    assert one("SELECT COUNT(*) FROM sources_ingestrun WHERE counts LIKE '%interrupted%'"
               if "RAPPORT_DB" in env else
               "SELECT COUNT(*) FROM sources_ingestrun WHERE counts ? 'interrupted'") == 1
