"""Killed with SIGKILL mid-way, a re-run finishes with nothing lost and nothing duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_helpers import synthetic_record, write_jsonl

DOCUMENTS = 5000
RAPPORT = [sys.executable, "-m", "rapport.cli.main"]


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_DATABASE_URL"}
    env["RAPPORT_DB"] = str(db)  # always a throwaway SQLite file, whatever the suite runs on
    return env


def _committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM sources_ingestinput").fetchone()[0])
    except sqlite3.Error:
        return 0


def _kill_after_commits(corpus: Path, db: Path, at_least: int) -> int:
    """Start an ingest, SIGKILL it once ``at_least`` inputs are committed; return that count."""
    process = subprocess.Popen([*RAPPORT, "ingest", str(corpus), "--batch-size", "100"],
                               env=_env(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        while _committed(db) < at_least:
            assert process.poll() is None, "the ingest finished before it could be killed"
            assert time.monotonic() < deadline, "no batch committed within 60 s"
            time.sleep(0.05)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    return _committed(db)


@pytest.mark.slow
def test_ingest_sigkill_then_rerun_stores_every_document_once(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", (synthetic_record(i) for i in range(DOCUMENTS)))
    db = tmp_path / "killed.sqlite3"
    subprocess.run([*RAPPORT, "migrate"], env=_env(db), check=True, capture_output=True)
    done = _kill_after_commits(corpus, db, at_least=500)
    assert 500 <= done < DOCUMENTS
    rerun = subprocess.run([*RAPPORT, "ingest", str(corpus), "--batch-size", "500"],
                           env=_env(db), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"({done} done in an earlier run)" in rerun.stdout
    with sqlite3.connect(db) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT COUNT(*) FROM sources_source") == DOCUMENTS
        assert one("SELECT COUNT(DISTINCT input_id) FROM sources_source") == DOCUMENTS
        assert one("SELECT COUNT(*) FROM sources_ingestinput WHERE outcome = 'ingested'") == DOCUMENTS
        readouts = one("SELECT COUNT(*) FROM sources_source WHERE text LIKE '%Human Rights Dialogue%'")
        with_reports = one("SELECT COUNT(DISTINCT source_id) FROM sources_report")
        assert with_reports == readouts == DOCUMENTS // 25
        assert one("SELECT COUNT(*) FROM dialogues_meeting") == readouts  # one round a year each
