"""``followup.services``: next-meeting promises and their status as of a date."""

from __future__ import annotations

from datetime import date

import pytest
from tracker_factories import ingest, make_record, next_meeting, place

from rapport.web.followup.models import Promise
from rapport.web.followup.services import promise_mark_fulfilled, promise_refresh_statuses

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
