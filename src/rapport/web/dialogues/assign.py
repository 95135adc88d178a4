"""Assigning a batch of new reports to meetings: match in memory, then write once per meeting.

Each report, in order, joins the best-matching meeting (``rapport.pipeline.merge``) among those
of the same parties near its date, or starts a new one. The candidates of the whole batch are
read in one blocked query (party key and a date window per party key, never the whole store),
and a meeting's values are recomputed in memory as reports join it, so the next report of the
batch is matched against them exactly as if each had been written on its own. Writing then
happens once per touched meeting: new meetings and the reports in bulk, changed meetings saved
and logged, and their chairs, themes, instruments and promises refreshed in one pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.db.models import Prefetch, Q, prefetch_related_objects

from rapport.pipeline.mechanisms_canon import party_key
from rapport.pipeline.merge import DATE_SLACK_DAYS, match_meeting
from rapport.pipeline.periods import parse_period
from rapport.pipeline.schema import meeting_to_dict
from rapport.pipeline.types import Chair, MeetingRecord
from rapport.web.core.changelog import log_create_many
from rapport.web.core.services import parties_preload, party_ensure
from rapport.web.dialogues.mechanisms import mechanisms_preload
from rapport.web.dialogues.models import Meeting, Participation
from rapport.web.dialogues.refresh import (
    chair_spellings,
    meeting_records,
    refresh_fields,
    refresh_related,
    save_recomputed,
    summary_of,
)

if TYPE_CHECKING:
    from rapport.web.sources.models import Report, Source

SLACK = timedelta(days=DATE_SLACK_DAYS)


@dataclass(eq=False)
class _Slot:
    """A meeting during a batch: its records so far and its summary for matching."""

    meeting: Meeting
    parties: tuple[str, ...]
    order: int
    stored_chairs: tuple[Chair, ...] = ()
    records: list[MeetingRecord] | None = None  # None: a stored meeting no report has joined yet
    before: dict[str, Any] | None = None  # a stored meeting's values when the batch first touched it
    summary: MeetingRecord | None = None

    def add(self, record: MeetingRecord) -> None:
        """Let ``record`` join the meeting and recompute its values in memory."""
        if self.records is None:
            self.records = meeting_records(self.meeting) if self.meeting.pk else []
            self.before = self.meeting.snapshot() if self.meeting.pk else None
        self.records.append(record)
        refresh_fields(self.meeting, self.records)
        # Chairs this batch adds count as spellings at once; stored people keep their aliases.
        chairs = self.stored_chairs + tuple(
            Chair(name=c.name, party=c.party) for r in self.records for c in r.chairs
        )
        self.summary = summary_of(self.meeting, tuple(dict.fromkeys(chairs)))

    def summarised(self) -> MeetingRecord:
        """The meeting as one record for ``match_meeting``."""
        if self.summary is None:
            self.summary = summary_of(self.meeting, self.stored_chairs)
        return self.summary


@dataclass
class _Book:
    """The candidate meetings of a batch by party key, stored ones and those the batch creates."""

    by_key: dict[str, list[_Slot]] = field(default_factory=dict)
    created: int = 0

    @classmethod
    def load(cls, records: Sequence[MeetingRecord]) -> _Book:
        """Read every stored meeting any of ``records`` could match, in one blocked query."""
        windows: dict[str, tuple[date, date] | None] = {}
        for record in records:
            key = party_key(record.parties)
            if not key:
                continue
            period = parse_period(record.date)
            if period is None or (key in windows and windows[key] is None):
                windows[key] = None  # an undated record may match any meeting of its parties
            else:
                low, high = windows.get(key) or (period.start, period.end)
                windows[key] = (min(low, period.start), max(high, period.end))
        book = cls()
        if not windows:
            return book
        blocks = Q()
        for key, window in windows.items():
            if window is None:
                blocks |= Q(party_key=key)
            else:
                blocks |= Q(party_key=key, date_start__lte=window[1] + SLACK, date_end__gte=window[0] - SLACK)
                blocks |= Q(party_key=key, date_start__isnull=True)
        meetings = list(Meeting.objects.filter(blocks).select_related("mechanism"))
        prefetch_related_objects(
            meetings,
            Prefetch("participations", queryset=Participation.objects.select_related("party", "person")),
            "participations__person__aliases",
        )
        for meeting in meetings:
            book.by_key.setdefault(meeting.party_key, []).append(_Slot(
                meeting=meeting, parties=tuple(meeting.party_key.split(",")), order=meeting.pk,
                stored_chairs=chair_spellings(meeting),
            ))
        return book

    def assign(self, record: MeetingRecord) -> _Slot:
        """The meeting ``record`` joins (a matching one, else a new one), with the record added."""
        key = party_key(record.parties)
        candidates = self._candidates(key, record) if key else []
        found = match_meeting(record, [slot.summarised() for slot in candidates])
        if found is not None:
            slot = candidates[found]
        else:
            self.created += 1
            # New meetings sort after stored ones of the same day, as their ids will.
            slot = _Slot(meeting=Meeting(party_key=key), parties=record.parties, order=10**12 + self.created)
            if key:
                self.by_key.setdefault(key, []).append(slot)
        slot.add(record)
        return slot

    def _candidates(self, key: str, record: MeetingRecord) -> list[_Slot]:
        """Meetings of the same parties whose (current) dates could match the record's, or undated."""
        slots = self.by_key.get(key, [])
        period = parse_period(record.date)
        if period is None:
            return sorted(slots, key=_order)
        low, high = period.start - SLACK, period.end + SLACK
        dated = [s for s in slots if s.meeting.date_start and s.meeting.date_end
                 and s.meeting.date_start <= high and s.meeting.date_end >= low]
        # A different round never matches (merge.compare): undated meetings of another round are skipped.
        undated = [s for s in slots if s.meeting.date_start is None
                   and (record.round is None or s.meeting.round in (None, record.round))]
        return sorted(dated + undated, key=_order)


