"""Which reports are one meeting: the one decision ``rapport eval --merge`` scores and ingest runs.

``group_reports(items)`` partitions reports (a record, its source's publication date, and an
optional fixed group a reviewer decided) into meetings, names the reports it cannot place and
suggests merges and splits a reviewer should look at. It is a pure function of the *set* of
items: they are put in one canonical order first, so neither input order nor where an ingest
batch ended changes the meetings.

Two passes per pair of parties:

1. Records with dates (most precise first), then those without, join the best-matching meeting
   (``merge.compare``) or start one.
2. Thin meetings (no date) are placed against the dated ones as pass 1 left them: a round number
   fits the one undated-round meeting between the rounds before and after it; the source's
   publication date is a time anchor (a report published days after a round of the same
   mechanism and parties is that round). A decision needs exactly one candidate and nothing
   contradicting it (mechanism kind, round, place, chairs); several candidates become merge
   suggestions. A meeting still without date and round is *unplaced*: "which meeting?".
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import unquote

from rapport.pipeline.mechanisms_canon import mechanisms_compatible, party_key
from rapport.pipeline.merge import (
    DATE_SLACK_DAYS,
    chair_agreement,
    compare,
    match_meeting,
    place_agreement,
    summarise,
)
from rapport.pipeline.periods import Period, parse_period, precision_of
from rapport.pipeline.schema import meeting_to_dict
from rapport.pipeline.types import MeetingRecord

ANCHOR_DAYS = 30
"""A report published this many days after a round (and no earlier than it) may be that round."""
SUGGEST_DAYS = 14
"""Separate meetings of one series this close are offered to a reviewer as a possible merge."""


@dataclass(frozen=True)
class Item:
    """One report to group: its record, its source's publication date, a reviewer's fixed group."""

    record: MeetingRecord
    published: str | None = None
    group: Hashable | None = None
    """Items with the same group were put in one meeting by a reviewer: they stay together."""


@dataclass(frozen=True)
class Suggestion:
    """A pair a reviewer should decide on: ``merge`` two meetings, or ``split`` a report out."""

    kind: str
    first: tuple[int, ...]
    second: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class Grouping:
    """Meetings as lists of item indexes, the unplaced items, and suggestions for reviewers."""

    clusters: list[list[int]]
    unplaced: tuple[int, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()


_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)/(\d\d?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\d\d?)(?:/|$|-)", re.I
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def publication_anchor(published: str | None, url: str | None = None) -> str | None:
    """The source's publication date: as given, else a /YYYY/MM/DD/ date in its URL."""
    if parse_period(published) is not None:
        return published
    match = _URL_DATE.search(unquote(url or ""))
    if not match:
        return None
    year, month, day = match.groups()
    number = int(month) if month.isdigit() else _MONTHS.index(month[:3].lower()) + 1
    value = f"{year}-{number:02d}-{int(day):02d}"
    return value if parse_period(value) else None


def _sort_key(item: Item) -> tuple[object, ...]:
    """A total order on items that depends on their content alone."""
    record = item.record
    content = json.dumps(meeting_to_dict(record), sort_keys=True, ensure_ascii=False)
    return (-precision_of(record.date), record.date or "", record.round or 0, content,
            item.published or "", repr(item.group))


@dataclass
class _Meeting:
    """A meeting being built: its items, its summary record, whether a reviewer fixed it."""

    members: list[int]
    summary: MeetingRecord
    fixed: bool = False
    order: int = 0


def _consistent(a: MeetingRecord, b: MeetingRecord) -> bool:
    """Whether nothing but time tells two meetings of one pair of parties apart."""
    if not mechanisms_compatible(a.mechanism, b.mechanism):
        return False
    if a.round is not None and b.round is not None and a.round != b.round:
        return False
    return place_agreement(a.place, b.place) >= 0 and chair_agreement(a.chairs, b.chairs)[1] == 0


