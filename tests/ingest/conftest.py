"""Fixtures of the ingest tests: the dialogue corpus, its expectations, a CLI runner."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import CORPUS_DIR


@pytest.fixture
def kz_us_corpus() -> Path:
    """The US–Kazakhstan dialogue scenario (rounds 1–3, several outlets per round)."""
    path = CORPUS_DIR / "rounds.jsonl"
    if not path.exists():
        pytest.skip("tests/corpus/dialogue_kz_us/rounds.jsonl is not there yet")
    return path


@pytest.fixture
def expected() -> dict[str, Any]:
    """What the scenario must produce (``expected.json``)."""
    return json.loads((CORPUS_DIR / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def rapport_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str]]:
    """Run ``rapport ARGS...`` in this process (on the test database); return (status, stdout)."""
    from rapport.cli.main import main

    def run(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        status = main(list(args))
        return status, capsys.readouterr().out

    return run
