"""Hostile corpus lines (lone surrogates, NUL, absurd nesting) never stop an ingest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import synthetic_record

from rapport.web.sources.models import IngestInput, Source

pytestmark = pytest.mark.django_db

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def poison_corpus(tmp_path: Path) -> Path:
    """Lines: 1 good, 2 lone surrogates in text and title, 3 nested 100,000 deep, 4 NUL, 5 good."""
    lines = [
        json.dumps(synthetic_record(1)),
        '{"id": "surrogate", "text": "Talks on water \\ud800 rights resumed.", "title": "Water \\udc00"}',
        DEEP,
        '{"id": "nul", "text": "Talks on trade\\u0000 and labour resumed.", "outlet": "Wire\\u0000"}',
        json.dumps(synthetic_record(2)),
    ]
    path = tmp_path / "poison.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_poison_lines_are_stored_clean_or_rejected_with_a_code(rapport_cli: Any, poison_corpus: Path) -> None:
    status, out = rapport_cli("ingest", str(poison_corpus))
    assert status == 1
    assert "read 5, new 4, duplicate 0" in out
    assert f"{poison_corpus}:3: R005 malformed JSON line: nested too deeply" in out
    surrogate = Source.objects.get(input_id="surrogate")
    assert (surrogate.text, surrogate.title) == ("Talks on water \ufffd rights resumed.", "Water \ufffd")
    nul = Source.objects.get(input_id="nul")
    assert (nul.text, nul.outlet) == ("Talks on trade and labour resumed.", "Wire")
    assert IngestInput.objects.get(line=3).code == "R005"
    status, out = rapport_cli("ingest", str(poison_corpus))  # the re-run retries line 3 only
    assert status == 1
    assert "new 0, duplicate 4 (4 done in an earlier run), rejected 1" in out
    assert Source.objects.count() == 4


def test_a_file_with_nul_past_the_sniffed_head_is_stored_without_it(rapport_cli: Any, tmp_path: Path) -> None:
    page = tmp_path / "long.txt"
    page.write_bytes(b"Talks on fisheries resumed in Hanoi. " * 300 + b"\x00The end.")
    status, out = rapport_cli("ingest", str(page))
    assert status == 0, out
    assert Source.objects.get().text.endswith("resumed in Hanoi. The end.")

