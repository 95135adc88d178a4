"""``rapport export`` and ``rapport followup`` over the dialogue corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingested(rapport_cli: Any, kz_us_corpus: Path) -> Any:
    """The dialogue corpus ingested as of mid-2025."""
    rapport_cli("ingest", str(kz_us_corpus), "--as-of", "2025-06-01")
    return rapport_cli


def test_export_meetings_jsonl_carries_contract_fields_sources_and_status(ingested: Any) -> None:
    status, out = ingested("export", "meetings")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [r["round"] for r in rows] == [1, 2, 3]
    first = rows[0]
    assert first["parties"] == ["KZ", "US"]
    assert first["place"] == {"city": "Washington", "country": "US"}
    assert first["review_status"] == "draft"
    assert "kzus-r1-capital-dispatch" in first["sources"]
    assert {c["name"] for c in first["chairs"]} == {"Uzra Zeya", "Yerzhan Kazykhan"}
    assert isinstance(first["conflicts"], dict)


def test_export_meetings_csv_and_json_to_a_file(ingested: Any, tmp_path: Path) -> None:
    target = tmp_path / "meetings.json"
    assert ingested("export", "meetings", "--format", "json", "-o", str(target))[0] == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 3
    _, out = ingested("export", "meetings", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[2]["date"] == "2024-04-24"
    assert rows[2]["parties"] == "KZ; US"


def test_export_promises_as_of_a_date(ingested: Any) -> None:
    _, out = ingested("export", "promises", "--as-of", "2026-06-01")
    rows = {r["made_at"]["round"]: r for r in map(json.loads, out.splitlines())}
    assert rows[1]["status"] == "fulfilled"
    assert rows[1]["fulfilled_by"]["round"] == 2
    assert rows[3]["status"] == "overdue"
    assert rows[3]["fulfilled_by"] is None


def test_export_mechanisms_with_timeline(ingested: Any) -> None:
    _, out = ingested("export", "mechanisms")
    (mechanism,) = map(json.loads, out.splitlines())
    assert [m["round"] for m in mechanism["meetings"]] == [1, 2, 3]


def test_followup_lists_statuses(ingested: Any) -> None:
    status, out = ingested("followup", "--as-of", "2026-06-01")
    assert status == 0
    assert "as of 2026-06-01: fulfilled 2, overdue 1" in out
    assert "overdue" in out.splitlines()[-2]


def test_export_csv_quotes_cells_a_spreadsheet_would_run(ingested: Any) -> None:
    from rapport.web.dialogues.models import Mechanism

    Mechanism.objects.filter(pk=Mechanism.objects.order_by("pk").first().pk).update(name="=HYPERLINK(\"http://x\",\"y\")")
    status, out = ingested("export", "mechanisms", "--format", "csv")
    assert status == 0
    names = [row["name"] for row in csv.DictReader(io.StringIO(out))]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in names
    assert not any(name.startswith(("=", "+", "-", "@")) for name in names)
