"""The status rule of promises, computed without writing (selectors and services share it).

A promise is *fulfilled* by the first later meeting of the same mechanism (or the same parties
when there is no mechanism) held by ``as_of``, inside the promised period and at the promised
place (city, else country) when those are stated; *overdue* when the period ended before
``as_of`` without one; *pending* otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from rapport.pipeline.periods import parse_period
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.followup.models import Promise, PromiseStatus


def _place_matches(promise: Promise, meeting: Meeting) -> bool:
    if promise.place_city and meeting.place_city:
        return promise.place_city.casefold() == meeting.place_city.casefold()
    if promise.place_country and meeting.place_country:
        return promise.place_country == meeting.place_country
    return True


def _is_later(made_at: Meeting, other: Meeting) -> bool:
    if made_at.date_start and other.date_start:
        return other.date_start >= made_at.date_start
    return bool(made_at.round and other.round and other.round > made_at.round)


def _fulfilling(promise: Promise, series: list[Meeting], as_of: date) -> Meeting | None:
    """The first meeting of the series that keeps the promise by ``as_of``."""
    period = parse_period(promise.due)
    for meeting in series:
        if meeting.pk == promise.meeting_id or not meeting.date_start or meeting.date_start > as_of:
            continue
        if not _is_later(promise.meeting, meeting):
            continue
        meeting_period = parse_period(meeting.date)
        if period and meeting_period and not period.overlaps(meeting_period):
            continue
        if _place_matches(promise, meeting):
            return meeting
    return None


def _series_key(meeting: Meeting) -> tuple[str, object]:
    return ("m", meeting.mechanism_id) if meeting.mechanism_id else ("p", meeting.party_key)


def _series(promises: list[Promise]) -> dict[tuple[str, object], list[Meeting]]:
    """The meetings of each series the promises belong to, in date order (rejected left out)."""
    keys = {_series_key(p.meeting) for p in promises}
    mechanisms = [k[1] for k in keys if k[0] == "m"]
    parties = [k[1] for k in keys if k[0] == "p"]
    meetings = Meeting.objects.exclude(review_status=ReviewStatus.REJECTED).filter(
        date_start__isnull=False
    )
    series: dict[tuple[str, object], list[Meeting]] = defaultdict(list)
    for meeting in meetings.filter(mechanism_id__in=mechanisms).order_by("date_start", "id"):
        series[("m", meeting.mechanism_id)].append(meeting)
    for meeting in meetings.filter(mechanism__isnull=True, party_key__in=parties).order_by("date_start", "id"):
        series[("p", meeting.party_key)].append(meeting)
    return series


def promise_statuses(
    promises: Sequence[Promise], *, as_of: date
) -> list[tuple[str, Meeting | None]]:
    """(status, fulfilling meeting) of each promise as of ``as_of``; hand-set ones as they are."""
    series = _series(list(promises))
    statuses: list[tuple[str, Meeting | None]] = []
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
