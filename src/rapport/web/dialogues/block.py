"""Which stored reports a batch of new ones is grouped with: a bounded read of each series.

``pipeline.grouping`` decides per pair of parties, and compares a report only with part of its
series: a dated one with the meetings near its date; one without a date ("thin") with the
meetings of its round, those between the rounds before and after its round, those near its
source's publication date and, with chairs, those in its city. So the block read for a batch is

1. the meetings within ``REACH`` of each new date, and of the dates of the reports read;
2. the series' undated meetings, and its unplaced reports that can still be placed (a
   publication date near what is read, or a city and chairs);
3. for a new date, the meetings holding a report without a date that the new meeting could
   take it from: those of its round; those of the rounds just before and after it when no round
   is held at that date yet (a thin report placed between two rounds sits in one of them and
   may fit the new meeting too); those of its city holding one with neither date nor round
   (placed by city and chairs, it may match the new meeting better);
4. for every thin report read or new, what the grouping compares it with, until nothing is added.

What to read is worked out from the series' meetings as dates, rounds and cities (a short row
each: a series has a meeting per round, however many reports it has); only then are the
reports of the chosen meetings read with their records. The result is the grouping a read of
the whole series gives (``tests/web/test_dialogues_block.py`` compares the two).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Q

from rapport.pipeline.grouping import ANCHOR_DAYS, publication_anchor
from rapport.pipeline.mechanisms_canon import party_key
from rapport.pipeline.merge import DATE_SLACK_DAYS
from rapport.pipeline.periods import Period, parse_period
from rapport.pipeline.schema import dict_to_meeting
from rapport.pipeline.types import MeetingRecord
from rapport.web.dialogues.models import Meeting
from rapport.web.sources.models import Report

REACH = timedelta(days=ANCHOR_DAYS + DATE_SLACK_DAYS)
"""Dated reports are grouped with the stored meetings this close to their dates (a date's own
range, so a whole year for "2024"): neither the date slack nor the publication anchor reaches
further, so a long series of dated rounds is not read whole for every batch."""

COLUMNS = ("pk", "record", "meeting_id", "party_key", "source__published", "source__url")
"""A report as the grouping needs it: its record, meeting, series and publication date."""

Row = tuple[int, dict[str, Any], int | None, str, str, str]
"""A stored report as read: pk, record, meeting id, party key, published, url."""
Ranges = dict[str, list[tuple[date, date]]]


@dataclass(frozen=True)
class _Dates:
    """A stored meeting as the bounds read them: its round, dates and city."""

    pk: int
    round: int | None
    start: date | None
    end: date | None
    city: str
    holds_undated: bool
    """Whether a report of the meeting may have no date (fewer reports support its date than it has)."""


@dataclass(frozen=True)
class _Round:
    """A stored meeting with a round number and dates."""

    pk: int
    round: int
    start: date
    end: date
    holds_undated: bool


def _merged(ranges: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping ranges joined, in order."""
    out: list[tuple[date, date]] = []
    for low, high in sorted(ranges):
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def _reach(period: Period) -> tuple[date, date]:
    """The dates ``REACH`` around a period (within the calendar)."""
    low = period.start - REACH if period.start > date.min + REACH else date.min
    high = period.end + REACH if period.end < date.max - REACH else date.max
    return low, high


def _dated_ranges(records: Iterable[MeetingRecord]) -> Ranges:
    """The ranges the records' dates reach, per pair of parties."""
    ranges: Ranges = defaultdict(list)
    for record in records:
        key, period = party_key(record.parties), parse_period(record.date)
        if key and period is not None:
            ranges[key].append(_reach(period))
    return {key: _merged(spans) for key, spans in ranges.items()}


