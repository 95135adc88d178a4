"""Dates in readouts: absolute, partial and relative mentions, resolved at their precision.

Own rules rather than dateparser: readouts need precision kept ("2024-05" stays a month),
years inferred from the publication date, and relative words ("December last year",
"on Monday") that dateparser does not resolve; rules are also much faster per document.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)"
_RANGE = r"(?:\s*(?:-|to|and|until|till)\s*(?P<{0}>" + _DAY + r"))?"

# The leading (?<!\w) rejects mid-word positions before any alternative is tried.
_DATE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(
        (
            # 2024-05-20, 2024-05
            rf"(?P<iso>(?<![\d.]){_YEAR}-(?:0[1-9]|1[0-2])(?:-(?:[0-2]\d|3[01]))?(?![\d-]))",
            # 20.05.2024, 20/05/2024 (day first, as in European press releases)
            rf"(?P<num>(?<![\d.])(?:[0-2]?\d|3[01])[./](?:0?[1-9]|1[0-2])[./]{_YEAR}(?!\d))",
            # May 20, 2024 / Jan. 24 / January 6-7 / June 13 to 17, 2024 / May 20 of this year
            rf"(?P<md>{_WEEKDAY}?(?P<md_month>{_MONTH})\s+(?P<md_day>{_DAY})(?!\d)"
            + _RANGE.format("md_day2")
            + rf"(?:(?:,\s*|\s+)(?P<md_year>{_YEAR})(?!\d)|\s+of\s+(?P<md_rel>this|last|next)\s+year)?)",
            # 20 May 2024 / 6-7 January / 13 and 15 June / 15th of April
            rf"(?P<dm>{_WEEKDAY}?(?<![\d.])(?P<dm_day>{_DAY})"
            + _RANGE.format("dm_day2")
            + rf"\s+(?:of\s+)?(?P<dm_month>{_MONTH})(?![a-z])"
            + rf"(?:,?\s+(?P<dm_year>{_YEAR})(?!\d)|\s+of\s+(?P<dm_rel>this|last|next)\s+year)?)",
            # December 2023 / December last year / last December
            rf"(?P<my>(?P<my_month>{_MONTH})(?:,?\s+(?:of\s+)?(?P<my_year>{_YEAR})(?!\d)"
            r"|\s+(?P<my_rel>this|last|next)\s+year))",
            rf"(?P<rm>\b(?P<rm_rel>(?i:last|this|next))\s+(?P<rm_month>{_MONTH})(?![a-z]))",
            # in May (the year comes from the publication date)
            rf"(?P<mo>\b(?i:in|since|until|by|during|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of)\s+(?:early\s+|mid-?|late\s+)?(?P<mo_month>{_MONTH})(?![\w])(?!,?\s+(?:of\s+)?{_YEAR})(?!\s+(?:this|last|next)\s+year))",
            # today, yesterday, on Monday, last year, this month, next year
            # "this morning" in a live blog or a wire is the day it was filed
            r"(?P<word>\b(?i:today|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b)",
            r"(?P<wd>\b(?:(?P<wd_rel>(?i:on|last|this|next))\s+)?(?P<wd_day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            rf"(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH})))",
            r"(?P<ry>\b(?P<ry_rel>(?i:last|this|next|earlier this|later this|early next|late last))\s+(?P<ry_unit>(?i:year|month|week))\b)",
            # a bare year, not part of a range such as 2021-2025
            rf"(?P<y>(?<![\d-]){_YEAR}(?![\d]|-\d))",
        )
    )
    + ")"
)
_CAPITALISED_MONTH = re.compile(r"[A-Z]")
# Every mention holds an ASCII digit (a year or a numeric date), a month's capitalised first
# three letters, or, in any case, "day" (weekdays, today, yesterday), "year", "month", "week",
# "tomorrow" or a part of the day ("this morning"). Most sentences hold none, and testing for
# these costs a fraction of the pattern.
_DIGIT_RE = re.compile(r"[0-9]")
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WORD_STEMS = ("day", "year", "month", "week", "tomorrow", "morning", "afternoon", "evening")


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """The ISO form at this precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def key(self) -> tuple[int, int, int]:
        """A sort key; unknown parts sort first."""
        return (self.year, self.month or 0, self.day or 0)


