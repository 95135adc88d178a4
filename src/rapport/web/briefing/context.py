"""What a briefing pack says about a dialogue as of a date, gathered from the tracker.

The pack covers the meetings held up to the date: the last round in detail (with the sources of
each outcome), every promise made before and whether it was kept as of the date, the themes
across rounds and the numbered list of sources cited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from rapport.web.briefing.citations import Citations
from rapport.web.briefing.words import ordinal, party_names, period_text, place_line, theme_label
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.dialogues.visibility import visible_meetings
from rapport.web.followup.models import Promise, PromiseKind, PromiseStatus
from rapport.web.followup.status import Keeper, promise_statuses
from rapport.web.sources.models import Source

MAX_THEME_COLUMNS = 8  # rounds shown in the themes table; an A4 page holds no more legibly


@dataclass
class Chair:
    """A head of delegation at a round."""

    name: str
    party: str
    position: str


@dataclass
class Outcome:
    """Something a round produced (an instrument named, a commitment), with its sources."""

    kind: str
    text: str
    refs: list[int]


@dataclass
class Round:
    """One meeting of the dialogue as the pack shows it."""

    meeting: Meeting
    label: str
    date: str
    date_long: str
    place: str
    chairs: list[Chair]
    themes: list[str]
    outcomes: list[Outcome]
    refs: list[int]
    draft: bool
    promise_refs: dict[int, list[int]] = field(default_factory=dict)


@dataclass
class PromiseLine:
    """A promise made at an earlier round and its status as of the pack's date."""

    made_at: str
    what: str
    due: str
    status: str
    label: str
    note: str
    refs: list[int]


@dataclass
class ThemeRow:
    """A theme and the rounds (columns of the themes table) that discussed it."""

    label: str
    cells: list[bool]
    total: int
    trend: str


@dataclass
class Briefing:
    """Everything the briefing template renders."""

    mechanism: Mechanism
    parties: list[str]
    as_of: dt.date
    prepared: dt.date
    rounds: list[Round]
    promises: list[PromiseLine]
    theme_columns: list[str]
    theme_rows: list[ThemeRow]
    hidden_rounds: int
    sources: list[Source] = field(default_factory=list)

    @property
    def last(self) -> Round | None:
        """The latest round held by the date, or None."""
        return self.rounds[-1] if self.rounds else None

    @property
    def draft_count(self) -> int:
        """How many of the rounds shown are not yet confirmed by a reviewer."""
        return sum(r.draft for r in self.rounds)

    @property
    def open_promises(self) -> list[PromiseLine]:
        """Promises neither kept nor dropped: pending or overdue."""
        return [p for p in self.promises if p.status in (PromiseStatus.PENDING, PromiseStatus.OVERDUE)]


def _meetings(mechanism: Mechanism, as_of: dt.date, user: Visitor | None) -> list[Meeting]:
    """The meetings held by ``as_of`` that ``user`` may see (``None``: an internal job, all but rejected)."""
    meetings = mechanism.meetings.exclude(review_status="rejected") if user is None else visible_meetings(
        user, mechanism.meetings.all()
    )
    return list(
        meetings.filter(date_start__isnull=False, date_start__lte=as_of)
        .select_related("mechanism")
        .prefetch_related("participations__person", "participations__party", "themes",
                          "instruments", "reports__source", "promises__fulfilled_by")
        .order_by("date_start", "round", "id")
    )


def _round(meeting: Meeting, citations: Citations) -> Round:
    """A meeting as a round of the pack, citing its sources."""
    reports = sorted(meeting.reports.all(), key=lambda r: (r.source.published, r.source_id, r.position))
    outcomes = [
        Outcome(kind=i.kind.replace("_", " "), text=i.title + (f" ({period_text(i.date, short=True)})" if i.date else ""),
                refs=citations.cite(r.source for r in reports if _names_instrument(r.record, i.title)))
        for i in meeting.instruments.all()
    ]
    promise_refs = {}
    for promise in meeting.promises.all():
        stated = (r.source for r in reports if promise.kind != PromiseKind.NEXT_MEETING or _names_next(r.record))
        promise_refs[promise.pk] = citations.cite(stated)
        outcomes.append(Outcome(kind="commitment", text=_promise_text(promise), refs=promise_refs[promise.pk]))
    chairs = [
        Chair(name=p.person.name, party=party_names([p.party.code])[0] if p.party else "",
              position=p.position)
        for p in meeting.participations.all() if p.role == "chair"
    ]
    return Round(
        meeting=meeting, label=_round_label(meeting), date=period_text(meeting.date, short=True),
        date_long=period_text(meeting.date),
        place=place_line(meeting.place_city, meeting.place_country) or "place not reported",
        chairs=chairs, themes=sorted(theme_label(t.theme) for t in meeting.themes.all()),
        outcomes=outcomes, refs=citations.cite(r.source for r in reports),
        draft=meeting.review_status != "confirmed", promise_refs=promise_refs,
    )


