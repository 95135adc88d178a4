"""Geometry of the server-drawn SVG charts: a dialogue's timeline of rounds and its chairs.

The functions compute positions; templates draw the charts with autoescaping on, so labels
taken from ingested text are escaped like everything else. The one exception, a timeline's
many event marks, is drawn here, with every label and link escaped in the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

CHAR_PX = 6.8  # average width of a 12px sans-serif character: enough to keep labels apart
LANE_PX = 50
LEFT, RIGHT, TOP = 24, 24, 16
FIRST_LINE, OTHER_LINE = ' font-weight="700"', ' class="muted"'  # a label's first line, the others


def _n(value: float) -> str:
    """A coordinate as short text (templates would otherwise localise every float, slowly)."""
    return f"{value:.1f}".removesuffix(".0")


def _axis(axis_y: float, scale: Scale) -> dict[str, str]:
    """The y positions of the axis line, its ticks, year labels and title, as text."""
    return {
        "y": _n(axis_y), "tick_y": _n(axis_y + 6), "label_y": _n(axis_y + 20), "title_y": _n(axis_y + 37),
        "left": _n(LEFT), "right": _n(scale.width - RIGHT),
    }


@dataclass(frozen=True)
class Event:
    """A dated event to plot: a round (``kind='round'``) or an expected round (``'promise'``)."""

    when: date
    lines: tuple[str, ...]
    href: str = ""
    kind: str = "round"
    draft: bool = False


@dataclass(frozen=True)
class Span:
    """A bar from ``start`` to ``end`` in one row of a lanes chart."""

    start: date
    end: date
    label: str
    href: str = ""


@dataclass
class Scale:
    """Maps dates to x pixels over whole years, and lists the year ticks."""

    first_year: int
    last_year: int
    width: int
    plot_width: float = field(init=False)

    def __post_init__(self) -> None:
        self.plot_width = self.width - LEFT - RIGHT

    def x(self, when: date) -> float:
        """The x pixel of a date."""
        start = date(self.first_year, 1, 1).toordinal()
        end = date(self.last_year + 1, 1, 1).toordinal()
        return round(LEFT + (when.toordinal() - start) / (end - start) * self.plot_width, 1)

    def ticks(self) -> list[dict[str, str]]:
        """One tick per 1 January, labelled with the year mid-way through it."""
        ticks = []
        for year in range(self.first_year, self.last_year + 2):
            labelled = year <= self.last_year
            ticks.append({
                "x": _n(self.x(date(year, 1, 1))),
                "label": str(year) if labelled else "",
                "label_x": _n(self.x(date(year, 7, 2))) if labelled else "",
            })
        return ticks


def scale_for(dates: Sequence[date], min_width: int = 1120, year_px: int = 120) -> Scale:
    """A scale covering every date, wide enough to give each year ``year_px`` pixels."""
    years = [d.year for d in dates] or [date.today().year]
    first, last = min(years), max(years)
    width = max(min_width, (last - first + 1) * year_px + LEFT + RIGHT)
    return Scale(first, last, width)


def _lanes(events: Sequence[Event], scale: Scale) -> list[tuple[Event, float, float, int]]:
    """(event, x, label centre, lane) per event: each label in the lowest lane where it fits."""
    lanes_right: list[float] = []  # right edge of the last label in each lane
    placed = []
    for event in sorted(events, key=lambda e: e.when):
        x = scale.x(event.when)
        half = max((len(line) for line in event.lines), default=4) * CHAR_PX / 2 + 4
        centre = min(max(x, LEFT + half), scale.width - RIGHT - half)
        lane = next((i for i, r in enumerate(lanes_right) if r < centre - half), len(lanes_right))
        if lane == len(lanes_right):
            lanes_right.append(0.0)
        lanes_right[lane] = centre + half
        placed.append((event, x, centre, lane))
    return placed


def timeline(events: Sequence[Event], scale: Scale | None = None) -> dict[str, object]:
    """Events on a date axis, labels stacked in lanes above it so that none overlap."""
    scale = scale or scale_for([e.when for e in events])
    placed = _lanes(events, scale)
    lanes = max((lane for *_, lane in placed), default=0) + 1
    axis_y = TOP + lanes * LANE_PX + 18
    out = []
    for event, x, centre, lane in placed:
        # Lane 0 sits just above the axis; higher lanes stack upwards.
        first_y = axis_y - 26 - lane * LANE_PX - (len(event.lines) - 1) * 14
        out.append({
            "event": event, "x": _n(x), "label_x": _n(centre), "leader_top": _n(axis_y - 22 - lane * LANE_PX),
            "lines": [{"text": t, "y": _n(first_y + 14 * i), "first": i == 0} for i, t in enumerate(event.lines)],
        })
    return {
        "width": scale.width, "height": axis_y + 44, "axis": _axis(axis_y, scale),
        "ticks": scale.ticks(), "events": out, "events_svg": _events_svg(out, _n(axis_y)),
    }


def _events_svg(events: list[dict[str, Any]], axis_y: str) -> SafeString:
    """The marks of a timeline's events as SVG; every value from a record is escaped.

    Drawn here rather than in the template: a long dialogue has hundreds of events, and the
    template language costs a millisecond or more per few dozen of them. Coordinates are
    numbers formatted by ``_n``; hrefs and label lines are escaped with ``escape``.
    """
    marks = []
    for e in events:
        event: Event = e["event"]
        kind = "promise" if event.kind == "promise" else ("round draft" if event.draft else "round")
        x, label_x = e["x"], e["label_x"]
        lines = "".join(
            f'<tspan x="{label_x}" y="{line["y"]}"{FIRST_LINE if line["first"] else OTHER_LINE}>{escape(line["text"])}</tspan>'
            for line in e["lines"]
        )
        marks.append(
            f'<a href="{escape(event.href)}"><line x1="{x}" x2="{x}" y1="{e["leader_top"]}" y2="{axis_y}" '
            f'stroke="#9aa3ab" stroke-width="1"/><circle class="{kind}" cx="{x}" cy="{axis_y}" r="6"/>'
            f'<text text-anchor="middle">{lines}</text></a>'
        )
    return mark_safe("\n".join(marks))  # safe: numbers, literals and escaped text only


def lanes_chart(rows: Sequence[tuple[str, Sequence[Span]]], scale: Scale) -> dict[str, object]:
    """Rows of labelled bars on the same date axis (e.g. the chairs of each party over time)."""
    label_px = 40
    row_px = 34
    out_rows = []
    for index, (label, spans) in enumerate(rows):
        y = TOP + index * row_px
        bars = []
        for span in spans:
            x1, x2 = scale.x(span.start), scale.x(span.end)
            bars.append({"x": x1, "w": _n(max(6.0, x2 - x1)), "label": span.label, "href": span.href})
        out_rows.append({
            "label": label, "label_y": _n(y + 15), "bar_y": _n(y + 4), "text_y": _n(y + 32),
            "bars": _stagger_labels(bars),
        })
    axis_y = TOP + max(1, len(rows)) * row_px + 6
    return {
        "width": scale.width + label_px,
        "height": axis_y + 40,
        "offset": label_px,
        "axis": _axis(axis_y, scale),
        "ticks": scale.ticks(),
        "rows": out_rows,
    }


def _stagger_labels(bars: list[dict[str, object]]) -> list[dict[str, object]]:
    """Drop the label of a bar whose text would run into the next bar's label (kept as a tooltip)."""
    shown_until = -1.0
    for bar in sorted(bars, key=lambda b: float(b["x"])):  # type: ignore[arg-type]
        x = float(bar["x"])  # type: ignore[arg-type]
        width = len(str(bar["label"])) * CHAR_PX
        bar["show_label"] = x >= shown_until
        if bar["show_label"]:
            shown_until = x + width + 8
        bar["x"] = _n(x)
    return bars
