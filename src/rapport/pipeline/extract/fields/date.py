"""The date field: the first day of the meeting, from the held sentence nearest its held cue."""

from __future__ import annotations

import datetime as dt
import re

from rapport.pipeline.extract.dates import DateMention, PartialDate, find_dates, resolve
from rapport.pipeline.extract.detect import SentenceInfo
from rapport.pipeline.extract.fields.base import (
    INFERRED,
    NEAR,
    STATED,
    Candidate,
    DocumentContext,
    MeetingContext,
)
from rapport.pipeline.extract.lexicon import SENTENCE_CUES, city_entry
from rapport.pipeline.extract.sentences import DATELINE_RE

# "a two-day session", "after two days of talks": how long a meeting dated by its end lasted.
_DAY_COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3}
_DURATION_RE = re.compile(r"\b(two|three|[23])(?:-day\b|\s+days\s+of\b)", re.IGNORECASE)
_RANGE_RE = re.compile(r"\d\s*(?:-|\u2013|to|and|until|till)\s*\d")
# "The Dialogue was preceded by the Seminar held on 1 July 2022": another event tied to the
# meeting in time lends it its year.
_TIED_RE = re.compile(
    r"\b(?:preceded|followed)\s+by\b|\bon\s+the\s+eve\s+of\b|\b(?:the|a)\s+day\s+(?:before|after)\b|\bthe\s+following\s+day\b",
    re.IGNORECASE,
)
# "In 2023, the two sides held their 18th dialogue": a year alone dates a meeting only as "in <year>".
_IN_YEAR_RE = re.compile(r"\b[Ii]n\s+$")
_SAID_BEFORE_RE = re.compile(
    r"\b(?:said|says|announced|reported|stated|told\s+\w+|added|noted|confirmed)\s+(?:on|this|last|late|early)?\s*$"
)
_DATELINE_SENTENCES = 12  # a dateline opens the story (after a headline and a byline or two)
_PAIR_GAP_RE = re.compile(r"\s*(?:and|to|through|until|till|-)\s*")


def find(context: MeetingContext) -> list[Candidate]:
    """Dates written in the held sentences, nearest the cue first; else one linked to another."""
    document, group = context.document, context.group
    # Years written with the dialogue's name, or with an event tied to it in time; not those
    # of another event ("a follow-up to the Task Force held in November 2013").
    written = {info.index: dates_in(document, info) for info in group.held}
    years = [
        m.year
        for info in group.held
        if info.mechanisms or _TIED_RE.search(info.sentence.text)
        for m in written[info.index]
        if m.year
    ]
    year_only: list[Candidate] = []
    month_only: list[Candidate] = []
    for info in sorted(group.held, key=lambda info: (info.concluded, info.index)):
        if not (info.reported or info.mechanisms):
            continue  # a held verb that neither names nor reports the dialogue dates another event
        found = written[info.index]
        # A span of days is the meeting's own ("concluded yesterday the fifth dialogue, which
        # took place from 2 to 3 September"): it goes first, then the nearest to the cue.
        for mention in sorted(found, key=lambda m: (not _is_span(document.flat, m), abs(m.start - info.held_at))):
            if _SAID_BEFORE_RE.search(document.flat, max(info.sentence.start, mention.start - 30), mention.start):
                continue  # "..., the ministry said on Tuesday": the statement's date
            mention = _pair_start(document.flat, found, mention)
            value = resolve(mention, _reference(document, mention)) or _with_year(mention, years)
            if value is None or not _plausible(value, document.published):
                continue
            if mention.week_shift is not None:
                # "last week" knows the month only: any day written for the meeting beats it
                month_only.append(Candidate(value.iso(), (mention.start, mention.end), NEAR))
                continue
            if value.month is not None:
                # The first valid date is the decision; later ones would only tie below it.
                return [Candidate(_first_day(document.flat, info, mention, value).iso(), (mention.start, mention.end), STATED)]
            if _IN_YEAR_RE.search(document.flat, max(0, mention.start - 4), mention.start):
                year_only.append(Candidate(value.iso(), (mention.start, mention.end), NEAR))
    return _linked_date(context) or _named_just_before(context) or month_only[:1] or year_only[:1]


def _named_just_before(context: MeetingContext) -> list[Candidate]:
    """A day written with the dialogue's name in the sentence right before the meeting's first
    held one ("The EU used its annual human rights talks with Bahrain on Wednesday to ...")."""
    document, first = context.document, context.group.first
    if first == 0:
        return []
    info = document.infos[first - 1]
    if not info.mechanisms or info.held or info.future or info.next or info.other:
        return []
    anchor = info.mechanisms[0].start
    for mention in sorted(dates_in(document, info), key=lambda m: abs(m.start - anchor)):
        value = resolve(mention, document.published)
        if value is not None and value.day is not None and _plausible(value, document.published):
            return [Candidate(value.iso(), (mention.start, mention.end), NEAR)]
    return []


