"""The orchestrator: one raw document through clean → extract → normalise."""

from __future__ import annotations

from dataclasses import replace

from rapport.pipeline.clean import clean_document
from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import (
    Chair,
    ExtractionResult,
    MeetingRecord,
    RawDocument,
    SourceInfo,
)


def process_document(raw: RawDocument) -> ExtractionResult:
    """What the pipeline reads in one raw document: source block, clean text, meetings."""
    # 1. Clean: main text, metadata, publication date.
    doc = clean_document(raw)
    # 2. Extract: meetings held, fields with evidence spans.
    meetings = extract_meetings(doc)
    # 3. Normalise: the contract's ordering and uniqueness rules.
    normalised = tuple(normalise_meeting(meeting) for meeting in meetings)
    source = SourceInfo(
        title=doc.title,
        published=doc.published,
        outlet=doc.outlet,
        language=doc.language,
        text_chars=len(doc.text),
        url=doc.url,
    )
    return ExtractionResult(source=source, text=doc.text, meetings=normalised, id=doc.id, origin=doc.origin)


def normalise_meeting(meeting: MeetingRecord) -> MeetingRecord:
    """Parties and themes sorted and unique; chairs unique by name, first spelling kept."""
    return replace(
        meeting,
        parties=tuple(sorted(set(meeting.parties))),
        themes=tuple(sorted(set(meeting.themes))),
        chairs=_unique_chairs(meeting.chairs),
    )


def _unique_chairs(chairs: tuple[Chair, ...]) -> tuple[Chair, ...]:
    seen: set[str] = set()
    unique = []
    for chair in chairs:
        key = chair.name.casefold()
        if chair.name and key not in seen:
            seen.add(key)
            unique.append(chair)
    return tuple(unique)
