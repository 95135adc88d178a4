"""Reads on promises."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import F, Q, QuerySet

from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Meeting
from rapport.web.followup.models import Promise
from rapport.web.followup.status import promise_statuses


def promise_list(
    *, status: str | None = None, mechanism: int | None = None, kind: str | None = None,
    as_of: date | None = None,
) -> QuerySet[Promise]:
    """Promises with the meeting that made them and the one that kept them, by due date.

    ``as_of``: only promises made by then (a promise exists from its meeting's date on).
    """
    promises = Promise.objects.select_related(
        "meeting__mechanism", "fulfilled_by__mechanism"
    )
    if status:
        promises = promises.filter(status=status)
    if mechanism:
        promises = promises.filter(meeting__mechanism_id=mechanism)
    if kind:
        promises = promises.filter(kind=kind)
    if as_of:
        promises = promises.filter(Q(meeting__date_start__lte=as_of) | Q(meeting__date_start__isnull=True))
    return promises.order_by("due_by", "meeting__date_start", "id")


def meeting_promises(*, meetings: list[Meeting]) -> list[Promise]:
    """The promises made at ``meetings``, by due date, with the meeting that made and kept each."""
    return list(
        Promise.objects.filter(meeting__in=[m.pk for m in meetings])
        .select_related("meeting", "meeting__mechanism", "fulfilled_by").order_by("due_by", "id")
    )


def promise_filtered(
    *, user: Visitor | None, status: str = "", kind: str = "", mechanism: int | None = None, country: str = "",
    party: str = "", theme: str = "", due_from: date | None = None, due_to: date | None = None,
    undated_last: bool = True,
) -> QuerySet[Promise]:
    """Promises made at meetings ``user`` may see, filtered, by due date.

    ``country``: a party to the meeting or the promised place's country; ``party``: a party to
    the meeting only. Undated promises come last unless ``undated_last`` is false (then they
    fall where the database puts nulls, as the API has always listed them).
    """
    conditions = meeting_filter_for(user, "meeting__")
    for value, condition in (
        (status, Q(status=status)), (kind, Q(kind=kind)), (mechanism, Q(meeting__mechanism_id=mechanism)),
        (country, Q(meeting__parties__code=country) | Q(place_country=country)),
        (party, Q(meeting__parties__code=party.upper())), (theme, Q(meeting__themes__theme=theme)),
        (due_from, Q(due_by__gte=due_from)), (due_to, Q(due_by__lte=due_to)),
    ):
        if value:
            conditions &= condition
    promises = Promise.objects.filter(conditions).select_related(
        "meeting__mechanism", "fulfilled_by__mechanism")
    if country or party or theme:
        promises = promises.distinct()  # a meeting has several parties and themes
    due = F("due_by").asc(nulls_last=True) if undated_last else F("due_by").asc()
    return promises.order_by(due, "meeting__date_start", "id")


@dataclass(frozen=True)
class PromisesDue:
    """The promises of the home page: overdue ones and those due soon, by due date."""

    overdue: list[Promise]
    due_soon: list[Promise]


def promises_due(*, user: Visitor | None, today: date, days: int, limit: int) -> PromisesDue:
    """Up to ``limit`` overdue promises and ``limit`` pending ones due within ``days`` of ``today``,
    made at meetings ``user`` may see, with those meetings and their dialogues."""
    promises = Promise.objects.filter(meeting_filter_for(user, "meeting__")).select_related(
        "meeting", "meeting__mechanism")
    soon = promises.filter(status="pending", due_by__gte=today, due_by__lte=today + timedelta(days=days))
    return PromisesDue(overdue=list(promises.filter(status="overdue").order_by("due_by")[:limit]),
                       due_soon=list(soon.order_by("due_by")[:limit]))


def promise_export_rows(*, as_of: date | None = None) -> Iterator[dict[str, Any]]:
    """Every promise as an export row; with ``as_of``, statuses computed for that date."""
    promises = list(promise_list(as_of=as_of))
    computed = (
        promise_statuses(promises, as_of=as_of) if as_of
        else [(p.status, p.fulfilled_by) for p in promises]
    )
    for promise, (status, kept) in zip(promises, computed, strict=True):
        made_at = promise.meeting
        yield {
            "id": promise.pk,
            "kind": promise.kind,
            "description": promise.description or None,
            "made_at": {"meeting": made_at.pk, "date": made_at.date or None, "round": made_at.round,
                        "mechanism": made_at.mechanism.name if made_at.mechanism else None},
            "due": promise.due or None,
            "place": ({"city": promise.place_city or None, "country": promise.place_country or None}
                      if promise.place else None),
            "status": status,
            "as_of": (as_of or promise.status_as_of or None) and str(as_of or promise.status_as_of),
            "fulfilled_by": ({"meeting": kept.pk, "date": kept.date or None, "round": kept.round}
                             if kept else None),
            "manual": promise.manual,
        }
