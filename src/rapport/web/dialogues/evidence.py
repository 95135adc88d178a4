"""A meeting's fields as the page shows them: the chosen value, the sources that support it,
the conflicting values with theirs, and the passages of text that state each.

Which value is chosen and which conflict is decided once, in ``field_values.py`` (the API
reads the same); this module only words the values and finds the passages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapport.web.dialogues.field_values import collect_field_values
from rapport.web.sources.models import Report
from rapport.web.ui.highlight import Highlight, Segment, split_text
from rapport.web.ui.vocab import country_name

EXCERPT_CONTEXT = 90  # characters of text shown on each side of an evidence span


@dataclass
class Claim:
    """One report's statement of a field: its source, and the passage that states it."""

    report: Report
    excerpt: list[Segment]
    anchor: str


@dataclass
class ValueGroup:
    """One value of a field and the reports that state it."""

    value: str
    chosen: bool
    agrees: bool = True
    """Whether it can be true alongside the chosen value (``field_values.py``)."""
    claims: list[Claim] = field(default_factory=list)


@dataclass
class FieldView:
    """A field of a meeting: its label, chosen value, whether a reviewer set it, all values."""

    name: str
    label: str
    value: str
    corrected: bool
    groups: list[ValueGroup]

    @property
    def conflicting(self) -> list[ValueGroup]:
        """The values that reports state and that cannot be true alongside the chosen one."""
        return [g for g in self.groups if not g.agrees]


def _place(place: Any) -> str:
    if not isinstance(place, dict):
        return ""
    return ", ".join(p for p in (place.get("city"), country_name(place.get("country") or "")) if p)


def _next(next_meeting: Any) -> str:
    if not isinstance(next_meeting, dict):
        return ""
    return " · ".join(p for p in (next_meeting.get("date") or "", _place(next_meeting.get("place"))) if p)


# row → (label, the fields of ``field_values.FIELDS`` it shows, how to word it from a contract record)
READERS: dict[str, tuple[str, tuple[str, ...], Callable[[dict[str, Any]], str]]] = {
    "mechanism": ("Dialogue", ("mechanism",), lambda r: str(r.get("mechanism") or "")),
    "round": ("Round", ("round",), lambda r: str(r.get("round") or "")),
    "date": ("Date", ("date",), lambda r: str(r.get("date") or "")),
    "place": ("Place", ("place_city", "place_country"), lambda r: _place(r.get("place"))),
    "next_meeting": ("Next meeting", ("next_meeting_date", "next_meeting_place"), lambda r: _next(r.get("next_meeting"))),
}


def _excerpt(text: str, span: Any) -> list[Segment]:
    """The evidence span with some text around it, the span highlighted."""
    if not (isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(v, int) for v in span)):
        return []
    start, end = max(0, span[0]), min(len(text), span[1])
    if start >= end:
        return []
    lo, hi = max(0, start - EXCERPT_CONTEXT), min(len(text), end + EXCERPT_CONTEXT)
    parts = split_text(text[lo:hi], [Highlight(start - lo, end - lo)])
    return [Segment("… "), *parts, Segment(" …")] if lo or hi < len(text) else parts


def _chosen_values(meeting: Any, promise: Any) -> dict[str, str]:
    """The meeting's current value of each field, as display text comparable with reports'."""
    return {
        "mechanism": meeting.mechanism.name if meeting.mechanism_id else "",
        "round": str(meeting.round or ""),
        "date": meeting.date,
        "place": _place({"city": meeting.place_city, "country": meeting.place_country}),
        "next_meeting": _next({"date": promise.due, "place": {"city": promise.place_city, "country": promise.place_country}}) if promise else "",
    }


def meeting_fields(meeting: Any, reports: list[Report], promise: Any = None) -> list[FieldView]:
    """Each field of ``meeting`` with its value groups, chosen one first."""
    chosen = _chosen_values(meeting, promise)
    values = {f.name: f for f in collect_field_values(meeting, reports, promise)}
    # what each report's value of each field was judged: chosen, agreeing
    judged = {(name, r.pk): v for name, f in values.items() for v in f.values for r in v.reports}
    views = []
    for name, (label, parts, read) in READERS.items():
        groups: dict[str, ValueGroup] = {}
        for report in reports:
            record = report.record or {}
            text = read(record)
            said = [judged[(part, report.pk)] for part in parts if (part, report.pk) in judged]
            if not text or not said:
                continue
            is_chosen = all(v.chosen for v in said)
            # A value the meeting holds (a dialogue by any of its names) joins the chosen group.
            key = chosen[name] if is_chosen else text
            group = groups.setdefault(key, ValueGroup(key, is_chosen, all(v.agrees for v in said)))
            span = (record.get("evidence") or {}).get(name)
            group.claims.append(Claim(report, _excerpt(report.source.text, span), f"ev-{report.pk}-{name}"))
        ordered = sorted(groups.values(), key=lambda g: (not g.chosen, -len(g.claims), g.value))
        views.append(FieldView(name, label, chosen[name], any(values[p].corrected for p in parts), ordered))
    return views


def chair_spellings(reports: list[Report]) -> dict[str, list[Report]]:
    """Each chair's name as spelled in each report, with the reports using that spelling."""
    spellings: dict[str, list[Report]] = {}
    for report in reports:
        for chair in (report.record or {}).get("chairs") or []:
            if isinstance(chair, dict) and chair.get("name"):
                spellings.setdefault(str(chair["name"]), []).append(report)
    return spellings