def _round_label(meeting: Keeper) -> str:
    """``3rd round``, or the date when the round's number is not known."""
    return f"{ordinal(meeting.round)} round" if meeting.round else f"meeting of {period_text(meeting.date)}"


def _names_instrument(record: dict[str, Any], title: str) -> bool:
    """Whether a report's record names the instrument ``title``."""
    wanted = title.casefold()
    return any(str(i.get("title", "")).casefold() == wanted for i in record.get("instruments") or [])


def _names_next(record: dict[str, Any]) -> bool:
    """Whether a report's record states a next meeting."""
    return bool(record.get("next_meeting"))


def _promise_text(promise: Promise) -> str:
    """A promise in words: ``Next round: 2025, in Washington (US)``."""
    if promise.kind == PromiseKind.NEXT_MEETING:
        when = period_text(promise.due) if promise.due else "no date given"
        where = place_line(promise.place_city, promise.place_country)
        return f"Next round: {when}" + (f", in {where}" if where else "")
    return promise.description or str(promise)


def _note(promise: Promise, status: str, kept: Keeper | None) -> str:
    """Why ``promise`` has ``status`` as of the pack's date, in a few words."""
    if kept is not None and status in (PromiseStatus.FULFILLED, PromiseStatus.FULFILLED_LATE):
        late = " late" if status == PromiseStatus.FULFILLED_LATE else ""
        return f"kept{late}: {_round_label(kept)}, {period_text(kept.date, short=True)}"
    if promise.manual and status == promise.status:
        return "set by a reviewer"
    if status == PromiseStatus.SUPERSEDED:
        return "a later round was held elsewhere and made a promise of its own"
    if status == PromiseStatus.OVERDUE and promise.due_by is not None:
        return f"due by {promise.due_by:%d %b %Y}; no round held since"
    return f"due by {promise.due_by:%d %b %Y}" if promise.due_by else "no date set"


def _promises(rounds: list[Round], as_of: dt.date) -> list[PromiseLine]:
    """Every promise made at the rounds, oldest first, with its status as of the date (the followup rule)."""
    made = [(item, promise) for item in rounds for promise in item.meeting.promises.all()]
    statuses = promise_statuses([promise for _, promise in made], as_of=as_of)
    return [
        PromiseLine(
            made_at=f"{item.label}, {item.date}", what=_promise_text(promise), due=promise.due or "—",
            status=str(status), label=PromiseStatus(status).label, note=_note(promise, status, kept),
            refs=item.promise_refs.get(promise.pk, []),
        )
        for (item, promise), (status, kept) in zip(made, statuses, strict=True)
    ]


def _themes(rounds: list[Round]) -> tuple[list[str], list[ThemeRow], int]:
    """The themes table: last rounds as columns, themes as rows, with a trend word each."""
    shown = rounds[-MAX_THEME_COLUMNS:]
    columns = [ordinal(r.meeting.round) if r.meeting.round else (r.meeting.date or "?")[:4] for r in shown]
    everything = sorted({t for r in rounds for t in r.themes})
    rows = []
    for theme in everything:
        cells = [theme in r.themes for r in shown]
        total = sum(theme in r.themes for r in rounds)
        rows.append(ThemeRow(label=theme, cells=cells, total=total, trend=_trend(theme, rounds)))
    rows.sort(key=lambda row: (-row.total, row.label))
    return columns, rows, len(rounds) - len(shown)


def _trend(theme: str, rounds: list[Round]) -> str:
    """``new`` (first raised at the last round), ``dropped`` (not at the last round) or ``steady``."""
    if len(rounds) < 2:
        return ""
    at_last, before = theme in rounds[-1].themes, any(theme in r.themes for r in rounds[:-1])
    if at_last and not before:
        return "new"
    return "" if at_last else "not raised at last round"


def briefing_build(mechanism: Mechanism, *, as_of: dt.date | None = None, user: Visitor | None = None,
                   today: dt.date | None = None) -> Briefing:
    """The briefing on ``mechanism`` as of a date (default today), for ``user`` (None: internal)."""
    today = today or dt.date.today()
    as_of = as_of or today
    citations = Citations()
    meetings = _meetings(mechanism, as_of, user)
    # The last round's sources get the first numbers: it is what the reader looks at first.
    last = [_round(meetings[-1], citations)] if meetings else []
    rounds = [_round(m, citations) for m in meetings[:-1]] + last
    columns, rows, hidden = _themes(rounds)
    return Briefing(
        mechanism=mechanism, parties=party_names(sorted(p.code for p in mechanism.parties.all())),
        as_of=as_of, prepared=today, rounds=rounds, promises=_promises(rounds, as_of),
        theme_columns=columns, theme_rows=rows, hidden_rounds=hidden, sources=citations.sources,
    )
