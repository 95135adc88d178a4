"""Bad inputs are reported with path, line and reason while the rest is ingested."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import synthetic_record

from rapport.web.sources.models import IngestInput, Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def messy_corpus(tmp_path: Path) -> Path:
    """Lines: 1 good, 2 malformed JSON, 3 good, 4 no text, 5 oversize, 6 good."""
    lines = [
        json.dumps(synthetic_record(1)),
        '{"id": "broken", "text": "unterminated',
        json.dumps(synthetic_record(2)),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "huge", "text": "x" * 5000}),
        json.dumps(synthetic_record(3)),
    ]
    path = tmp_path / "messy.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_reports_bad_lines_and_files_and_keeps_the_rest(
    rapport_cli: Any, messy_corpus: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.7 binary junk \x00\x01")
    missing = tmp_path / "missing.html"
    status, out = rapport_cli("ingest", str(messy_corpus), str(pdf), str(missing), "--max-bytes", "2000")
    assert status == 1
    assert "read 8, new 3, duplicate 0" in out
    assert "rejected 5" in out
    assert f"{messy_corpus}:2: R005" in out
    assert f"{messy_corpus}:4: R006" in out
    assert f"{messy_corpus}:5: R004" in out
    assert f"{pdf}: R002" in out
    assert f"{missing}: R009" in out
    assert Source.objects.count() == 3
    rejected = IngestInput.objects.filter(outcome="rejected")
    assert sorted(r.line for r in rejected if r.line) == [2, 4, 5]


def test_ingest_rerun_retries_rejected_inputs_only(rapport_cli: Any, messy_corpus: Path) -> None:
    rapport_cli("ingest", str(messy_corpus), "--max-bytes", "2000")
    status, out = rapport_cli("ingest", str(messy_corpus), "--max-bytes", "10000")
    assert status == 1  # lines 2 and 4 are still bad
    assert "new 1, duplicate 3 (3 done in an earlier run), rejected 2" in out
    assert Source.objects.count() == 4


LATIN = "Talks in Genève on the naïve résumé of São Paulo."
CYRILLIC = "Казахстан и США провели диалог по правам человека."
HANOI, ASTANA = "Talks on fisheries resumed in Hanoi.", "Talks on labour resumed in Astana."


def _deep_page(words: str) -> bytes:
    body = "<div>" * 400 + f"<p>{words}</p>" + "</div>" * 400
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize(("files", "rejected", "texts"), [
    pytest.param({"latin1.txt": LATIN.encode("latin-1"), "cyrillic.txt": CYRILLIC.encode("cp1251"),
                  "garbled.txt": b"Talks " + bytes(range(0x80, 0x100)) * 3},
                 "garbled.txt: R003", [LATIN, CYRILLIC], id="legacy charsets, undecodable bytes"),
    pytest.param({"deep-a.html": _deep_page(HANOI), "deep-b.html": _deep_page(ASTANA),
                  "menu.html": b"<html><body><nav><a href='/'>Home</a></nav></body></html>"},
                 "menu.html: R010 no text", [HANOI, ASTANA], id="pages nested 400 deep, a page without text"),
])
def test_a_folder_keeps_what_can_be_read_and_names_the_rest(
    rapport_cli: Any, tmp_path: Path, files: dict[str, bytes], rejected: str, texts: list[str]
) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    status, out = rapport_cli("ingest", str(tmp_path))
    assert status == 1
    assert "read 3, new 2, duplicate 0" in out
    assert f"{tmp_path / rejected}" in out
    assert sorted(Source.objects.values_list("text", flat=True)) == sorted(texts)
