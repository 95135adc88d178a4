"""``sources.services``: storing documents once and their reports in the right meetings."""

from __future__ import annotations

import pytest
from tracker_factories import chairs, ingest, make_record, next_meeting, place

from rapport.web.core.models import ChangeRecord
from rapport.web.dialogues.models import Meeting
from rapport.web.sources.models import Report, Source

pytestmark = pytest.mark.django_db


def test_source_ingest_same_text_twice_adds_nothing() -> None:
    first = ingest(make_record(date="2024-04-24"), text="The  dialogue took place.")
    again = ingest(make_record(date="2024-04-24"), text="the dialogue   took place.\n")
    assert first.created
    assert not again.created
    assert "same text" in again.duplicate_of
    assert Source.objects.count() == 1
    assert Report.objects.count() == 1


def test_source_ingest_same_url_is_a_duplicate() -> None:
    ingest(make_record(date="2024-04-24"), url="https://example.org/a")
    again = ingest(make_record(date="2024-04-24"), url="https://example.org/a")
    assert not again.created
    assert "same URL" in again.duplicate_of


def test_source_ingest_records_the_acting_job() -> None:
    stored = ingest(make_record(date="2024-04-24"))
    change = ChangeRecord.objects.filter(object_id=stored.source.pk, action="create").first()
    assert change is not None
    assert change.actor == "test:ingest"


def test_report_create_never_merges_other_parties() -> None:
    ingest(make_record(date="2024-04-24"))
    ingest(make_record(date="2024-04-24", parties=("EU", "KZ"), mechanism="EU-Kazakhstan Human Rights Dialogue"))
    assert Meeting.objects.count() == 2


def test_report_create_never_merges_a_clearly_different_date() -> None:
    ingest(make_record(date="2024-04-24"))
    ingest(make_record(date="2024-06-24"))
    assert Meeting.objects.count() == 2


def test_report_create_late_report_reenters_the_same_meeting() -> None:
    ingest(make_record(date="2024-04-24", round=3, place=place("Astana", "KZ")))
    ingest(make_record(date="2023-10-10", round=2, place=place("Astana", "KZ")))
    late = ingest(make_record(date="2024-04", chairs=chairs(("U. Zeya", "US"))))
    meeting = late.source.reports.get().meeting
    assert meeting.round == 3
    assert meeting.support["reports"] == 2
    assert Meeting.objects.count() == 2


def test_report_create_keeps_conflicting_positions_visible() -> None:
    from rapport.web.dialogues.selectors import meeting_field_values

    ingest(make_record(date="2023-10-10", chairs=chairs(("Uzra Zeya", "US"), position="Under Secretary")))
    ingest(make_record(date="2023-10-10", chairs=chairs(("Uzra Zeya", "US"), position="Under Secretary")))
    stored = ingest(make_record(date="2023-10-10", chairs=chairs(("Uzra Zeya", "US"), position="Deputy Secretary")))
    meeting = stored.source.reports.get().meeting
    assert meeting.participations.get().position == "Under Secretary"
    fields = {f.name: f for f in meeting_field_values(meeting=meeting)}
    position = fields["position of Uzra Zeya"]
    assert position.conflict
    assert {v.value for v in position.values} == {"Under Secretary", "Deputy Secretary"}


def test_report_create_chooses_values_by_support() -> None:
    ingest(make_record(date="2024-04-24", place=place("Astana", "KZ"), next_meeting=next_meeting("2025", "Washington", "US")))
    ingest(make_record(date="2024-04-24", place=place("Astana", "KZ")))
    stored = ingest(make_record(date="2024-04-24", place=place("Almaty", "KZ")))
    meeting = stored.source.reports.get().meeting
    assert (meeting.place_city, meeting.support["place"]) == ("Astana", 2)
    assert meeting.promises.get().place_city == "Washington"
