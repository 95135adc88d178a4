"""Field components: one interface, one registry, one decision (issue 13)."""

from __future__ import annotations

import dataclasses

import pytest

from rapport.pipeline.extract import lexicon
from rapport.pipeline.extract.dates import parse_iso
from rapport.pipeline.extract.detect import classify, group_meetings
from rapport.pipeline.extract.fields import (
    FIELDS,
    Candidate,
    DocumentContext,
    MeetingContext,
    decide,
)
from rapport.pipeline.extract.lexicon import DOCUMENT_PATTERNS
from rapport.pipeline.extract.sentences import split_sentences, working_text
from rapport.pipeline.resources import country_names, read_lines
from rapport.pipeline.types import MeetingRecord

_READOUT = (
    "EU and Laos hold 12th Human Rights Dialogue\n\n"
    "The 12th EU-Laos Human Rights Dialogue took place in Vientiane on 14 May 2024. "
    "The EU delegation was led by Anna Berg, Head of Division at the EEAS, and the Lao delegation by "
    "Deputy Minister Phoxay Keo. The two sides discussed freedom of expression, the death penalty and "
    "the National Action Plan on Human Rights adopted in March 2023. "
    "They agreed to hold the next round in Brussels in 2025."
)


def _context() -> MeetingContext:
    flat = working_text(_READOUT)
    scan = DOCUMENT_PATTERNS.scan(flat)
    infos = classify(flat, split_sentences(flat), scan)
    groups = group_meetings(infos)
    assert len(groups) == 1
    document = DocumentContext(flat, infos, parse_iso("2024-05-16"), scan)
    return MeetingContext(document, groups[0], range(len(infos)), last=True)


def test_extract_fields_registry_fills_every_record_field() -> None:
    record_fields = {f.name for f in dataclasses.fields(MeetingRecord)} - {"evidence"}
    assert FIELDS[0].name == "parties"  # others read the parties
    assert {field.name for field in FIELDS} == record_fields


def test_extract_fields_components_offer_candidates_with_spans_in_the_text() -> None:
    context = _context()
    found = {}
    for field in FIELDS:
        candidates = field.find(context)
        for candidate in candidates:
            assert isinstance(candidate, Candidate)
            assert 0 < candidate.score <= 1
            if candidate.span is not None:
                start, end = candidate.span
                assert 0 <= start < end <= len(context.flat)
        best = decide(candidates)
        context.decided[field.name] = best.value if best else field.empty
        found[field.name] = context.decided[field.name]
    assert found["parties"] == ("EU", "LA")
    assert (found["round"], found["date"]) == (12, "2024-05-14")
    assert found["place"].city == "Vientiane"
    assert [chair.name for chair in found["chairs"]] == ["Anna Berg", "Phoxay Keo"]
    assert {"death_penalty", "freedom_of_expression"} <= set(found["themes"])
    assert found["next_meeting"].date == "2025"


def test_extract_fields_an_earlier_meeting_takes_only_the_next_one_of_its_own_part() -> None:
    context = _context()
    next_field = next(field for field in FIELDS if field.name == "next_meeting")
    # Another meeting reported after this one's first sentences owns the agreement that follows.
    shorter = MeetingContext(context.document, context.group, range(len(context.document.infos) - 1), last=False)
    assert next_field.find(shorter) == []
    own = MeetingContext(context.document, context.group, range(len(context.document.infos)), last=False)
    assert [candidate.value.date for candidate in next_field.find(own)] == ["2025"]


@pytest.mark.parametrize(
    ("scores", "chosen"),
    [([0.5, 1.0, 0.8], 1), ([1.0, 1.0], 0), ([0.5], 0)],
)
def test_extract_fields_decide_takes_the_best_then_the_first(scores: list[float], chosen: int) -> None:
    candidates = [Candidate(index, None, score) for index, score in enumerate(scores)]
    best = decide(candidates)
    assert best is not None
    assert best.value == chosen
    assert decide([]) is None


def test_extract_fields_rules_are_data_per_language() -> None:
    kinds = {line.split("\t", 1)[0] for line in read_lines("mechanisms.tsv")}
    assert kinds == {"titled", "named"}
    assert all("\t" in line for line in read_lines("cues.tsv"))
    assert country_names()["EU"] == "European Union"
    with pytest.raises(FileNotFoundError):
        read_lines("mechanisms.tsv", language="xx")


def test_extract_fields_cue_families_left_out_match_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the rules without every line of a family (leave-one-series-out) still loads."""
    kept = [line for line in read_lines("cues.tsv") if line.startswith("held\t")]
    monkeypatch.setattr(lexicon, "_lines", lambda name: kept if name == "cues.tsv" else read_lines(name))
    cues = lexicon._load_cues()
    assert cues["same_day"].search("on the same day as the summit") is None
    assert cues["held"].search("the dialogue took place in Vientiane") is not None
