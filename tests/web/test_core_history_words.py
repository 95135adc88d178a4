"""``core.history_words``: changes in words, the records they name read once per kind."""

from __future__ import annotations

from typing import Any

import pytest
from tracker_factories import ingest, make_record

from rapport.web.core.actor import acting_as
from rapport.web.core.changelog import log_create
from rapport.web.core.history_words import change_rows, linked_records
from rapport.web.core.selectors import change_list
from rapport.web.dialogues.models import Meeting
from rapport.web.followup.models import Promise

pytestmark = pytest.mark.django_db


def _promise_changes() -> tuple[list[Any], list[Meeting]]:
    """Three promises, each made at its own meeting, with their creation changes."""
    meetings = [ingest(make_record(date=f"20{year}-04-24")).source.reports.get().meeting for year in (21, 22, 23)]
    with acting_as(label="test:promises"):
        for meeting in meetings:
            log_create(Promise.objects.create(meeting=meeting, kind="next_meeting", due="2026"))
    return list(change_list(actor="test:promises")), meetings


def test_linked_records_reads_every_linked_meeting_in_one_query(django_assert_num_queries: Any) -> None:
    changes, meetings = _promise_changes()
    with django_assert_num_queries(1):  # the meetings, with their dialogue, at once
        linked = linked_records(changes)
    assert {pk for (path, pk) in linked if path == "dialogues.Meeting"} == {m.pk for m in meetings}
    with django_assert_num_queries(0):
        rows = [row for change in changes for row in change_rows(change, linked)]
    made_at = [str(row.after) for row in rows if row.field == "Made at meeting"]
    assert len(made_at) == 3
    assert all(meetings[0].mechanism.name in text and "/meetings/" in text for text in made_at)


def test_linked_records_names_a_deleted_record_without_reading_it_again(django_assert_num_queries: Any) -> None:
    changes, meetings = _promise_changes()
    gone = meetings[0].pk
    Promise.objects.filter(meeting_id=gone).delete()
    meetings[0].reports.update(meeting=None)
    Meeting.objects.filter(pk=gone).delete()
    linked = linked_records(changes)
    assert linked[("dialogues.Meeting", gone)] is None
    with django_assert_num_queries(0):
        rows = [row for change in changes for row in change_rows(change, linked)]
    assert any(f"#{gone} (no longer exists)" in str(row.after) for row in rows)
