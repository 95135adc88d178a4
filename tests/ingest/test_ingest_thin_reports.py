"""Thin reports and follow-up after a real ingest: the US–Kazakhstan dialogue, rounds 1–3.

The corpus (``tests/corpus/dialogue_kz_us_thin``) has full readouts, a report with neither date
nor round published two days after round 2, a report with round 3 and no date, a commentary no
meeting can be found for, and the co-chair spelled "Yerzhan" and "Erzhan" Kazykhan.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import write_jsonl

from rapport.web.dialogues.models import Mechanism, Meeting, Participation
from rapport.web.dialogues.selectors import mechanism_timeline
from rapport.web.followup.models import Promise
from rapport.web.people.models import Person
from rapport.web.sources.models import Report

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dialogue_kz_us_thin" / "rounds.jsonl"
ROUNDS = [
    (1, "2022-04-11", "Astana", {"kzt-r1-astana-ledger", "kzt-r1-steppe-wire"}),
    (2, "2023-01-24", "Washington", {"kzt-r2-state-readout", "kzt-r2-capital-notes"}),
    (3, "2024-05-20", "Astana", {"kzt-r3-astana-ledger", "kzt-r3-central-asia-review"}),
]
Cli = Callable[..., tuple[int, str]]


def _meetings() -> list[tuple[int | None, str, str, set[str]]]:
    """Every stored meeting as (round, date, city, the input ids of its reports), in date order."""
    return [
        (m.round, m.date, m.place_city, {r.source.input_id for r in m.reports.select_related("source")})
        for m in Meeting.objects.order_by("date_start", "id")
    ]


def _lines() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_thin_reports_join_their_rounds_and_the_rest_waits_for_review(rapport_cli: Cli) -> None:
    status, out = rapport_cli("ingest", str(CORPUS))
    assert status == 0, out
    mechanism = Mechanism.objects.get()
    assert mechanism.name == "US–Kazakhstan High-Level Dialogue on Human Rights and Democratic Reforms"
    timeline = mechanism_timeline(mechanism=mechanism)
    assert [(e.round, e.meeting.date, e.meeting.place_city) for e in timeline] == [r[:3] for r in ROUNDS]
    assert _meetings() == ROUNDS
    unplaced = Report.objects.get(meeting__isnull=True)
    assert unplaced.source.input_id == "kzt-undated-commentary"
    assert Promise.objects.count() == 3


def test_one_person_per_co_chair_despite_spellings(rapport_cli: Cli) -> None:
    rapport_cli("ingest", str(CORPUS))
    kazykhan = Person.objects.get(party__code="KZ")
    assert Person.objects.filter(party__code="US").count() == 1
    assert {"Yerzhan Kazykhan", "Erzhan Kazykhan"} <= {kazykhan.name, *kazykhan.aliases.values_list("name", flat=True)}
    assert kazykhan.participations.count() == 3
    assert not Participation.objects.filter(party__isnull=True).exists()  # the party the person is known by


@pytest.mark.parametrize(("seed", "batch_size"), [(1, 1), (2, 2), (3, 3), (4, 100)])
def test_same_meetings_whatever_the_order_and_batches(rapport_cli: Cli, tmp_path: Path, seed: int, batch_size: int) -> None:
    lines = _lines()
    random.Random(seed).shuffle(lines)
    half = len(lines) // 2
    first = write_jsonl(tmp_path / "first.jsonl", lines[:half])
    rest = write_jsonl(tmp_path / "rest.jsonl", lines[half:])
    rapport_cli("ingest", str(first), "--batch-size", str(batch_size))
    rapport_cli("ingest", str(rest), "--batch-size", str(batch_size))
    assert _meetings() == ROUNDS
    assert Person.objects.count() == 2
    assert Report.objects.filter(meeting__isnull=True).count() == 1


def _statuses(rapport_cli: Cli, as_of: str) -> dict[int, tuple[str, int | None]]:
    """Promise statuses the followup command leaves, by the round that made them (listed ones only)."""
    status, out = rapport_cli("followup", "--as-of", as_of)
    assert status == 0
    listed = {}
    for promise in Promise.objects.select_related("meeting", "fulfilled_by"):
        if f"({promise.meeting.date})" in out:
            kept = promise.fulfilled_by.round if promise.fulfilled_by else None
            listed[promise.meeting.round] = (promise.status, kept)
    return listed


def test_promises_exist_from_their_meeting_and_are_kept_late_or_in_time(rapport_cli: Cli) -> None:
    rapport_cli("ingest", str(CORPUS))
    assert _statuses(rapport_cli, "2022-03-01") == {}
    assert _statuses(rapport_cli, "2022-06-01") == {1: ("pending", None)}
    assert _statuses(rapport_cli, "2023-06-01") == {1: ("fulfilled_late", 2), 2: ("pending", None)}
    assert _statuses(rapport_cli, "2024-06-01") == {
        1: ("fulfilled_late", 2), 2: ("fulfilled", 3), 3: ("pending", None)}
    assert _statuses(rapport_cli, "2025-06-01")[3] == ("pending", None)
    assert _statuses(rapport_cli, "2026-02-01")[3] == ("overdue", None)

