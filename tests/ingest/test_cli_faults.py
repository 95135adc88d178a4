"""Faults a user can fix give one line on stderr and exit 1, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

RAPPORT = [sys.executable, "-m", "rapport.cli.main"]


def _rapport(*args: str, db: Path | None = None, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"RAPPORT_DATABASE_URL", "RAPPORT_DB"}}
    if url is not None:
        env["RAPPORT_DATABASE_URL"] = url
    if db is not None:
        env["RAPPORT_DB"] = str(db)
    return subprocess.run([*RAPPORT, *args], env=env, capture_output=True, text=True, timeout=120)


def _one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, result.stderr
    assert result.stderr.rstrip().endswith(lines[0]), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def readout(tmp_path: Path) -> Path:
    path = tmp_path / "readout.txt"
    path.write_text("The European Union and Vietnam held the 12th round of their Human Rights "
                    "Dialogue in Hanoi on 3 March 2024.", encoding="utf-8")
    return path


def test_ingest_and_export_on_a_new_database_create_its_schema(tmp_path: Path, readout: Path) -> None:
    ingest = _rapport("ingest", str(readout), db=tmp_path / "one.sqlite3")
    assert ingest.returncode == 0, ingest.stderr
    assert "created the database schema" in ingest.stderr
    assert "new 1" in ingest.stdout
    export = _rapport("export", "meetings", db=tmp_path / "two.sqlite3")
    assert export.returncode == 0, export.stderr
    assert "exported 0 meetings" in export.stderr


@pytest.mark.parametrize("command", [("ingest", "README"), ("export", "meetings")])
def test_a_file_that_is_no_database_is_named(tmp_path: Path, readout: Path, command: tuple[str, str]) -> None:
    args = [command[0], str(readout) if command[1] == "README" else command[1]]
    _one_line_error(_rapport(*args, db=readout), str(readout), "is not a SQLite database")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_database_is_named(tmp_path: Path, readout: Path) -> None:
    db = tmp_path / "ro.sqlite3"
    assert _rapport("migrate", db=db).returncode == 0
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        _one_line_error(_rapport("ingest", str(readout), db=db), "read-only")
    finally:
        tmp_path.chmod(0o755)


def test_postgresql_down_or_a_bad_url(readout: Path) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]  # closed again: nothing listens there
    _one_line_error(_rapport("ingest", str(readout), url=f"postgresql://rapport@127.0.0.1:{port}/none"),
                    f"PostgreSQL at 127.0.0.1:{port}/none", "check the server runs")
    _one_line_error(_rapport("export", "meetings", url="mysql://rapport@db/rapport"),
                    "must start with postgresql://", "mysql://")


def test_load_of_a_binary_file_and_dump_into_a_missing_folder(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    _one_line_error(_rapport("load", sys.executable, db=db), "not a Rapport dump")
    missing = tmp_path / "no-such-folder" / "dump.jsonl"
    _one_line_error(_rapport("dump", str(missing), db=db), str(missing), "No such file or directory")
    _one_line_error(_rapport("export", "meetings", "-o", str(missing), db=db), str(missing))


def test_serve_on_a_busy_port(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _rapport("serve", "--port", str(port), db=tmp_path / "db.sqlite3")
    _one_line_error(result, f"cannot listen on 127.0.0.1:{port}")


def test_symbolic_link_loops_are_reported_as_such(tmp_path: Path, readout: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "self").symlink_to("self")
    result = _rapport("ingest", str(folder), str(tmp_path / "self"), str(readout), db=tmp_path / "db.sqlite3")
    assert result.returncode == 1, result.stderr
    assert "new 1" in result.stdout
    assert f"{folder / 'loop.txt'}: R009 unreadable: too many levels of symbolic links" in result.stdout
    assert f"{tmp_path / 'self'}: R009 unreadable: too many levels of symbolic links" in result.stdout
