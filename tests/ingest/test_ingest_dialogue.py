"""THE acceptance test: the US–Kazakhstan dialogue corpus becomes one mechanism's timeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import write_jsonl

from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.dialogues.selectors import mechanism_timeline
from rapport.web.followup.models import Promise
from rapport.web.people.models import Person
from rapport.web.people.services import person_resolve

pytestmark = pytest.mark.django_db


def _promise_by_round(number: int) -> Promise:
    return Promise.objects.select_related("fulfilled_by").get(meeting__round=number)


def test_ingest_dialogue_builds_the_timeline(rapport_cli: Any, kz_us_corpus: Path, expected: dict[str, Any]) -> None:
    status, out = rapport_cli("ingest", str(kz_us_corpus), "--as-of", "2025-06-01")
    assert status == 0, out
    assert f"read {expected['documents']}, new {expected['documents']}" in out
    mechanism = Mechanism.objects.get()
    assert mechanism.name == expected["mechanism"]["name"]
    timeline = mechanism_timeline(mechanism=mechanism)
    want = [(m["round"], m["date"], m["place"]["city"]) for m in expected["meetings"]]
    assert [(e.round, e.meeting.date, e.meeting.place_city) for e in timeline] == want
    for entry, meeting in zip(timeline, expected["meetings"], strict=True):
        sources = {r.source.input_id for r in entry.meeting.reports.all()}
        assert sources == set(meeting["sources"])
        assert set(meeting["themes_in_all_sources"]) <= {t.theme for t in entry.meeting.themes.all()}


def test_ingest_dialogue_resolves_chairs_across_spellings(rapport_cli: Any, kz_us_corpus: Path, expected: dict[str, Any]) -> None:
    rapport_cli("ingest", str(kz_us_corpus))
    assert Person.objects.count() == len(expected["persons"])
    for person in expected["persons"]:
        stored = Person.objects.get(name=person["name"], party__code=person["party"])
        assert stored.participations.count() == 3
        for alias in person["aliases"]:
            assert person_resolve(name=alias, party=person["party"]) == stored


def test_ingest_dialogue_follows_up_next_rounds(rapport_cli: Any, kz_us_corpus: Path, expected: dict[str, Any]) -> None:
    rapport_cli("ingest", str(kz_us_corpus))
    for promise in expected["promises"]:
        for as_of, status in promise["status"].items():
            status_code, _ = rapport_cli("followup", "--as-of", as_of)
            stored = _promise_by_round(promise["made_at_round"])
            assert status_code == 0
            assert stored.due == promise["date"]
            assert stored.status == status, f"round {promise['made_at_round']} as of {as_of}"
            if status == "fulfilled":
                assert stored.fulfilled_by.round == promise["fulfilled_by_round"]
    washington = _promise_by_round(3)
    assert (washington.place_city, washington.place_country) == ("Washington", "US")


def test_ingest_late_reports_reenter_their_meetings(rapport_cli: Any, kz_us_corpus: Path, tmp_path: Path) -> None:
    lines = [json.loads(line) for line in kz_us_corpus.read_text(encoding="utf-8").splitlines()]
    first = write_jsonl(tmp_path / "first.jsonl", [r for r in lines if r["id"].endswith("astana-ledger")])
    rest = write_jsonl(tmp_path / "rest.jsonl", [r for r in lines if not r["id"].endswith("astana-ledger")])
    rapport_cli("ingest", str(first))
    assert Meeting.objects.count() == 3
    rapport_cli("ingest", str(rest))
    assert Meeting.objects.count() == 3
    assert sorted(m.support["reports"] for m in Meeting.objects.all()) == [3, 3, 3]
