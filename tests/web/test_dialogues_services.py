"""``dialogues.services``: merging, splitting, correcting and reviewing meetings."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from tracker_factories import ingest, make_record, place

from rapport.web.core.actor import acting_as
from rapport.web.core.models import ChangeRecord
from rapport.web.dialogues.models import Meeting
from rapport.web.dialogues.services import (
    meeting_correction_clear,
    meeting_field_correct,
    meeting_merge,
    meeting_review,
    report_split,
)

pytestmark = pytest.mark.django_db


def _meeting(stored: object) -> Meeting:
    return stored.source.reports.get().meeting  # type: ignore[attr-defined]


def test_meeting_merge_moves_reports_and_deletes_the_other() -> None:
    a = _meeting(ingest(make_record(date="2024-04-24", place=place("Astana", "KZ"))))
    b = _meeting(ingest(make_record(date="2024-05-30")))
    merged = meeting_merge(target=a, other=b)
    assert merged.reports.count() == 2
    assert not Meeting.objects.filter(pk=b.pk).exists()
    assert ChangeRecord.objects.filter(object_id=a.pk, action="merge").exists()


def test_meeting_merge_refuses_other_parties() -> None:
    a = _meeting(ingest(make_record(date="2024-04-24")))
    b = _meeting(ingest(make_record(date="2024-04-24", parties=("EU", "KZ"))))
    with pytest.raises(ValidationError):
        meeting_merge(target=a, other=b)


def test_report_split_takes_a_report_into_a_new_meeting() -> None:
    first = ingest(make_record(date="2024-04-24", place=place("Astana", "KZ")))
    ingest(make_record(date="2024-04-24", place=place("Almaty", "KZ")))
    ingest(make_record(date="2024-04-24", place=place("Almaty", "KZ")))
    meeting = _meeting(first)
    assert meeting.place_city == "Almaty"
    new = report_split(report=first.source.reports.get())
    meeting.refresh_from_db()
    assert new.place_city == "Astana"
    assert meeting.support["reports"] == 2


def test_report_split_refuses_a_lone_report() -> None:
    stored = ingest(make_record(date="2024-04-24"))
    with pytest.raises(ValidationError):
        report_split(report=stored.source.reports.get())


def test_meeting_field_correct_wins_over_reports_and_is_recorded(reviewer: object) -> None:
    meeting = _meeting(ingest(make_record(date="2024-04-24", round=2)))
    with acting_as(user=reviewer):
        meeting_field_correct(meeting=meeting, field="round", value="3")
    ingest(make_record(date="2024-04-24", round=None))  # a later report re-derives the meeting
    meeting.refresh_from_db()
    assert meeting.round == 3
    change = ChangeRecord.objects.get(object_id=meeting.pk, action="correct")
    assert change.user == reviewer
    assert change.before == {"corrections": {}}
    meeting_correction_clear(meeting=meeting, field="round")
    meeting.refresh_from_db()
    assert meeting.round == 2


@pytest.mark.parametrize(("field", "value"), [("round", "third"), ("date", "24/04/2024"), ("themes", "x")])
def test_meeting_field_correct_rejects_bad_values(field: str, value: str) -> None:
    meeting = _meeting(ingest(make_record(date="2024-04-24")))
    with pytest.raises(ValidationError):
        meeting_field_correct(meeting=meeting, field=field, value=value)


def test_meeting_review_publishes_exactly_when_confirmed(reviewer: object) -> None:
    meeting = _meeting(ingest(make_record(date="2024-04-24")))
    with acting_as(user=reviewer):
        meeting_review(meeting=meeting, status="confirmed")
    assert meeting.published
    meeting_review(meeting=meeting, status="rejected")
    assert not meeting.published
    assert ChangeRecord.objects.filter(object_id=meeting.pk, action="review").count() == 2