def _order(slot: _Slot) -> tuple[bool, date, int]:
    """The blocked query's order: date_start (NULLs where the database puts them), then id."""
    start = slot.meeting.date_start
    return ((start is None) == connection.features.nulls_order_largest, start or date.min, slot.order)


def reports_create(items: Sequence[tuple[Source, int, MeetingRecord]]) -> list[Report]:
    """Store each (source, position, record) as a Report in the meeting it reports, in order."""
    from rapport.web.sources.models import Report

    if not items:
        return []
    parties_preload()
    mechanisms_preload({party_key(record.parties) for _, _, record in items})
    book = _Book.load([record for _, _, record in items])
    slots = [book.assign(record) for _, _, record in items]
    touched = list(dict.fromkeys(slots))
    _save_meetings(touched)
    reports = Report.objects.bulk_create(
        Report(source=source, position=position, record=meeting_to_dict(record),
               party_key=slot.meeting.party_key, meeting=slot.meeting)
        for (source, position, record), slot in zip(items, slots, strict=True)
    )
    refresh_related([(slot.meeting, slot.records or []) for slot in touched])
    return reports


def _save_meetings(slots: list[_Slot]) -> None:
    """Insert the new meetings (with their parties, logged) and save the stored ones that changed."""
    new = [slot for slot in slots if slot.meeting.pk is None]
    Meeting.objects.bulk_create([slot.meeting for slot in new])
    through = Meeting.parties.through
    through.objects.bulk_create(
        through(meeting_id=slot.meeting.pk, party_id=party_id)
        for slot in new for party_id in dict.fromkeys(party_ensure(code=code).pk for code in slot.parties)
    )
    log_create_many([slot.meeting for slot in new])
    for slot in slots:
        if slot.before is not None:
            save_recomputed(slot.meeting, slot.before)
