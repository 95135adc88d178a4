"""``sources.services``: storing documents once and their reports in the right meetings."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tracker_factories import chairs, ingest, make_record, make_result, next_meeting, place

from rapport.web.core.models import ChangeRecord
from rapport.web.dialogues.models import Meeting, Participation
from rapport.web.people.models import Person
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


def _ingest_batch(*results: Any) -> list[Any]:
    """Store several results in one batch, as ``rapport ingest`` writes them."""
    from rapport.web.core.actor import acting_as
    from rapport.web.sources.services import source_ingest_many

    with acting_as(label="test:ingest"):
        return source_ingest_many(results=[(result, result.origin) for result in results])


def test_one_batch_matches_reports_against_meetings_it_created() -> None:
    # Three reports of one new meeting in one batch, and one of the next round: the second and
    # third join the meeting the first started, although none of it was stored when they came.
    one = make_record(date="2024-05-20", round=3, chairs=chairs(("Yerzhan Kazykhan", "KZ")))
    _ingest_batch(make_result(one), make_result(one), make_result(make_record(date="2024-05-20")),
                  make_result(make_record(date="2025-06-02", round=4)))
    meetings = list(Meeting.objects.order_by("date_start"))
    assert [m.support["reports"] for m in meetings] == [3, 1]
    assert [m.round for m in meetings] == [3, 4]


def test_one_batch_resolves_a_new_person_once_across_its_meetings() -> None:
    # A person new to the tracker chairs two meetings of one batch under two spellings: one
    # Person, both spellings as aliases, and one position spanning both meetings' dates.
    first = make_record(date="2023-04-10", round=2,
                        chairs=chairs(("Yerzhan Kazykhan", "KZ"), position="Deputy Foreign Minister"))
    second = make_record(date="2024-05-20", round=3,
                         chairs=chairs(("Erzhan Kazykhan", "KZ"), position="Deputy Foreign Minister"))
    _ingest_batch(make_result(first), make_result(second))
    (person,) = Person.objects.all()
    assert sorted(person.aliases.values_list("name", flat=True)) == ["Erzhan Kazykhan", "Yerzhan Kazykhan"]
    (position,) = person.positions.all()
    assert (position.start, position.end) == (date(2023, 4, 10), date(2024, 5, 20))
    assert Participation.objects.filter(person=person).count() == 2
