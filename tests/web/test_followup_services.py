"""``followup.services``: next-meeting promises and their status as of a date."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from tracker_factories import ingest, make_record, next_meeting, place

from rapport.pipeline.types import MeetingRecord
from rapport.web.dialogues.models import Meeting
from rapport.web.followup.models import Promise
from rapport.web.followup.services import promise_mark_fulfilled, promise_refresh_statuses
from rapport.web.followup.status import promise_statuses

pytestmark = pytest.mark.django_db


def _status(promise: Promise) -> tuple[str, int | None]:
    promise.refresh_from_db()
    return promise.status, promise.fulfilled_by_id


def test_promise_refresh_statuses_fulfilled_pending_overdue() -> None:
    first = ingest(make_record(date="2023-10-10", round=2, place=place("Astana", "KZ"),
                               next_meeting=next_meeting("2024", "Astana", "KZ")))
    later = ingest(make_record(date="2024-04-24", round=3, place=place("Astana", "KZ"),
                               next_meeting=next_meeting("2025", "Washington", "US")))
    kept = Promise.objects.get(meeting=first.source.reports.get().meeting)
    open_ = Promise.objects.get(meeting=later.source.reports.get().meeting)
    promise_refresh_statuses(as_of=date(2024, 1, 1))
    assert _status(kept) == ("pending", None)
    promise_refresh_statuses(as_of=date(2025, 6, 1))
    assert _status(kept) == ("fulfilled", later.source.reports.get().meeting_id)
    assert _status(open_) == ("pending", None)
    promise_refresh_statuses(as_of=date(2026, 1, 1))
    assert _status(open_) == ("overdue", None)


def test_promise_refresh_statuses_wrong_place_does_not_fulfil() -> None:
    ingest(make_record(date="2023-10-10", next_meeting=next_meeting("2024", "Washington", "US")))
    ingest(make_record(date="2024-04-24", place=place("Astana", "KZ")))
    counts = promise_refresh_statuses(as_of=date(2025, 1, 1))
    assert counts == {"overdue": 1}


def test_promise_mark_fulfilled_survives_refresh() -> None:
    stored = ingest(make_record(date="2023-10-10", next_meeting=next_meeting("2024")))
    promise = Promise.objects.get()
    promise_mark_fulfilled(promise=promise, note="held, not reported")
    promise_refresh_statuses(as_of=date(2026, 1, 1))
    assert _status(promise) == ("fulfilled", None)
    assert stored.created


CITIES = (("Astana", "KZ"), ("Washington", "US"))


def _random_round(rng: Any, mechanism: str, year: int) -> MeetingRecord:
    """A round in ``year`` at a random city, promising the next round in a random year and city."""
    city, country = rng.choice(CITIES)
    due_city, due_country = rng.choice(CITIES)
    due = str(year + rng.choice((0, 1, 1, 2)))
    return make_record(mechanism=mechanism, date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                       place=place(city, country), next_meeting=next_meeting(due, due_city, due_country))


@pytest.mark.parametrize("seed", range(4))
def test_refresh_of_touched_meetings_agrees_with_a_full_recomputation(seed: int) -> None:
    """Recomputing only the promises new meetings can affect leaves every status as a full pass would."""
    rng = random.Random(seed)
    mechanisms = ("Human Rights Dialogue", "Expert Dialogue on Migration")
    for mechanism in mechanisms:
        for year in rng.sample(range(2010, 2024), 5):
            ingest(_random_round(rng, mechanism, year))
    as_of = date(2026, 1, 1)
    promise_refresh_statuses(as_of=as_of)
    before = set(Meeting.objects.values_list("pk", flat=True))
    for mechanism in mechanisms:  # new rounds land between, before and after the stored ones
        for year in rng.sample(range(2008, 2026), 4):
            ingest(_random_round(rng, mechanism, year))
    promise_refresh_statuses(as_of=as_of, touched=Meeting.objects.exclude(pk__in=before))
    promises = list(Promise.objects.select_related("meeting").order_by("id"))
    expected = [(status, kept and kept.pk) for status, kept in promise_statuses(promises, as_of=as_of)]
    assert [(p.status, p.fulfilled_by_id) for p in promises] == expected
    assert {status for status, _ in expected} >= {"fulfilled", "overdue"}


def test_a_round_held_elsewhere_that_makes_its_own_promise_supersedes() -> None:
    first = ingest(make_record(date="2023-10-10", round=2, next_meeting=next_meeting("2024", "Washington", "US")))
    ingest(make_record(date="2024-04-24", round=3, place=place("Astana", "KZ"),
                       next_meeting=next_meeting("2025", "Washington", "US")))
    promise = Promise.objects.get(meeting=first.source.reports.get().meeting)
    promise_refresh_statuses(as_of=date(2024, 3, 1))
    assert _status(promise) == ("pending", None)
    promise_refresh_statuses(as_of=date(2025, 1, 1))
    assert _status(promise) == ("superseded", None)


def test_a_round_after_the_promised_year_fulfils_late_and_stays_so() -> None:
    first = ingest(make_record(date="2022-04-11", round=1, next_meeting=next_meeting("2022", "Washington", "US")))
    second = ingest(make_record(date="2023-01-24", round=2, place=place("Washington", "US")))
    promise = Promise.objects.get(meeting=first.source.reports.get().meeting)
    promise_refresh_statuses(as_of=date(2023, 1, 10))
    assert _status(promise) == ("overdue", None)
    for later in (date(2023, 2, 1), date(2030, 1, 1)):
        promise_refresh_statuses(as_of=later)
        assert _status(promise) == ("fulfilled_late", second.source.reports.get().meeting_id)


def test_a_promise_is_not_counted_before_its_meeting() -> None:
    ingest(make_record(date="2024-05-20", next_meeting=next_meeting("2025")))
    assert promise_refresh_statuses(as_of=date(2023, 6, 1)) == {}
    assert promise_refresh_statuses(as_of=date(2024, 6, 1)) == {"pending": 1}
