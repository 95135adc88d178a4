"""What each report says for each meeting field, and the one rule for when reports conflict.

The meeting page (``evidence.py``), the API, the review queue and the exports all read a
meeting's field values from here, so they agree on the chosen value, its sources and whether
the reports conflict: a value *agrees* when it can be true alongside the chosen one (a month
agrees with a day in it, a dialogue's other name with the dialogue), and a field is in
conflict when some report gives a value that does not agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapport.pipeline.consensus import dates_agree, group_chairs, titles_agree
from rapport.pipeline.mechanisms_canon import mechanisms_compatible
from rapport.pipeline.schema import dict_to_meeting
from rapport.pipeline.types import MeetingRecord
from rapport.web.dialogues.models import Meeting
from rapport.web.followup.models import Promise
from rapport.web.sources.models import Report


@dataclass
class FieldValue:
    """One value a field takes in some reports, with those reports."""

    value: Any
    reports: list[Report] = field(default_factory=list)
    chosen: bool = False
    """The meeting's value (or, for the dialogue, one of its names)."""
    agrees: bool = True
    """Whether it can be true alongside the chosen value."""

    @property
    def sources(self) -> list[str]:
        """The references of the sources of the reports giving this value."""
        return [r.source.reference for r in self.reports]

    @property
    def support(self) -> int:
        """How many reports give this value."""
        return len(self.reports)


@dataclass
class FieldValues:
    """A meeting field: the chosen value, every value reports give, whether a reviewer set it."""

    name: str
    chosen: Any
    corrected: bool
    values: list[FieldValue]

    @property
    def conflict(self) -> bool:
        """True when reports give values that cannot all be true."""
        return not all(v.agrees for v in self.values)


def _next_place(record: MeetingRecord) -> str | None:
    place = record.next_meeting.place if record.next_meeting else None
    if place is None:
        return None
    return ", ".join(p for p in (place.city, place.country) if p) or None


FIELDS: dict[str, Callable[[MeetingRecord], Any]] = {
    "mechanism": lambda r: r.mechanism,
    "date": lambda r: r.date,
    "round": lambda r: r.round,
    "place_city": lambda r: r.place.city if r.place else None,
    "place_country": lambda r: r.place.country if r.place else None,
    "next_meeting_date": lambda r: r.next_meeting.date if r.next_meeting else None,
    "next_meeting_place": _next_place,
}
"""Each field as the API names it, read from a contract record (None: the report is silent)."""

_AGREES: dict[str, Callable[[Any, Any], bool]] = {
    "mechanism": mechanisms_compatible,
    "date": dates_agree,
    "next_meeting_date": dates_agree,
}


def _equal(a: Any, b: Any) -> bool:
    return bool(a == b)


def _chosen(meeting: Meeting, name: str, promise: Promise | None) -> Any:
    """The meeting's current value of a field (None when it has none)."""
    if name == "mechanism":
        return meeting.mechanism.name if meeting.mechanism else None
    if name.startswith("next_meeting"):
        if promise is None:
            return None
        return promise.due or None if name.endswith("date") else promise.place or None
    return getattr(meeting, name) or None


def _names_of(meeting: Meeting) -> set[str]:
    """The folded names of the meeting's dialogue: a report naming any supports the dialogue."""
    if meeting.mechanism is None:
        return set()
    return {n.casefold() for n in [meeting.mechanism.name, *(meeting.mechanism.aliases or [])]}


def _judge(values: list[FieldValue], chosen: Any, agrees: Callable[[Any, Any], bool], same: Callable[[Any], bool]) -> None:
    """Mark each value chosen or not, and whether it agrees with the chosen one."""
    for item in values:
        item.chosen = chosen is not None and same(item.value)
        # Without a chosen value, reports agree only when they all give the same one.
        item.agrees = len(values) == 1 if chosen is None else item.chosen or agrees(item.value, chosen)


def corrected(meeting: Meeting, name: str) -> bool:
    """Whether a reviewer set ``name`` (``next_meeting`` sets both its date and its place)."""
    return any(k == name or name.startswith(f"{k}_") for k in (meeting.corrections or {}))


def collect_field_values(meeting: Meeting, reports: list[Report], promise: Promise | None) -> list[FieldValues]:
    """Per field: the chosen value and each distinct value with its reports; chair positions too.

    ``reports`` are the meeting's reports with their sources loaded, in the order sources are
    listed; ``promise`` is the meeting's next-meeting promise, if any.
    """
    records = [dict_to_meeting(r.record) for r in reports]
    names = _names_of(meeting)
    result: list[FieldValues] = []
    for name, read in FIELDS.items():
        values: dict[str, FieldValue] = {}
        for record, report in zip(records, reports, strict=True):
            value = read(record)
            if value is not None:
                values.setdefault(repr(value), FieldValue(value)).reports.append(report)
        chosen = _chosen(meeting, name, promise)
        items = list(values.values())
        if name == "mechanism":
            _judge(items, chosen, mechanisms_compatible, lambda v: str(v).casefold() in names)
        else:
            _judge(items, chosen, _AGREES.get(name, _equal), _equal_to(chosen))
        result.append(FieldValues(name, chosen, corrected(meeting, name), items))
    result.extend(_positions(records, reports))
    return result


def _equal_to(chosen: Any) -> Callable[[Any], bool]:
    """Whether a value is the chosen one itself."""
    return lambda value: bool(value == chosen)


def _positions(records: list[MeetingRecord], reports: list[Report]) -> list[FieldValues]:
    """Each chair's position as the reports give it (titles that can name one post agree)."""
    result = []
    for group in group_chairs(records):
        values: dict[str, FieldValue] = {}
        for record, report in zip(records, reports, strict=True):
            for chair in record.chairs:
                if chair.name in group.names and chair.party == group.party and chair.position:
                    values.setdefault(chair.position, FieldValue(chair.position)).reports.append(report)
        chosen = group.position.value
        items = list(values.values())
        _judge(items, chosen, titles_agree, _equal_to(chosen))
        result.append(FieldValues(f"position of {group.name}", chosen, False, items))
    return result