class _Block:
    """The reports of one pair of parties, grouped by the two passes."""

    def __init__(self, items: Sequence[Item], indexes: list[int]) -> None:
        self.items = items
        self.order = sorted(indexes, key=lambda i: _sort_key(items[i]))
        self.meetings: list[_Meeting] = []
        self.suggestions: list[Suggestion] = []

    def _records(self, members: list[int]) -> MeetingRecord:
        return summarise([self.items[i].record for i in members])

    def first_pass(self) -> None:
        """Fixed groups seed meetings; then each record, in canonical order, joins or starts one."""
        fixed: dict[Hashable, list[int]] = defaultdict(list)
        for i in self.order:
            if self.items[i].group is not None:
                fixed[self.items[i].group].append(i)
        # Meetings by the year their summary starts in (None: undated): a dated record looks
        # only at meetings of its years and their neighbours, so a long series stays near-linear.
        by_year: dict[int | None, list[_Meeting]] = defaultdict(list)
        for members in sorted(fixed.values(), key=lambda m: m[0]):
            self._start(_Meeting(members, self._records(members), fixed=True), by_year)
        for i in self.order:
            if self.items[i].group is not None:
                continue
            record = self.items[i].record
            period = parse_period(record.date)
            if period is None:
                pool = self.meetings
            else:
                years = [*range(period.start.year - 1, period.end.year + 2), None]
                pool = sorted({id(m): m for y in years for m in by_year.get(y, [])}.values(),
                              key=lambda m: m.order)
            found = match_meeting(record, [m.summary for m in pool])
            if found is None:
                self._start(_Meeting([i], self._records([i])), by_year)
            else:
                meeting = pool[found]
                meeting.members.append(i)
                meeting.summary = self._records(meeting.members)

    def _start(self, meeting: _Meeting, by_year: dict[int | None, list[_Meeting]]) -> None:
        """Add a new meeting, filed under the year its first record gives."""
        meeting.order = len(self.meetings)
        self.meetings.append(meeting)
        period = parse_period(meeting.summary.date)
        by_year[period.start.year if period else None].append(meeting)

    def _anchor(self, meeting: _Meeting) -> Period | None:
        """The earliest publication date of a meeting's reports."""
        dates = [p for i in meeting.members if (p := parse_period(self.items[i].published))]
        return min(dates, key=lambda p: p.start) if dates else None

    def _candidates(self, thin: _Meeting, dated: list[_Meeting]) -> tuple[list[_Meeting], str]:
        """The dated meetings a thin one may be, and why."""
        record, anchor = thin.summary, self._anchor(thin)
        pool = [m for m in dated if _consistent(record, m.summary)]
        slack = timedelta(days=DATE_SLACK_DAYS)
        if anchor is not None:
            pool = [m for m in pool if _period(m).start <= anchor.end + slack]
        if record.round is not None:
            number = record.round
            same = [m for m in pool if m.summary.round == number]
            if same:
                return same, f"round {number}"
            before = [_period(m).end for m in dated if m.summary.round is not None and m.summary.round < number]
            after = [_period(m).start for m in dated if m.summary.round is not None and m.summary.round > number]
            fits = [m for m in pool if m.summary.round is None
                    and (not before or _period(m).start > max(before))
                    and (not after or _period(m).end < min(after))]
            return fits, f"round {number} fits between the rounds before and after it"
        if anchor is None:
            return [], ""
        window = timedelta(days=ANCHOR_DAYS)
        near = [m for m in pool if _period(m).end >= anchor.start - window]
        return near, f"published {anchor.start.isoformat()}, days after this round"

    def second_pass(self) -> None:
        """Place thin meetings against the dated ones (decided on pass 1's state, then applied)."""
        dated = [m for m in self.meetings if parse_period(m.summary.date)]
        joins: dict[int, list[_Meeting]] = defaultdict(list)
        for thin in [m for m in self.meetings if m.summary.date is None and not m.fixed]:
            found, reason = self._candidates(thin, dated)
            if len(found) == 1:
                joins[id(found[0])].append(thin)
                continue
            for other in found:
                self.suggestions.append(Suggestion("merge", tuple(thin.members), tuple(other.members), reason))
        by_id = {id(m): m for m in dated}
        for target_id, thins in joins.items():
            target = by_id[target_id]
            if len({t.summary.round for t in thins if t.summary.round is not None}) > 1:
                continue  # thin meetings of different rounds all fit one meeting: a reviewer decides
            for thin in thins:
                target.members.extend(thin.members)
                self.meetings.remove(thin)
            target.summary = self._records(target.members)

    def suggest(self) -> None:
        """Merge suggestions for close meetings of one series; split ones for reports that disagree."""
        dated = sorted((m for m in self.meetings if parse_period(m.summary.date)), key=lambda m: _period(m).start)
        for n, first in enumerate(dated):
            for second in dated[n + 1:]:
                gap = (_period(second).start - _period(first).end).days
                if gap > SUGGEST_DAYS:
                    break
                if _consistent(first.summary, second.summary):
                    self.suggestions.append(Suggestion(
                        "merge", tuple(first.members), tuple(second.members), f"{max(gap, 0)} days apart"))
        for meeting in self.meetings:
            if len(meeting.members) < 2:
                continue
            for i in meeting.members:
                if _consistent(self.items[i].record, meeting.summary):
                    continue  # agrees with the meeting as a whole: no need to weigh it against the rest
                rest = [j for j in meeting.members if j != i]
                record, others = self.items[i].record, self._records(rest)
                # Same-day reports merge despite a different place or chairs: worth a second look.
                if compare(record, others) is None or not _consistent(record, others):
                    self.suggestions.append(Suggestion(
                        "split", (i,), tuple(rest), "this report disagrees with the others"))


def _period(meeting: _Meeting) -> Period:
    period = parse_period(meeting.summary.date)
    assert period is not None
    return period


def group_reports(items: Sequence[Item]) -> Grouping:
    """Meetings, unplaced reports and reviewer suggestions for ``items`` (see module docstring)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    clusters: list[list[int]] = []
    unplaced: list[int] = []
    suggestions: list[Suggestion] = []
    for index, item in enumerate(items):
        key = party_key(item.record.parties)
        if key:
            blocks[key].append(index)
        else:
            unplaced.append(index)  # without parties a report names no dialogue
    for key in sorted(blocks):
        block = _Block(items, blocks[key])
        block.first_pass()
        block.second_pass()
        block.suggest()
        suggestions += block.suggestions
        for meeting in block.meetings:
            if meeting.fixed or meeting.summary.date is not None or meeting.summary.round is not None:
                clusters.append(sorted(meeting.members))
            else:
                unplaced += meeting.members
    clusters.sort(key=lambda c: c[0])
    return Grouping(clusters, tuple(sorted(unplaced)), tuple(suggestions))


def cluster_items(items: Sequence[Item]) -> list[list[int]]:
    """Every item in exactly one cluster: meetings, then each unplaced report on its own."""
    grouping = group_reports(items)
    return sorted(grouping.clusters + [[i] for i in grouping.unplaced], key=lambda c: c[0])
