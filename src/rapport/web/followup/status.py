"""The status rule of promises, computed without writing (selectors and services share it).

A promise is *fulfilled* by the first later meeting of the same mechanism (or the same parties
when there is no mechanism) held by ``as_of``, inside the promised period and at the promised
place (city, else country) when those are stated; *overdue* when the period ended before
``as_of`` without one; *pending* otherwise.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from rapport.pipeline.periods import parse_period
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.followup.models import Promise, PromiseStatus


class SeriesMeeting(NamedTuple):
    """What the rule reads of a meeting of a series (a series can be every meeting of a long
    dialogue: plain rows cost a fraction of full model instances with their support JSON)."""

    pk: int
    mechanism_id: int | None
    party_key: str
    round: int | None
    date: str
    date_start: date
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


def _fulfilling(promise: Promise, series: list[SeriesMeeting], as_of: date) -> SeriesMeeting | None:
    """The first meeting of the series that keeps the promise by ``as_of``."""
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
        if period and meeting_period and not period.overlaps(meeting_period):
            continue
        if _place_matches(promise, meeting):
            return meeting
    return None


SeriesKey = tuple[str, object]
"""A series of meetings: ("m", mechanism id), or ("p", party key) for meetings without one."""


def series_key(mechanism_id: int | None, party_key: str) -> SeriesKey:
    """The series a meeting with this mechanism and these parties belongs to."""
    return ("m", mechanism_id) if mechanism_id else ("p", party_key)


def series_filters(keys: Iterable[SeriesKey]) -> tuple[list[object], list[object]]:
    """The mechanism ids and the party keys (of meetings without a mechanism) of these series."""
    keys = list(keys)
    return [k[1] for k in keys if k[0] == "m"], [k[1] for k in keys if k[0] == "p"]


def _series_key(meeting: Meeting | SeriesMeeting) -> SeriesKey:
    return series_key(meeting.mechanism_id, meeting.party_key)


def _series(promises: list[Promise]) -> dict[SeriesKey, list[SeriesMeeting]]:
    """The dated meetings of each series the promises belong to, in date order (rejected left out)."""
    mechanisms, parties = series_filters({_series_key(p.meeting) for p in promises})
    meetings = Meeting.objects.exclude(review_status=ReviewStatus.REJECTED).filter(date_start__isnull=False)
    series: dict[SeriesKey, list[SeriesMeeting]] = defaultdict(list)
    for selected in (meetings.filter(mechanism_id__in=mechanisms), meetings.filter(mechanism__isnull=True, party_key__in=parties)):
        for row in selected.order_by("date_start", "id").values_list(*SeriesMeeting._fields):
            meeting = SeriesMeeting(*row)
            series[_series_key(meeting)].append(meeting)
    return series


def promise_statuses(promises: Sequence[Promise], *, as_of: date) -> list[tuple[str, Keeper | None]]:
    """(status, fulfilling meeting) of each promise as of ``as_of``; hand-set ones as they are."""
    series = _series(list(promises))
    statuses: list[tuple[str, Keeper | None]] = []
    for promise in promises:
        if promise.manual:
            statuses.append((promise.status, promise.fulfilled_by))
            continue
        kept = _fulfilling(promise, series.get(_series_key(promise.meeting), []), as_of)
        if kept is not None:
            statuses.append((PromiseStatus.FULFILLED, kept))
        elif promise.due_by and promise.due_by < as_of:
            statuses.append((PromiseStatus.OVERDUE, None))
        else:
            statuses.append((PromiseStatus.PENDING, None))
    return statuses
