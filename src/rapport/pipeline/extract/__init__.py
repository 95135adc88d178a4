"""Extraction: meeting records (fields with evidence spans) from a document's clean text."""

from __future__ import annotations

from rapport.pipeline.extract.dates import parse_iso
from rapport.pipeline.extract.detect import classify, group_meetings
from rapport.pipeline.extract.lexicon import DOCUMENT_PATTERNS
from rapport.pipeline.extract.meetings import DocumentContext, build_meeting
from rapport.pipeline.extract.sentences import split_sentences, working_text
from rapport.pipeline.types import CleanDocument, MeetingRecord

__all__ = ["extract_meetings"]


def extract_meetings(doc: CleanDocument) -> tuple[MeetingRecord, ...]:
    """The meetings a clean document reports as having taken place, one record each."""
    # 1. A working copy of the text (same offsets) and its sentences.
    flat = working_text(doc.text)
    sentences = split_sentences(flat)
    # 2. Detection: held sentences, grouped into distinct meetings.
    scan = DOCUMENT_PATTERNS.scan(flat)
    infos = classify(flat, sentences, scan)
    groups = group_meetings(infos)
    if not groups:
        return ()
    # 3. Fields: each meeting reads the part of the text from its first report to the next's.
    context = DocumentContext(flat, infos, parse_iso(doc.published), scan)
    records = []
    for number, group in enumerate(groups):
        start = 0 if number == 0 else group.first
        end = groups[number + 1].first if number + 1 < len(groups) else len(infos)
        records.append(build_meeting(context, group, range(start, end), last=number == len(groups) - 1))
    return tuple(records)
