"""Helpers of the ingest tests (imported as ``from ingest_helpers import ...``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus" / "dialogue_kz_us"


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    """Write ``records`` one JSON object a line; return the path."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def synthetic_record(i: int) -> dict[str, Any]:
    """A unique document; every 25th is a readout of an EU human-rights dialogue round."""
    if i % 25 == 0:
        year = 1990 + i // 25
        text = (f"BRUSSELS. The European Union and Mongolia held the {year - 1989}th round of their "
                f"Human Rights Dialogue in Brussels on 12 March {year}. The parties discussed the "
                f"rule of law and freedom of expression. Reference {i}.")
    else:
        text = f"Market report {i}: grain prices moved in region {i % 97}. Trading note {i * 7919}."
    return {"id": f"syn-{i}", "text": text, "published": "2024-01-01", "outlet": "Synthetic Wire"}


