"""``rapport dump`` / ``rapport load`` round-trip an instance exactly, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from rapport.web.api.dumps import DumpError, dump_lines, dumped_models, read_dump
from rapport.web.api.restore import database_rows, load_dump
from rapport.web.core.actor import acting_as


def _dump() -> str:
    return "".join(dump_lines())


def _wipe() -> None:
    """Delete every dumped row, dependants first."""
    for model in reversed(dumped_models()):
        model._base_manager.all().delete()


@pytest.fixture
def instance(tracker, editor, viewer) -> str:
    """The tracker with users, tokens and some history (a review), dumped."""
    from rapport.web.dialogues.services import meeting_field_correct, meeting_review

    with acting_as(user=editor.user):
        meeting_review(meeting=tracker.draft, status="confirmed", note="checked in Brussels")
        meeting_field_correct(meeting=tracker.draft, field="round", value=12)
    with acting_as(label="cli:test"):
        meeting_review(meeting=tracker.meetings[0], status="confirmed", note="Ержан Казыхан — ok")
    return _dump()


def test_dump_is_deterministic(instance) -> None:
    assert _dump() == instance
    header, records = read_dump(io.StringIO(instance))
    assert header["format"] == "rapport-dump"
    keys = [(r["model"], r["pk"]) for r in records]
    order = [m._meta.label_lower for m in dumped_models()]
    assert keys == sorted(keys, key=lambda k: (order.index(k[0]), k[1]))
    assert "Ержан Казыхан" in instance  # UTF-8 kept as is, not \\u-escaped


def test_dump_load_dump_is_identical(instance) -> None:
    _wipe()
    assert database_rows() == {}
    count = load_dump(io.StringIO(instance))
    assert count == instance.count("\n") - 1
    assert _dump() == instance


def test_load_resets_sequences(instance) -> None:
    from rapport.web.core.models import Party

    top = Party.objects.order_by("-pk").first().pk
    _wipe()
    load_dump(io.StringIO(instance))
    assert Party.objects.create(code="FR", name="France").pk > top


def test_load_refuses_a_database_with_data(instance) -> None:
    with pytest.raises(DumpError, match="not empty"):
        load_dump(io.StringIO(instance))


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"), ("not json\n", "line 1"), ('{"format": "other"}\n', "not a Rapport dump"),
    ('{"format": "rapport-dump", "version": 1, "migrations": {}}\n{"model": "x"}\n', "line 2"),
])
def test_read_dump_reports_bad_lines(db, text, message) -> None:
    with pytest.raises(DumpError, match=message):
        read_dump(io.StringIO(text))


def test_dump_and_load_commands(instance, tmp_path) -> None:
    from rapport.cli.main import main

    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["dump", str(first)]) == 0
    _wipe()
    assert main(["load", str(first)]) == 0
    assert main(["dump", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes() == instance.encode("utf-8")
    assert main(["load", str(first)]) == 1  # not empty any more


def _rapport(*args: str, env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "rapport.cli.main", *args], env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]


def _create_database(name: str) -> None:
    """A new, empty database on the suite's PostgreSQL server."""
    import psycopg

    from rapport.web.database import database_config

    db = database_config()
    with psycopg.connect(host=db["HOST"], port=db["PORT"] or None, user=db["USER"] or None,
                         password=db["PASSWORD"] or None, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("RAPPORT_DATABASE_URL"), reason="needs PostgreSQL (RAPPORT_DATABASE_URL)")
def test_sample_moves_from_sqlite_to_postgresql(tmp_path: Path) -> None:
    """The sample instance on SQLite, dumped, loaded into an empty PostgreSQL db, dumped again."""
    base = {k: v for k, v in os.environ.items() if k not in {"RAPPORT_DATABASE_URL", "RAPPORT_DB"}}
    sqlite = {**base, "RAPPORT_DB": str(tmp_path / "sample.sqlite3")}
    _rapport("migrate", env=sqlite)
    _rapport("sample", env=sqlite)
    _rapport("dump", str(tmp_path / "sqlite.jsonl"), env=sqlite)
    name = f"rapport_move_{uuid.uuid4().hex[:8]}"
    _create_database(name)
    url = os.environ["RAPPORT_DATABASE_URL"].rsplit("/", 1)[0] + f"/{name}"
    postgres = {**base, "RAPPORT_DATABASE_URL": url}
    _rapport("load", str(tmp_path / "sqlite.jsonl"), env=postgres)
    _rapport("dump", str(tmp_path / "postgres.jsonl"), env=postgres)
    assert (tmp_path / "sqlite.jsonl").read_bytes() == (tmp_path / "postgres.jsonl").read_bytes()
    assert (tmp_path / "sqlite.jsonl").stat().st_size > 10_000
    # The full-text vectors are not dumped: PostgreSQL writes them as the sources are loaded.
    import psycopg

    with psycopg.connect(url) as conn:
        sources, vectors = conn.execute(
            "SELECT (SELECT count(*) FROM sources_source), (SELECT count(*) FROM search_source_vector)"
        ).fetchone() or (0, -1)
    assert vectors == sources > 0


def _with_source_text(dump: str, text: str | None) -> tuple[str, int]:
    """The dump with its first source's text replaced, and that source's key."""
    import json

    lines = dump.splitlines(keepends=True)
    index = next(n for n, line in enumerate(lines) if json.loads(line).get("model") == "sources.source")
    record = json.loads(lines[index])
    record["fields"]["text"] = text
    lines[index] = json.dumps(record, ensure_ascii=False) + "\n"
    return "".join(lines), record["pk"]


def test_load_names_the_record_it_cannot_take(instance) -> None:
    broken, pk = _with_source_text(instance, None)
    _wipe()
    with pytest.raises(DumpError, match=f"cannot load sources.source {pk}: "):
        load_dump(io.StringIO(broken))
    assert database_rows() == {}  # nothing half-loaded


@pytest.mark.skipif(not os.environ.get("RAPPORT_DATABASE_URL"), reason="SQLite stores NUL characters")
def test_load_into_postgresql_names_a_record_with_nul(instance) -> None:
    broken, pk = _with_source_text(instance, "Talks\x00 on trade.")
    _wipe()
    with pytest.raises(DumpError, match=f"cannot load sources.source {pk}: .*NUL"):
        load_dump(io.StringIO(broken))
