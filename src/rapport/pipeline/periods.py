"""ISO dates at the precision a text gives them (``2024-05-20``, ``2024-05``, ``2024``) as periods.

A period is the range of days a date may mean: ``2024-05`` is 1–31 May 2024. Merging compares
periods (a day falls inside its month), and follow-up asks whether a promise's period has passed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Period:
    """The first and last day an ISO date of some precision may mean."""

    start: date
    end: date
    precision: str  # "day", "month" or "year"

    def overlaps(self, other: Period, *, slack_days: int = 0) -> bool:
        """Whether the two periods share a day, allowing ``slack_days`` of distance."""
        slack = timedelta(days=slack_days)
        return self.start <= other.end + slack and other.start <= self.end + slack

    def contains(self, other: Period) -> bool:
        """Whether every day of ``other`` lies in this period."""
        return self.start <= other.start and other.end <= self.end


@lru_cache(maxsize=8192)
def parse_period(value: str | None) -> Period | None:
    """The period of an ISO date string, or None when it is missing or not a valid date.

    Cached (periods are immutable): follow-up asks it of the same meeting dates for every promise.
    """
    match = _ISO.match(value.strip()) if value else None
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return Period(date(year, 1, 1), date(year, 12, 31), "year")
        last = calendar.monthrange(year, month)[1]
        if day is None:
            return Period(date(year, month, 1), date(year, month, last), "month")
        return Period(date(year, month, day), date(year, month, day), "day")
    except ValueError:
        return None


PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
"""Higher is more precise."""


def precision_of(value: str | None) -> int:
    """How precise an ISO date string is: 3 day, 2 month, 1 year, 0 unknown."""
    period = parse_period(value)
    return PRECISION_RANK[period.precision] if period else 0