class _Bounds:
    """What the thin reports of a block are compared with, from the stored meetings' dates and rounds."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.series: dict[str, list[_Dates]] = defaultdict(list)
        fields = ("pk", "party_key", "round", "date_start", "date_end", "place_city", "support__date", "support__reports")
        rows = Meeting.objects.filter(party_key__in=list(keys)).order_by().values_list(*fields)
        for pk, key, number, start, end, city, dated, reports in rows:
            undated = not isinstance(dated, int) or not isinstance(reports, int) or dated < reports
            self.series[key].append(_Dates(pk, number, start, end, city.casefold(), undated))
        self.ranges: Ranges = defaultdict(list)
        self.meetings: set[int] = set()

    def dated_in(self, ranges: Ranges) -> set[int]:
        """The meetings whose dates fall in the ranges."""
        return {m.pk for key, spans in ranges.items() for m in self.series.get(key, [])
                if m.start is not None and m.end is not None
                and any(m.start <= high and low <= m.end for low, high in spans)}

    def undated(self) -> set[int]:
        """The series' meetings without a date."""
        return {m.pk for meetings in self.series.values() for m in meetings if m.start is None}

    def _rounded(self, key: str) -> list[_Round]:
        return [_Round(m.pk, m.round, m.start, m.end, m.holds_undated) for m in self.series[key]
                if m.round is not None and m.start is not None and m.end is not None]

    def _between(self, key: str, before: list[_Round], after: list[_Round]) -> None:
        """Read from the latest-ending of ``before`` to the earliest-starting of ``after`` (both included)."""
        low = max(before, key=lambda m: m.end).start if before else date.min
        high = min(after, key=lambda m: m.start).end if after else date.max
        self.ranges[key].append((low, high))

    def around(self, key: str, period: Period) -> None:
        """A new date no round is held at yet: the rounds just before and after it.

        A thin report placed between two rounds sits in a meeting that now has its round; a
        new meeting between the same rounds may fit it too, and that meeting is one of the two
        (read when it holds a report without a date).
        """
        rounded = self._rounded(key)
        if any(m.start <= period.end and period.start <= m.end for m in rounded):
            return  # a report of a round already known: the rounds around others do not move
        before = [m for m in rounded if m.end < period.start]
        after = [m for m in rounded if m.start > period.end]
        around = [max(before, key=lambda m: m.end)] if before else []
        around += [min(after, key=lambda m: m.start)] if after else []
        self.meetings |= {m.pk for m in around if m.holds_undated}

    def thin(self, key: str, record: MeetingRecord, published: str | None) -> None:
        """What a report without a date is compared with by the grouping's two passes."""
        if record.round is not None:
            number = record.round
            self.same_round(key, number)
            rounded = self._rounded(key)
            self._between(key, [m for m in rounded if m.round < number],
                          [m for m in rounded if m.round > number])
        anchor = parse_period(published)
        if anchor is not None:
            self.ranges[key].append(_reach(anchor))
        city = _city(record)
        if city and record.chairs:
            self.meetings |= {m.pk for m in self.series[key] if m.city == city}

    def same_round(self, key: str, number: int, *, holding_undated: bool = False) -> None:
        """The meetings of a round, whenever held (a round number is matched whatever the dates);
        with ``holding_undated``, only those holding a report without a date (the ones a new
        dated report of the round could take it from)."""
        self.meetings |= {m.pk for m in self.series[key]
                          if m.round == number and (m.holds_undated or not holding_undated)}

    def placed_by_city(self, cities: dict[str, set[str]]) -> None:
        """The dated meetings of these cities holding a report with neither date nor round.

        Such a report joined the meeting of its city whose chairs match best: a new meeting of
        that city may match better. Only the meetings of the city are looked into.
        """
        ids = [m.pk for key, names in cities.items() for m in self.series[key]
               if m.start and m.holds_undated and m.city in names]
        for part in _parts(ids):
            self.meetings |= set(Report.objects.filter(
                meeting_id__in=part, record__date=None, record__round=None,
            ).order_by().values_list("meeting_id", flat=True))

    def near(self, key: str, published: str | None) -> bool:
        """Whether a publication date falls within reach of what is to be read."""
        anchor = parse_period(published)
        if anchor is None:
            return False
        low, high = _reach(anchor)
        chosen = [(m.start, m.end) for m in self.series[key] if m.pk in self.meetings and m.start and m.end]
        return any(start <= high and low <= end for start, end in [*self.ranges.get(key, []), *chosen])


