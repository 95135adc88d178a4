"""Fixtures for the CLI tests: a way to make the real extractor fail on one input."""

from __future__ import annotations

import pytest

from rapport.cli import cmd_extract
from rapport.pipeline.process import process_document
from rapport.pipeline.schema import result_to_dict
from rapport.pipeline.types import ExtractionResult, RawDocument


@pytest.fixture
def crash_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection: the real extractor, except that it raises on a body saying 'BOOM'."""

    def process(document: RawDocument) -> ExtractionResult:
        if "BOOM" in (document.text or document.html or ""):
            raise RuntimeError("extractor crashed")
        return process_document(document)

    monkeypatch.setattr(cmd_extract, "load_pipeline", lambda: (process, result_to_dict))
