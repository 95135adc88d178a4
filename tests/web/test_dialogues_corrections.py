"""Corrections beyond date, round and place: chairs, themes, instruments, next meeting, dialogue
and parties; each wins over the reports, survives a new report, and is recorded in the history."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from tracker_factories import chairs, ingest, make_record, next_meeting, place

from rapport.pipeline.types import Instrument
from rapport.web.core.actor import acting_as
from rapport.web.core.models import ChangeRecord
from rapport.web.dialogues.corrections import in_the_future
from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.dialogues.services import (
    meeting_chair_add,
    meeting_chair_remove,
    meeting_correction_clear,
    meeting_field_correct,
)
from rapport.web.people.models import Person
from rapport.web.people.services import person_merge, person_rename

pytestmark = pytest.mark.django_db

PAIR = (("Dana Orlova", "KZ"), ("Tom Reed", "US"))


def _meeting(**fields: object) -> Meeting:
    record = make_record(date="2024-04-24", place=place("Astana", "KZ"), chairs=chairs(*PAIR),
                         themes=("torture",), **fields)
    return ingest(record).source.reports.get().meeting


def _again(meeting: Meeting, **fields: object) -> Meeting:
    """Another report of the same meeting arrives: the refresh must keep the corrections."""
    ingest(make_record(date="2024-04-24", place=place("Astana", "KZ"), chairs=chairs(*PAIR),
                       themes=("torture", "elections"), **fields))
    return Meeting.objects.get(pk=meeting.pk)


def _chair_names(meeting: Meeting) -> set[str]:
    return set(meeting.participations.values_list("person__name", flat=True))


def test_themes_correction_replaces_the_reports_themes_and_survives_a_new_report() -> None:
    meeting = _meeting()
    with acting_as(label="test:editor"):
        meeting_field_correct(meeting=meeting, field="themes", value="Media freedom, torture")
    meeting = _again(meeting)
    assert set(meeting.themes.values_list("theme", flat=True)) == {"media_freedom", "torture"}
    change = ChangeRecord.objects.filter(object_id=meeting.pk, action="correct").first()
    assert change.after["corrections"]["themes"] == ["media_freedom", "torture"]
    assert change.actor == "test:editor"


def test_instruments_correction_lists_the_reviewers_instruments() -> None:
    meeting = _meeting(instruments=(Instrument(kind="law", title="Law on Old Things", date=None),))
    meeting_field_correct(meeting=meeting, field="instruments", value="law: Law on Mass Media (2024-06); plan: Action Plan")
    assert sorted(meeting.instruments.values_list("kind", "title", "date")) == [
        ("law", "Law on Mass Media", "2024-06"), ("plan", "Action Plan", "")]
    meeting_correction_clear(meeting=meeting, field="instruments")
    assert list(meeting.instruments.values_list("title", flat=True)) == ["Law on Old Things"]


def test_next_meeting_correction_sets_the_promise() -> None:
    meeting = _meeting(next_meeting=next_meeting("2025", "Washington", "US"))
    meeting_field_correct(meeting=meeting, field="next_meeting", value={"date": "2025-09", "city": "Astana", "country": "kz"})
    promise = _again(meeting, next_meeting=next_meeting("2025", "Washington", "US")).promises.get(kind="next_meeting")
    assert (promise.due, promise.place_city, promise.place_country) == ("2025-09", "Astana", "KZ")


def test_chairs_add_remove_and_list_correction() -> None:
    meeting = _meeting()
    meeting_chair_add(meeting=meeting, name="Lena Marsh", party="US", position="Deputy Envoy")
    meeting_chair_remove(meeting=meeting, person_id=Person.objects.get(name="Tom Reed").pk)
    meeting = _again(meeting)
    assert _chair_names(meeting) == {"Dana Orlova", "Lena Marsh"}
    assert meeting.participations.get(person__name="Lena Marsh").position == "Deputy Envoy"
    messages = set(ChangeRecord.objects.filter(object_id=meeting.pk, action="correct").values_list("message", flat=True))
    assert {"chair Lena Marsh added", "chair Tom Reed removed"} <= messages
    meeting_field_correct(meeting=meeting, field="chairs", value="Dana Orlova (KZ); Tom Reed (US)")
    assert _chair_names(meeting) == {"Dana Orlova", "Tom Reed"}
    with pytest.raises(ValidationError):
        meeting_chair_remove(meeting=meeting, person_id=10**6)


def test_person_rename_keeps_the_old_name_as_a_spelling() -> None:
    _meeting()
    person = Person.objects.get(name="Tom Reed")
    person_rename(person=person, name="Thomas  Reed")
    person.refresh_from_db()
    assert person.name == "Thomas Reed"
    assert {"Tom Reed", "Thomas Reed"} <= set(person.aliases.values_list("name", flat=True))
    assert ChangeRecord.objects.filter(object_id=person.pk, action="correct", message__contains="Tom Reed").exists()


def test_person_merge_moves_chairs_and_reviewer_lists() -> None:
    first = _meeting()
    other_meeting = ingest(make_record(date="2025-05-01", chairs=chairs(("Tomasz Rydel", "US")))).source.reports.get().meeting
    meeting_chair_add(meeting=other_meeting, name="Dana Orlova", party="KZ")
    target, other = Person.objects.get(name="Tom Reed"), Person.objects.get(name="Tomasz Rydel")
    person_merge(target=target, other=other)
    assert not Person.objects.filter(pk=other.pk).exists()
    assert set(Meeting.objects.filter(participations__person=target).values_list("pk", flat=True)) == {first.pk, other_meeting.pk}
    other_meeting.refresh_from_db()
    assert {r["person"] for r in other_meeting.corrections["chairs"]} == {target.pk, Person.objects.get(name="Dana Orlova").pk}
    assert ChangeRecord.objects.filter(object_id=target.pk, action="merge").exists()
    with pytest.raises(ValidationError):
        person_merge(target=target, other=target)


def test_parties_and_dialogue_corrections() -> None:
    meeting = _meeting()
    meeting_field_correct(meeting=meeting, field="parties", value="KZ, GB")
    meeting.refresh_from_db()
    assert meeting.party_key == "GB,KZ"
    assert set(meeting.parties.values_list("code", flat=True)) == {"GB", "KZ"}
    meeting_field_correct(meeting=meeting, field="mechanism", value="Kazakh-British Rights Talks")
    meeting = _again(meeting)
    assert meeting.mechanism.name == "Kazakh-British Rights Talks"
    assert Mechanism.objects.filter(name="Kazakh-British Rights Talks").count() == 1
    meeting_field_correct(meeting=meeting, field="mechanism", value=str(meeting.mechanism_id))
    with pytest.raises(ValidationError):
        meeting_field_correct(meeting=meeting, field="mechanism", value="999999")


@pytest.mark.parametrize(("field", "value"), [
    ("themes", "astrology"), ("parties", "Kazakhstan"), ("next_meeting", ", ,"),
    ("instruments", "law: Law on Media (2024-13-45)"), ("next_meeting", "soon, Astana, KZ"), ("chairs", "(KZ)"),
])
def test_bad_corrections_say_what_is_wrong(field: str, value: str) -> None:
    meeting = _meeting()
    with pytest.raises(ValidationError, match=field):
        meeting_field_correct(meeting=meeting, field=field, value=value)


@pytest.mark.pure
def test_in_the_future() -> None:
    import datetime as dt

    today = dt.date(2026, 3, 1)
    assert in_the_future("2026-03-02", today)
    assert in_the_future("2027", today)
    assert not in_the_future("2026-03", today)
    assert not in_the_future("", today)
