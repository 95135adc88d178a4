"""A stand-in extractor, so that the CLI's input handling is tested apart from extraction."""

from __future__ import annotations

from typing import Any

import pytest

from rapport.cli import cmd_extract
from rapport.pipeline.types import ExtractionResult, RawDocument, SourceInfo


def fake_process(document: RawDocument) -> ExtractionResult:
    """One meeting per document whose body mentions a dialogue; raises on 'BOOM'."""
    body = document.text or document.html or ""
    if "BOOM" in body:
        raise RuntimeError("extractor crashed")
    source = SourceInfo(
        title=document.title,
        published=document.published,
        outlet=document.outlet,
        language="en",
        text_chars=len(body),
    )
    return ExtractionResult(source=source, text=body, id=document.id, origin=document.origin)


def fake_to_dict(result: ExtractionResult) -> dict[str, Any]:
    """The contract's shape, with one fixed meeting when the text mentions a dialogue."""
    meetings = (
        [
            {
                "parties": ["KZ", "US"],
                "round": 3,
                "date": "2024-05-20",
                "place": {"city": "Astana", "country": "KZ"},
                "chairs": [],
                "themes": ["rule_of_law"],
                "mechanism": "Dialogue",
            }
        ]
        if "dialogue" in result.text
        else []
    )
    source = {
        "title": result.source.title,
        "published": result.source.published,
        "outlet": result.source.outlet,
        "language": "en",
        "text_chars": result.source.text_chars,
    }
    return {"source": source, "meetings": meetings}


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the extractor behind ``rapport extract`` with the stand-in."""
    monkeypatch.setattr(cmd_extract, "load_pipeline", lambda: (fake_process, fake_to_dict))
