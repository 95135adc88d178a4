"""Writes on promises: keeping next-meeting promises in step with meetings, and their status.

Status rule: ``followup.status`` (pending, fulfilled, fulfilled late, overdue, superseded).
A status set by hand is left alone.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet

from rapport.pipeline.periods import parse_period
from rapport.pipeline.types import NextMeeting
from rapport.web.core.changelog import log_create, log_delete, logged_change
from rapport.web.dialogues.models import Meeting
from rapport.web.followup.models import DuePrecision, Promise, PromiseKind, PromiseStatus
from rapport.web.followup.status import SeriesKey, promise_statuses, series_filters, series_key

HEAVY_MEETING_FIELDS = ("meeting__support", "meeting__corrections")  # the status rule reads neither
REFRESH_CHUNK = 5000  # promises loaded at a time: bounded memory, and under SQLite's parameter limit


def _due_fields(due: str | None) -> dict[str, object]:
    period = parse_period(due)
    return {
        "due": due or "",
        "due_precision": period.precision if period else DuePrecision.NONE,
        "due_by": period.end if period else None,
    }


def promise_sync_next_meeting(
    *, meeting: Meeting, next_meeting: NextMeeting | None, created: list[Promise] | None = None
) -> Promise | None:
    """Create, update or drop a meeting's next-meeting promise to match its chosen value.

    ``created``: a batch's list; a new promise is appended there unsaved, for the caller to
    insert and log in bulk (``log_create_many``), instead of being saved here.
    """
    # ``refresh_related`` prefetches the promise for a batch of meetings; others read it here.
    prefetched = getattr(meeting, "next_meeting_promises", None)
    promise: Promise | None
    if prefetched is not None:
        promise = prefetched[0] if prefetched else None
    else:
        promise = meeting.promises.filter(kind=PromiseKind.NEXT_MEETING).first()
    if next_meeting is None:
        if promise is not None and not promise.manual:
            log_delete(promise, message="no report announces a next meeting any more")
            promise.delete()
            if prefetched is not None:
                prefetched.clear()
        return None
    values = {
        **_due_fields(next_meeting.date),
        "place_city": (next_meeting.place.city if next_meeting.place else None) or "",
        "place_country": (next_meeting.place.country if next_meeting.place else None) or "",
    }
    if promise is None:
        promise = Promise(meeting=meeting, kind=PromiseKind.NEXT_MEETING, **values)
        if created is not None:
            created.append(promise)
        else:
            promise.save()
            log_create(promise)
        if prefetched is not None:
            prefetched.append(promise)
        return promise
    if any(getattr(promise, k) != v for k, v in values.items()):
        with logged_change(promise, message="next meeting re-read from reports"):
            for key, value in values.items():
                setattr(promise, key, value)
            promise.save()
    return promise


@transaction.atomic
def promise_create(
    *, meeting: Meeting, description: str, due: str = "", place_city: str = "", place_country: str = ""
) -> Promise:
    """Record a commitment other than the next meeting, made at ``meeting``."""
    if due and parse_period(due) is None:
        raise ValidationError(f"due: {due!r} is not YYYY-MM-DD, YYYY-MM or YYYY.")
    promise = Promise.objects.create(
        meeting=meeting, kind=PromiseKind.OTHER, description=description,
        place_city=place_city, place_country=place_country.upper(), **_due_fields(due or None),
    )
    log_create(promise)
    return promise


@transaction.atomic
def promise_refresh_statuses(*, as_of: date, touched: QuerySet[Meeting] | None = None) -> Counter[str]:
    """Recompute automatic promises' statuses as of ``as_of``; return counts by status of those made by then.

    ``touched`` (the meetings an ingest created or changed): only the promises those meetings
    can affect are recomputed (``_promises_touched``), plus any computed for another date. That
    keeps an ingest's last step proportional to what it touched, not to the store.
    """
    automatic = Promise.objects.filter(manual=False)
    if touched is None:
        ids = list(automatic.order_by("id").values_list("pk", flat=True))
    else:
        ids = _promises_touched(as_of=as_of, touched=touched)
    for start in range(0, len(ids), REFRESH_CHUNK):
        promises = list(automatic.filter(pk__in=ids[start:start + REFRESH_CHUNK]).select_related("meeting").defer(*HEAVY_MEETING_FIELDS).order_by("id"))
        dated: list[int] = []
        for promise, (status, kept) in zip(promises, promise_statuses(promises, as_of=as_of), strict=True):
            kept_id = kept.pk if kept else None
            if (status, kept_id) != (promise.status, promise.fulfilled_by_id):
                with logged_change(promise, message=f"status as of {as_of.isoformat()}"):
                    promise.status, promise.fulfilled_by_id = status, kept_id
                    promise.status_as_of = as_of
                    promise.save()
            elif promise.status_as_of != as_of:
                dated.append(promise.pk)
        if dated:
            Promise.objects.filter(pk__in=dated).update(status_as_of=as_of)
    made = Q(meeting__date_start__lte=as_of) | Q(meeting__date_start__isnull=True)  # exists only from then on
    by_status = Promise.objects.filter(made, manual=False).values_list("status").annotate(n=Count("id"))
    return Counter(dict(by_status))


def _promises_touched(*, as_of: date, touched: QuerySet[Meeting]) -> list[int]:
    """Ids of the automatic promises whose status the ``touched`` meetings may have changed.

    A status depends on the promise (re-read only when its own meeting changes), on the date
    and on the first later meeting of its series that keeps it (``followup.status``). So a
    promise can change only when its meeting or its keeper was touched, or when a touched
    meeting of its series falls after its meeting and not after its keeper (a new or moved
    meeting that could keep it first). Undated meetings count as anywhere, erring towards a
    recomputation. Reading these few columns of the touched series stays cheap where loading
    every promise and series would not.
    """
    touched_ids: set[int] = set()
    series_dates: dict[SeriesKey, list[date | None]] = {}
    for pk, mechanism_id, party_key, start in touched.values_list("pk", "mechanism_id", "party_key", "date_start"):
        touched_ids.add(pk)
        series_dates.setdefault(series_key(mechanism_id, party_key), []).append(start)
    mechanisms, parties = series_filters(series_dates)
    in_series = Q(meeting__mechanism_id__in=mechanisms) | Q(meeting__mechanism__isnull=True, meeting__party_key__in=parties)
    stale = Q(status_as_of__isnull=True) | ~Q(status_as_of=as_of)
    candidates = Promise.objects.filter(manual=False).filter(in_series | stale).values_list(
        "pk", "status_as_of", "meeting_id", "meeting__mechanism_id", "meeting__party_key", "meeting__date_start",
        "fulfilled_by_id", "fulfilled_by__date_start",
    )
    ids = []
    for pk, status_as_of, meeting_id, mechanism_id, party_key, made_on, keeper, kept_on in candidates:
        if status_as_of != as_of or meeting_id in touched_ids or (keeper and keeper in touched_ids):
            ids.append(pk)
            continue
        dates = series_dates.get(series_key(mechanism_id, party_key), ())
        if any(
            (on is None or made_on is None or on >= made_on) and (keeper is None or on is None or kept_on is None or on <= kept_on)
            for on in dates
        ):
            ids.append(pk)
    return ids


@transaction.atomic
def promise_mark_fulfilled(*, promise: Promise, meeting: Meeting | None = None, note: str = "") -> Promise:
    """Mark a promise kept by hand (by ``meeting`` when known); refreshes leave it alone."""
    if meeting is not None and meeting.pk == promise.meeting_id:
        raise ValidationError("A promise cannot be kept by the meeting that made it.")
    with logged_change(promise, message=note or "marked fulfilled by hand"):
        promise.status, promise.fulfilled_by, promise.manual = PromiseStatus.FULFILLED, meeting, True
        promise.save()
    return promise


@transaction.atomic
def promise_reset(*, promise: Promise) -> Promise:
    """Give a hand-set promise back to automatic status computation."""
    with logged_change(promise, message="status back to automatic"):
        promise.manual = False
        promise.save(update_fields=["manual", "last_updated"])
    return promise
