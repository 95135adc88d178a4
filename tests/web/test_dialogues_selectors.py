"""``dialogues.selectors``: lists, the timeline with inferred rounds, field values."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from tracker_factories import ingest, make_record

from rapport.web.dialogues.models import Mechanism
from rapport.web.dialogues.selectors import (
    MechanismFilters,
    MeetingFilters,
    _infer_rounds,
    mechanism_list,
    mechanism_timeline,
    mechanism_visible,
    meeting_list,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("rounds", "filled"),
    [
        ([1, None, 3], [1, 2, 3]),
        ([None, 2, None], [1, 2, None]),
        ([None, 3], [None, 3]),
        ([1, None, None, 5], [1, None, None, 5]),
    ],
)
def test_infer_rounds_only_when_certain(rounds: list[int | None], filled: list[int | None]) -> None:
    assert _infer_rounds(rounds) == filled


def test_mechanism_timeline_orders_meetings_and_fills_rounds(reviewer: Any) -> None:
    ingest(make_record(date="2024-04-24", round=3))
    ingest(make_record(date="2022-06-14", round=1))
    ingest(make_record(date="2023-10-10", mechanism="Kazakhstan-US human rights dialogue"))
    mechanism = Mechanism.objects.get()
    timeline = mechanism_timeline(mechanism=mechanism)
    assert [(e.meeting.date, e.round, e.round_inferred) for e in timeline] == [
        ("2022-06-14", 1, False), ("2023-10-10", 2, True), ("2024-04-24", 3, False),
    ]
    assert mechanism_list(user=reviewer).get().meeting_count == 3
    assert not mechanism_list(user=AnonymousUser()).exists()  # drafts only: nothing published


def test_meeting_list_filters() -> None:
    ingest(make_record(date="2024-04-24"))
    ingest(make_record(date="2019-06-01", parties=("EU", "MN"), mechanism="EU-Mongolia Human Rights Dialogue"))
    assert meeting_list(filters=MeetingFilters(party="mn")).count() == 1
    assert meeting_list(filters=MeetingFilters(year=2024)).count() == 1
    assert meeting_list(filters=MeetingFilters(published_only=True)).count() == 0


def test_mechanism_list_is_one_read_for_pages_and_api(reviewer: Any) -> None:
    """Counts, dates, filters and both orders of the dialogue list the pages and the API share."""
    recent = (date.today() - timedelta(days=30)).isoformat()  # active whenever the test runs
    ingest(make_record(date=recent, themes=("torture",)))
    ingest(make_record(date="2012-06-14"))
    ingest(make_record(date="2019-06-01", parties=("EU", "MN"), mechanism="EU-Mongolia Human Rights Dialogue"))
    by_name = mechanism_list(user=reviewer)
    assert [(m.meeting_count, str(m.first), str(m.last)) for m in by_name] == [
        (1, "2019-06-01", "2019-06-01"), (2, "2012-06-14", recent)]
    assert [str(m.last) for m in mechanism_list(user=reviewer, recent_first=True)] == [recent, "2019-06-01"]
    assert [m.meeting_count for m in mechanism_list(user=reviewer, filters=MechanismFilters(party="mn"))] == [1]
    assert mechanism_list(user=reviewer, filters=MechanismFilters(theme="torture")).get().meeting_count == 2
    assert mechanism_list(user=reviewer, filters=MechanismFilters(q=" mongolia ")).get().name.startswith("EU")
    assert [m.meeting_count for m in mechanism_list(user=reviewer, filters=MechanismFilters(activity="dormant"))] == [1]
    kz_us = mechanism_list(user=reviewer, filters=MechanismFilters(party="KZ")).get()
    assert mechanism_visible(user=reviewer, mechanism_id=kz_us.pk) == kz_us
    assert mechanism_visible(user=AnonymousUser(), mechanism_id=kz_us.pk) is None  # no published meeting