@dataclass(frozen=True)
class DateMention:
    """A date as written: known parts, and how missing parts relate to the publication date."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None
    """Years relative to publication ("last year" → -1), when the year is not written."""
    day_shift: int | None = None
    """Days relative to publication ("yesterday" → -1)."""
    weekday: int | None = None
    month_shift: int | None = None
    """For "last December" (-1) / "next March" (+1) / "this month" (0)."""
    week_shift: int | None = None
    """For "last week" (-1) / "this week" (0) / "next week" (+1): known to the month at best."""
    weekday_before: bool = False
    """ "last Thursday": a week back when the story itself is dated on a Thursday."""


def parse_iso(value: str | None) -> PartialDate | None:
    """A ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` string as a partial date, else None."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip()[:10])
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    return PartialDate(year, month, day)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date mention in ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    if not _may_hold_date(text, start, stop):
        return []
    mentions = []
    for match in _DATE_RE.finditer(text, start, stop):
        mention = _mention(match)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _may_hold_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds what every date mention needs (see ``_DIGIT_RE``)."""
    if _DIGIT_RE.search(text, start, end):
        return True
    part = text[start:end]
    if any(stem in part for stem in _MONTH_STEMS):
        return True
    lowered = part.lower()
    return any(stem in lowered for stem in _WORD_STEMS)


def _month(word: str) -> int | None:
    if not _CAPITALISED_MONTH.match(word):
        return None
    return _MONTHS.get(word.rstrip(".").lower())


def _shift(word: str | None) -> int | None:
    return {"last": -1, "this": 0, "next": 1}.get(word or "")


def _mention(match: re.Match[str]) -> DateMention | None:
    kind = match.lastgroup
    group = match.group
    span = match.span()
    if kind == "iso":
        parts = [int(part) for part in group("iso").split("-")]
        return DateMention(*span, parts[0], parts[1], parts[2] if len(parts) > 2 else None)
    if kind == "num":
        day, month, year = (int(part) for part in re.split(r"[./]", group("num")))
        return DateMention(*span, year, month, day)
    if kind in ("md", "dm"):
        written = group(f"{kind}_year")
        return DateMention(
            *span,
            int(written) if written else None,
            _month(group(f"{kind}_month")),
            int(re.sub(r"\D", "", group(f"{kind}_day"))),
            year_shift=_shift(group(f"{kind}_rel")),
        )
    if kind == "my":
        written = group("my_year")
        return DateMention(
            *span, int(written) if written else None, _month(group("my_month")),
            year_shift=_shift(group("my_rel")),
        )
    return _relative_mention(match, kind, span)


def _relative_mention(match: re.Match[str], kind: str | None, span: tuple[int, int]) -> DateMention | None:
    group = match.group
    if kind == "rm":
        return DateMention(*span, month=_month(group("rm_month")), month_shift=_shift(group("rm_rel").lower()))
    if kind == "mo":
        month = _month(group("mo_month"))
        return DateMention(*span, month=month) if month else None
    if kind == "word":
        word = group("word").lower()
        return DateMention(*span, day_shift=0 if word.startswith("this") else {"today": 0, "yesterday": -1, "tomorrow": 1}[word])
    if kind == "wd":
        before = (group("wd_rel") or "").lower() == "last"
        return DateMention(*span, weekday=_WEEKDAYS.index(group("wd_day").lower()), weekday_before=before)
    if kind == "ry":
        relation = group("ry_rel").lower()
        shift = -1 if "last" in relation else 1 if "next" in relation else 0
        if group("ry_unit").lower() == "year":
            return DateMention(*span, year_shift=shift)
        if group("ry_unit").lower() == "week":
            return DateMention(*span, week_shift=shift)
        return DateMention(*span, month_shift=shift)
    if kind == "y":
        return DateMention(*span, int(group("y")))
    return None


def resolve(mention: DateMention, published: PartialDate | None, *, future: bool = False) -> PartialDate | None:
    """The mention as a partial date, completing missing parts from the publication date.

    A year left unwritten is the publication year, moved back (or forward for ``future``
    events) when that would put the event on the wrong side of publication.
    """
    if mention.month is None and mention.year is None:
        return _resolve_relative(mention, published)
    if mention.month is not None and mention.month_shift is not None:
        return _resolve_month_shift(mention, published)
    if mention.year is not None:
        return _valid(mention.year, mention.month, mention.day)
    if published is None:
        return None
    year = published.year + (mention.year_shift or 0)
    if mention.year_shift is None and mention.month is not None and published.month is not None:
        event = (mention.month, mention.day or 0)
        reference = (published.month, published.day or 31)
        if not future and event > reference and mention.month > published.month:
            year -= 1
        elif future and event < reference and mention.month < published.month:
            year += 1
    return _valid(year, mention.month, mention.day)


def _resolve_month_shift(mention: DateMention, published: PartialDate | None) -> PartialDate | None:
    """"last December": the latest December before publication; "next March" the first after."""
    if published is None or published.month is None or mention.month is None:
        return None
    year = published.year
    if mention.month_shift == -1 and mention.month >= published.month:
        year -= 1
    elif mention.month_shift == 1 and mention.month <= published.month:
        year += 1
    return _valid(year, mention.month, None)


def _resolve_relative(mention: DateMention, published: PartialDate | None) -> PartialDate | None:
    if published is None:
        return None
    if mention.year_shift is not None:
        return PartialDate(published.year + mention.year_shift)
    if mention.month_shift is not None:
        if published.month is None:
            return None
        index = published.year * 12 + published.month - 1 + mention.month_shift
        return PartialDate(index // 12, index % 12 + 1)
    if published.day is None or published.month is None:
        return None
    base = dt.date(published.year, published.month, published.day)
    if mention.week_shift is not None:
        # The week's month, when the whole week (Monday to Sunday) lies in one month.
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=mention.week_shift)
        sunday = monday + dt.timedelta(days=6)
        return PartialDate(monday.year, monday.month) if monday.month == sunday.month else None
    if mention.day_shift is not None:
        day = base + dt.timedelta(days=mention.day_shift)
    elif mention.weekday is not None:
        back = (base.weekday() - mention.weekday) % 7 or (7 if mention.weekday_before else 0)
        day = base - dt.timedelta(days=back)
    else:
        return None
    return PartialDate(day.year, day.month, day.day)


def _valid(year: int, month: int | None, day: int | None) -> PartialDate | None:
    """The partial date if it exists on the calendar, else None (a typo such as 31 June)."""
    if month is None:
        return PartialDate(year)
    if not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(year, month, day)
