"""Gathering what each report says for each meeting field, for review and conflict display."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Prefetch, prefetch_related_objects

from rapport.pipeline.consensus import dates_agree, group_chairs, titles_agree
from rapport.pipeline.mechanisms_canon import mechanisms_compatible
from rapport.pipeline.schema import dict_to_meeting
from rapport.pipeline.types import MeetingRecord
from rapport.web.dialogues.models import Meeting
from rapport.web.dialogues.selectors import FieldValue, FieldValues
from rapport.web.sources.models import Report

_FIELDS: dict[str, Callable[[MeetingRecord], Any]] = {
    "mechanism": lambda r: r.mechanism,
    "date": lambda r: r.date,
    "round": lambda r: r.round,
    "place_city": lambda r: r.place.city if r.place else None,
    "place_country": lambda r: r.place.country if r.place else None,
    "next_meeting_date": lambda r: r.next_meeting.date if r.next_meeting else None,
    "next_meeting_place": lambda r: (
        ", ".join(p for p in (r.next_meeting.place.city, r.next_meeting.place.country) if p)
        if r.next_meeting and r.next_meeting.place else None
    ),
}


_AGREES: dict[str, Callable[[Any, Any], bool]] = {
    "mechanism": mechanisms_compatible,
    "date": dates_agree,
    "next_meeting_date": dates_agree,
}


def _conflict(values: list[FieldValue], chosen: Any, agrees: Callable[[Any, Any], bool]) -> bool:
    """Whether a report gives a value that cannot be true alongside the chosen one."""
    if chosen is None:
        return len(values) > 1
    return any(not agrees(v.value, chosen) for v in values)


def _equal(a: Any, b: Any) -> bool:
    return bool(a == b)


def _chosen(meeting: Meeting, name: str) -> Any:
    if name == "mechanism":
        return meeting.mechanism.name if meeting.mechanism_id else None
    if name.startswith("next_meeting"):
        promise = next((p for p in meeting.promises.all() if p.kind == "next_meeting"), None)
        if promise is None:
            return None
        return promise.due or None if name.endswith("date") else promise.place or None
    return getattr(meeting, name) or None


def collect_field_values(meeting: Meeting) -> list[FieldValues]:
    """Per field: the chosen value, each distinct value with its sources, chair positions too."""
    # Read once here unless the caller prefetched them (the review queue does, for a page of meetings).
    prefetch_related_objects([meeting], Prefetch("reports", Report.objects.select_related("source")), "promises")
    reports = sorted(meeting.reports.all(), key=lambda r: r.pk)
    records = [dict_to_meeting(r.record) for r in reports]
    refs = [r.source.reference for r in reports]
    result: list[FieldValues] = []
    for name, read in _FIELDS.items():
        values: dict[str, FieldValue] = {}
        for record, ref in zip(records, refs, strict=True):
            value = read(record)
            if value is not None:
                values.setdefault(repr(value), FieldValue(value)).sources.append(ref)
        chosen = _chosen(meeting, name)
        for item in values.values():
            item.chosen = item.value == chosen
        items = list(values.values())
        conflict = _conflict(items, chosen, _AGREES.get(name, _equal))
        result.append(FieldValues(name, chosen, name in meeting.corrections, items, conflict))
    for group in group_chairs(records):
        values = {}
        for index, record in enumerate(records):
            for chair in record.chairs:
                if chair.name in group.names and chair.party == group.party and chair.position:
                    values.setdefault(chair.position, FieldValue(chair.position)).sources.append(refs[index])
        chosen = group.position.value
        for item in values.values():
            item.chosen = item.value == chosen
        items = list(values.values())
        result.append(FieldValues(
            f"position of {group.name}", chosen, False, items, _conflict(items, chosen, titles_agree)
        ))
    return result
