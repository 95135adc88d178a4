"""The status rule of promises, computed without writing (selectors and services share it).

The later meetings of the promise's series (same mechanism, or the same parties when there is no
mechanism) held by ``as_of`` are read in date order; the first that decides gives the status:

- *fulfilled*: held inside the promised period and at the promised place (city, else country)
  when those are stated;
- *fulfilled late*: held after the promised period ended (the round came, late);
- *superseded*: held without keeping it, and it made a next-meeting promise of its own.

Without such a meeting the promise is *overdue* once its period ended before ``as_of``, else
*pending*. A promise exists only from its meeting's date: as of an earlier date it is not listed
(``made_by``). A status set by hand stands, except that as of a date before the meeting that
kept it the promise was not yet kept (then the due date decides, as above).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from rapport.pipeline.periods import parse_period
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.followup.models import Promise, PromiseKind, PromiseStatus


class SeriesMeeting(NamedTuple):
    """What the rule reads of a meeting of a series (a series can be every meeting of a long
    dialogue: plain rows cost a fraction of full model instances with their support JSON)."""

    pk: int
    mechanism_id: int | None
    party_key: str
    round: int | None
    date: str
    date_start: dt.date  # not ``date``: the field above shadows the type in this class
    place_city: str
    place_country: str


Keeper = Meeting | SeriesMeeting
"""The meeting that kept a promise: a stored link (a Meeting) or one this rule found."""


def _place_matches(promise: Promise, meeting: SeriesMeeting) -> bool:
    if promise.place_city and meeting.place_city:
        return promise.place_city.casefold() == meeting.place_city.casefold()
    if promise.place_country and meeting.place_country:
        return promise.place_country == meeting.place_country
    return True


def _is_later(made_at: Meeting, other: SeriesMeeting) -> bool:
    if made_at.date_start and other.date_start:
        return other.date_start >= made_at.date_start
    return bool(made_at.round and other.round and other.round > made_at.round)


def _decide(
    promise: Promise, series: list[SeriesMeeting], promised: set[int], as_of: date
) -> tuple[str, SeriesMeeting | None]:
    """The status a later meeting of the series gives the promise by ``as_of`` (or pending)."""
    period = parse_period(promise.due)
    made_at = promise.meeting
    # The series is in date order: a dated promise's candidates start at its own meeting's date.
    first = bisect_left(series, made_at.date_start, key=lambda m: m.date_start) if made_at.date_start else 0
    for meeting in series[first:]:
        if meeting.date_start > as_of:
            break
        if meeting.pk == promise.meeting_id or not _is_later(made_at, meeting):
            continue
        meeting_period = parse_period(meeting.date)
        if period and meeting_period and meeting_period.start > period.end:
            return PromiseStatus.FULFILLED_LATE, meeting
        in_period = not (period and meeting_period) or period.overlaps(meeting_period)
        if in_period and _place_matches(promise, meeting):
            return PromiseStatus.FULFILLED, meeting
        if meeting.pk in promised:
            return PromiseStatus.SUPERSEDED, None
    return _by_due_date(promise, as_of), None


def made_by(promise: Promise, as_of: date) -> bool:
    """Whether the promise exists as of ``as_of``: its meeting was held by then (or is undated)."""
    return promise.meeting.date_start is None or promise.meeting.date_start <= as_of


SeriesKey = tuple[str, int | str]
"""A series of meetings: ("m", mechanism id), or ("p", party key) for meetings without one."""


def series_key(mechanism_id: int | None, party_key: str) -> SeriesKey:
    """The series a meeting with this mechanism and these parties belongs to."""
    return ("m", mechanism_id) if mechanism_id else ("p", party_key)


def series_filters(keys: Iterable[SeriesKey]) -> tuple[list[int | str], list[int | str]]:
    """The mechanism ids and the party keys (of meetings without a mechanism) of these series."""
    keys = list(keys)
    return [k[1] for k in keys if k[0] == "m"], [k[1] for k in keys if k[0] == "p"]


def _series_key(meeting: Meeting | SeriesMeeting) -> SeriesKey:
    return series_key(meeting.mechanism_id, meeting.party_key)


def _series(promises: list[Promise]) -> tuple[dict[SeriesKey, list[SeriesMeeting]], set[int]]:
    """The dated meetings of each series the promises belong to, in date order (rejected left out),
    and which of them made a next-meeting promise."""
    mechanisms, parties = series_filters({_series_key(p.meeting) for p in promises})
    meetings = Meeting.objects.exclude(review_status=ReviewStatus.REJECTED).filter(date_start__isnull=False)
    series: dict[SeriesKey, list[SeriesMeeting]] = defaultdict(list)
    for selected in (meetings.filter(mechanism_id__in=mechanisms), meetings.filter(mechanism__isnull=True, party_key__in=parties)):
        for row in selected.order_by("date_start", "id").values_list(*SeriesMeeting._fields):
            meeting = SeriesMeeting(*row)
            series[_series_key(meeting)].append(meeting)
    ids = [m.pk for ms in series.values() for m in ms]
    promised: set[int] = set()
    for start in range(0, len(ids), 5000):  # under SQLite's parameter limit
        promised.update(Promise.objects.filter(meeting_id__in=ids[start:start + 5000], kind=PromiseKind.NEXT_MEETING)
                        .values_list("meeting_id", flat=True))
    return series, promised


def _by_due_date(promise: Promise, as_of: date) -> str:
    """Overdue once the promised period ended before ``as_of``, else pending."""
    return PromiseStatus.OVERDUE if promise.due_by and promise.due_by < as_of else PromiseStatus.PENDING


def _hand_set(promise: Promise, as_of: date) -> tuple[str, Keeper | None]:
    """A hand-set status as of ``as_of``: as set, but not yet kept by a meeting held after the date."""
    kept = promise.fulfilled_by
    if kept is not None and kept.date_start is not None and kept.date_start > as_of:
        return _by_due_date(promise, as_of), None
    return promise.status, kept


def promise_statuses(promises: Sequence[Promise], *, as_of: date) -> list[tuple[str, Keeper | None]]:
    """(status, fulfilling meeting) of each promise as of ``as_of`` (pages, API, exports and the
    briefing read this one rule); hand-set ones as set, unless kept only after ``as_of``."""
    series, promised = _series([p for p in promises if not p.manual])
    statuses: list[tuple[str, Keeper | None]] = []
    for promise in promises:
        if promise.manual:
            statuses.append(_hand_set(promise, as_of))
            continue
        statuses.append(_decide(promise, series.get(_series_key(promise.meeting), []), promised, as_of))
    return statuses
