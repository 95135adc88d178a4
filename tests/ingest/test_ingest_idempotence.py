"""Ingesting the same inputs twice (or a copy of them) adds nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from rapport.web.core.models import ChangeRecord
from rapport.web.dialogues.models import Mechanism, Meeting, Participation
from rapport.web.followup.models import Promise
from rapport.web.people.models import Person, PersonAlias
from rapport.web.sources.models import IngestInput, Report, Source

pytestmark = pytest.mark.django_db

MODELS = (Source, Report, Meeting, Mechanism, Participation, Person, PersonAlias, Promise,
          IngestInput, ChangeRecord)


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_ingest_twice_gives_the_same_counts(rapport_cli: Any, kz_us_corpus: Path) -> None:
    rapport_cli("ingest", str(kz_us_corpus), "--as-of", "2025-06-01")
    before = _counts()
    status, out = rapport_cli("ingest", str(kz_us_corpus), "--as-of", "2025-06-01")
    assert status == 0
    assert "new 0, duplicate 11 (11 done in an earlier run)" in out
    assert _counts() == before


def test_ingest_a_copy_elsewhere_finds_duplicates_by_text(rapport_cli: Any, kz_us_corpus: Path, tmp_path: Path) -> None:
    rapport_cli("ingest", str(kz_us_corpus))
    sources = Source.objects.count()
    copy = tmp_path / "copy.jsonl"
    shutil.copy(kz_us_corpus, copy)
    status, out = rapport_cli("ingest", str(copy), "--batch-size", "3")
    assert status == 0
    assert "new 0, duplicate 11 (0 done in an earlier run)" in out
    assert Source.objects.count() == sources
    assert IngestInput.objects.filter(outcome="duplicate").count() == 11
