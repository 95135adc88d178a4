"""Readouts written for the extractor's shape tests: run one through extraction."""

from __future__ import annotations

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, MeetingRecord


def meetings(text: str, published: str | None = "2026-04-20") -> tuple[MeetingRecord, ...]:
    """The meetings the extractor reads in a clean text published on ``published``."""
    return extract_meetings(CleanDocument(origin="test", text=text, published=published))


def one(text: str, published: str | None = "2026-04-20") -> MeetingRecord:
    """The one meeting the extractor reads in the text (the test fails on none or several)."""
    found = meetings(text, published)
    assert len(found) == 1, found
    return found[0]