def _reference(document: DocumentContext, mention: DateMention) -> PartialDate | None:
    """What a date counts from: "today" in a reposted wire is its dateline's day, not the repost's."""
    if mention.day_shift is None and mention.weekday is None:
        return document.published
    return _dateline_day(document) or document.published


def _dateline_day(document: DocumentContext) -> PartialDate | None:
    """The day a dateline near the top of the story gives ("HANOI, April 21 (VNW) -"), if any."""
    for info in document.infos[:_DATELINE_SENTENCES]:
        dateline = _dateline(document, info)
        if dateline is None:
            continue
        for mention in find_dates(document.flat, info.sentence.start, dateline.end()):
            day = resolve(mention, document.published)
            if day is not None and day.day is not None and _plausible(day, document.published):
                return day
    return None


def _dateline(document: DocumentContext, info: SentenceInfo) -> re.Match[str] | None:
    """The dateline opening a sentence ("Astana, 21 May 2024 (Agency): "), if its place is one:
    a known city or words in capitals ("On 26 February, the third Viet Nam - ..." is none)."""
    dateline = DATELINE_RE.match(document.flat, info.sentence.start, info.sentence.end)
    place = dateline.group(0).split(",", 1)[0].strip() if dateline else ""
    if not place or not (place.isupper() or city_entry(place) is not None):
        return None
    return dateline


def dates_in(document: DocumentContext, info: SentenceInfo) -> list[DateMention]:
    """Dates in a sentence, leaving out a dateline's ("Astana, 21 May 2024 (Agency): ...")."""
    dateline = _dateline(document, info)
    start = dateline.end() if dateline else info.sentence.start
    return find_dates(document.flat, start, info.sentence.end)


def _is_span(flat: str, mention: DateMention) -> bool:
    """Whether a date mention writes a span of days ("2 to 3 September", "9-10 June")."""
    return mention.day is not None and _RANGE_RE.search(flat, mention.start, mention.end) is not None


def _pair_start(flat: str, found: list[DateMention], mention: DateMention) -> DateMention:
    """The first of two coordinated days: "on Tuesday and Wednesday" starts on Tuesday."""
    for earlier in found:
        if earlier.end <= mention.start and _PAIR_GAP_RE.fullmatch(flat, earlier.end, mention.start):
            return earlier
    return mention


def _first_day(flat: str, info: SentenceInfo, mention: DateMention, value: PartialDate) -> PartialDate:
    """The first day of a meeting dated by its end: "concluded its two-day session on 16 May"."""
    if not info.concluded or value.day is None or value.month is None:
        return value
    duration = _DURATION_RE.search(flat, info.sentence.start, info.sentence.end)
    if duration is None or _RANGE_RE.search(flat, mention.start, mention.end):
        return value
    days = _DAY_COUNTS[duration.group(1).lower()]
    first = dt.date(value.year, value.month, value.day) - dt.timedelta(days=days - 1)
    return PartialDate(first.year, first.month, first.day)


def _with_year(mention: DateMention, years: list[int]) -> PartialDate | None:
    """A day and month without a year take the year written with the meeting elsewhere."""
    if mention.month is None or mention.year is not None or not years or mention.month_shift is not None:
        return None
    return resolve(DateMention(mention.start, mention.end, years[0], mention.month, mention.day), None)


def _plausible(value: PartialDate, published: PartialDate | None) -> bool:
    """A held meeting is not dated after the article's publication."""
    return published is None or value.key()[:2] <= (published.year, published.month or 12)


def _linked_date(context: MeetingContext) -> list[Candidate]:
    """'On the same day' takes the previous date; 'back-to-back with' the other meeting's month."""
    document = context.document
    for info in context.group.held:
        start, end = info.sentence.start, info.sentence.end
        if SENTENCE_CUES["same_day"].search(document.flat, start, end):
            for mention in reversed(find_dates(document.flat, 0, start)):
                value = resolve(mention, document.published)
                if value is not None and value.day is not None:
                    return [Candidate(value.iso(), (mention.start, mention.end), INFERRED)]
        if SENTENCE_CUES["same_month"].search(document.flat, start, end):
            other = _other_meeting_date(document)
            if other is not None:
                return [Candidate(PartialDate(other.year, other.month).iso(), None, INFERRED)]
    return []


def _other_meeting_date(document: DocumentContext) -> PartialDate | None:
    for info in document.infos:
        if info.other and document.scan.first("held", info.sentence.start, info.sentence.end):
            for mention in dates_in(document, info):
                value = resolve(mention, document.published)
                if value is not None and value.month is not None:
                    return value
    return None