def _parts(ids: list[int], size: int = 500) -> list[list[int]]:
    """Ids in lists short enough for one query's parameters."""
    return [ids[start:start + size] for start in range(0, len(ids), size)]


def _city(record: MeetingRecord) -> str:
    """The record's city, as cities are compared."""
    return (record.place.city or "").casefold() if record.place else ""


def _unplaced(keys: Iterable[str]) -> list[tuple[int, str, str | None, bool]]:
    """The series' reports without a meeting: id, series, publication date, whether a city and chairs were read."""
    rows = Report.objects.filter(meeting__isnull=True, party_key__in=list(keys)).values_list(
        "pk", "party_key", "source__published", "source__url", "record__place__city", "record__chairs")
    return [(pk, key, publication_anchor(published or None, url or None), bool(city) and chairs not in (None, [], "[]"))
            for pk, key, published, url, city, chairs in rows]


class _Reader:
    """The block's reports, read by meeting (the index on reports' meetings) or by id, each once."""

    def __init__(self) -> None:
        self.rows: dict[int, Row] = {}
        self.meetings: set[int] = set()

    def read(self, meetings: Iterable[int] = (), reports: Iterable[int] = ()) -> list[Row]:
        """The reports of these meetings and these reports not read yet."""
        ids = sorted(set(meetings) - self.meetings)
        self.meetings |= set(ids)
        scopes = [Q(meeting_id__in=part) for part in _parts(ids)]
        scopes += [Q(pk__in=part) for part in _parts(sorted(set(reports) - set(self.rows)))]
        fresh = [row for scope in scopes for row in Report.objects.filter(scope).values_list(*COLUMNS)
                 if row[0] not in self.rows]
        self.rows.update((row[0], row) for row in fresh)
        return fresh


def read_block(records: Sequence[MeetingRecord], published: Sequence[str | None]) -> list[Row]:
    """The stored reports the new ``records`` (their sources published on ``published``) could be grouped with."""
    keys = {party_key(r.parties) for r in records} - {""}
    bounds, reader = _Bounds(keys), _Reader()
    spans = _dated_ranges(records)
    fresh = reader.read(bounds.dated_in(spans))
    # A report read may reach further than the new ones (a year-precise date): read what it reaches too.
    beyond = _dated_ranges(dict_to_meeting(row[1]) for row in fresh)
    fresh += reader.read(bounds.dated_in(beyond))
    for key in {*spans, *beyond}:
        bounds.ranges[key] += [*spans.get(key, []), *beyond.get(key, [])]
    cities: dict[str, set[str]] = defaultdict(set)
    for record, when in zip(records, published, strict=True):
        key, period = party_key(record.parties), parse_period(record.date)
        if not key:
            continue
        if period is None:
            bounds.thin(key, record, when)
            continue
        bounds.around(key, period)
        if record.round is not None:
            bounds.same_round(key, record.round, holding_undated=True)
        if _city(record):
            cities[key].add(_city(record))
    bounds.placed_by_city(cities)
    bounds.meetings |= bounds.undated()
    waiting = _unplaced(keys)
    while True:
        for row in fresh:
            record = dict_to_meeting(row[1])
            if parse_period(record.date) is None:
                bounds.thin(row[3], record, publication_anchor(row[4] or None, row[5] or None))
        # An unplaced report is placed by a meeting near its publication date, or by city and chairs.
        wanted = {pk for pk, key, when, city in waiting if pk not in reader.rows and (city or bounds.near(key, when))}
        fresh = reader.read(bounds.meetings | bounds.dated_in(bounds.ranges), wanted)
        if not fresh:
            break
    return sorted(reader.rows.values(), key=lambda row: row[0])
