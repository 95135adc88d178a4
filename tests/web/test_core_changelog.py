"""``core.changelog``: every change names its actor, with the state before and after."""

from __future__ import annotations

import pytest
from tracker_factories import ingest, make_record

from rapport.web.core.actor import acting_as
from rapport.web.core.changelog import logged_change
from rapport.web.core.selectors import change_list

pytestmark = pytest.mark.django_db


def test_logged_change_records_user_and_changed_fields_only(reviewer: object) -> None:
    meeting = ingest(make_record(date="2024-04-24")).source.reports.get().meeting
    with acting_as(user=reviewer), logged_change(meeting, message="test"):
        meeting.place_city = "Astana"
        meeting.save()
    change = change_list(instance=meeting).first()
    assert change.user == reviewer
    assert change.before == {"place_city": ""}
    assert change.after == {"place_city": "Astana"}


def test_logged_change_without_a_change_records_nothing() -> None:
    meeting = ingest(make_record(date="2024-04-24")).source.reports.get().meeting
    count = change_list(instance=meeting).count()
    with logged_change(meeting):
        meeting.save()
    assert change_list(instance=meeting).count() == count


def test_change_list_by_job_label() -> None:
    ingest(make_record(date="2024-04-24"))
    assert change_list(actor="test:ingest").filter(action="create").exists()
