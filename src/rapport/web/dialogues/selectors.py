"""Reads on dialogues: meeting lists and details, dialogues with their counts, timelines, themes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from django.db.models import Count, Exists, Max, Min, OuterRef, Prefetch, Q, QuerySet

from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.core.models import Party
from rapport.web.core.users import Visitor
from rapport.web.dialogues.field_values import FieldValues, collect_field_values
from rapport.web.dialogues.models import Mechanism, Meeting, MeetingTheme, Participation
from rapport.web.dialogues.visibility import visible_mechanisms, visible_meetings
from rapport.web.followup.models import Promise
from rapport.web.sources.models import Report, Source
from rapport.web.sources.visibility import visible_sources


@dataclass(frozen=True)
class MeetingFilters:
    """What a meeting list can be narrowed by; every field optional."""

    mechanism: int | None = None
    party: str | None = None
    year: int | None = None
    status: str | None = None
    published_only: bool = False
    q: str | None = None
    """Words of the dialogue's name, the place or a chair's name."""
    theme: str | None = None
    date_from: date | None = None
    """Meetings that may fall on or after this day (their last day is not before it)."""
    date_to: date | None = None


def meeting_conditions(f: MeetingFilters) -> Q:
    """The filters as one condition on meetings (empty when none is set)."""
    conditions = Q()
    for value, lookup in (
        (f.party and f.party.upper(), "parties__code"), (f.mechanism, "mechanism_id"), (f.theme, "themes__theme"),
        (f.year, "date_start__year"), (f.date_from, "date_end__gte"), (f.date_to, "date_start__lte"),
        (f.status, "review_status"), (f.published_only, "published"),
    ):
        if value:
            conditions &= Q(**{lookup: value})
    if f.q and f.q.strip():
        words = f.q.strip()
        conditions &= (Q(mechanism__name__icontains=words) | Q(place_city__icontains=words)
                       | Q(participations__person__name__icontains=words))
    return conditions


def meetings_narrowed(meetings: QuerySet[Meeting], filters: MeetingFilters) -> QuerySet[Meeting]:
    """``meetings`` narrowed by ``filters``, each once (a meeting has several parties, themes, chairs)."""
    conditions = meeting_conditions(filters)
    return meetings.filter(conditions).distinct() if conditions else meetings


def meeting_list(*, filters: MeetingFilters | None = None) -> QuerySet[Meeting]:
    """Meetings matching ``filters``, in date order, with their mechanism and counts."""
    f = filters or MeetingFilters()
    meetings = Meeting.objects.select_related("mechanism").annotate(report_count=Count("reports"))
    return meetings_narrowed(meetings, f).order_by("date_start", "id")


def meetings_for(*, user: Visitor | None, filters: MeetingFilters | None = None) -> QuerySet[Meeting]:
    """The meetings ``user`` may see that ``filters`` select, in date order (the API's meeting list)."""
    return meetings_narrowed(visible_meetings(user), filters or MeetingFilters()).order_by("date_start", "id")


def meeting_by_id(*, meeting_id: int) -> Meeting | None:
    """The meeting numbered ``meeting_id``, whatever its status (for editors' actions); None when none."""
    return Meeting.objects.filter(pk=meeting_id).first()


def meetings_by_ids(*, meeting_ids: list[int]) -> QuerySet[Meeting]:
    """The meetings numbered ``meeting_ids`` with their dialogue (those an ingest stored, say)."""
    return Meeting.objects.filter(pk__in=meeting_ids).select_related("mechanism")


def recent_meetings(*, user: Visitor | None, limit: int) -> list[Meeting]:
    """The latest ``limit`` meetings ``user`` may see, with their dialogue and parties (the home page)."""
    meetings = visible_meetings(user).select_related("mechanism").prefetch_related("parties")
    return list(meetings.order_by("-date_start", "-id")[:limit])


def meeting_detail(*, meeting_id: int) -> Meeting:
    """One meeting with everything its page shows prefetched (raises Meeting.DoesNotExist)."""
    return (
        Meeting.objects.select_related("mechanism")
        .prefetch_related(
            "parties", "themes", "instruments", "participations__person", "participations__party",
            "promises__fulfilled_by",
            Prefetch("reports", queryset=Report.objects.select_related("source").order_by("id")),
            # each source's record lists all the meetings it reports (the API's detail)
            Prefetch("reports__source__reports", queryset=Report.objects.only("id", "source_id", "meeting_id")),
        )
        .get(pk=meeting_id)
    )


def meeting_visible(*, user: Visitor | None, meeting_id: int) -> Meeting | None:
    """One meeting ``user`` may see, loaded as ``meeting_detail`` loads it; None when there is none."""
    if not visible_meetings(user).filter(pk=meeting_id).exists():
        return None
    return meeting_detail(meeting_id=meeting_id)


@dataclass(frozen=True)
class MeetingPage:
    """What a meeting's page shows besides its own fields: reports, promises, chairs and more."""

    meeting: Meeting
    reports: list[Report]
    """Oldest source first."""
    next_promise: Promise | None
    chairs: QuerySet[Participation]
    promises: QuerySet[Promise]
    fulfils: QuerySet[Promise]


def meeting_page(*, user: Visitor, meeting_id: int) -> MeetingPage | None:
    """A meeting for its page, if ``user`` may see it (signed-in users see rejected ones too)."""
    meetings = Meeting.objects.all() if user.is_authenticated else visible_meetings(user)
    meeting = meetings.select_related("mechanism").filter(pk=meeting_id).first()
    if meeting is None:
        return None
    return MeetingPage(
        meeting=meeting,
        reports=list(meeting.reports.select_related("source").order_by("source__published", "id")),
        next_promise=meeting.promises.filter(kind="next_meeting").select_related("fulfilled_by").first(),
        chairs=meeting.participations.select_related("person", "party").order_by("party__code", "person__name"),
        promises=meeting.promises.select_related("meeting", "fulfilled_by").all(),
        fulfils=meeting.fulfils.select_related("meeting", "meeting__mechanism").all(),
    )


def merge_candidates(*, user: Visitor | None, meeting: Meeting) -> list[Meeting]:
    """Other meetings of the same parties within a year of this one: likely duplicates."""
    others = visible_meetings(user).filter(party_key=meeting.party_key).exclude(pk=meeting.pk)
    if meeting.date_start:
        year = timedelta(days=366)
        others = others.filter(date_start__gte=meeting.date_start - year, date_start__lte=meeting.date_start + year)
    return list(others.select_related("mechanism").order_by("date_start")[:20])


ACTIVE_YEARS = 3  # a dialogue with no round for this long, and no round promised, is dormant


@dataclass(frozen=True)
class MechanismFilters:
    """What a dialogue list can be narrowed by; every field optional."""

    party: str = ""
    theme: str = ""
    activity: str = ""
    """``active`` or ``dormant`` (see ``ACTIVE_YEARS``); anything else keeps both."""
    q: str = ""
    """Words of the dialogue's name."""


def mechanism_list(
    *, user: Visitor | None, filters: MechanismFilters | None = None, recent_first: bool = False,
) -> QuerySet[Mechanism]:
    """Dialogues ``user`` may see with their visible meetings' count and first and last dates,
    filtered; by name, or by the latest meeting first (``recent_first``), with parties loaded."""
    f = filters or MechanismFilters()
    seen = meeting_filter_for(user, "meetings__")
    mechanisms = visible_mechanisms(user).annotate(
        meeting_count=Count("meetings", filter=seen, distinct=True),
        first=Min("meetings__date_start", filter=seen),
        last=Max("meetings__date_start", filter=seen),
    )
    if f.party:
        mechanisms = mechanisms.filter(parties__code=f.party.upper())
    if f.theme:
        themed = visible_meetings(user, Meeting.objects.filter(mechanism=OuterRef("pk"), themes__theme=f.theme))
        mechanisms = mechanisms.filter(Exists(themed))
    if f.q.strip():
        mechanisms = mechanisms.filter(name__icontains=f.q.strip())
    if f.activity in {"active", "dormant"}:
        pending = Promise.objects.filter(meeting__mechanism=OuterRef("pk"), status="pending")
        recent = date.today() - timedelta(days=365 * ACTIVE_YEARS)
        is_active = Q(last__gte=recent) | Q(Exists(pending))
        mechanisms = mechanisms.filter(is_active) if f.activity == "active" else mechanisms.exclude(is_active)
    order = ("-last", "name") if recent_first else ("name", "id")
    return mechanisms.prefetch_related("parties").order_by(*order)


def mechanism_visible(*, user: Visitor | None, mechanism_id: int) -> Mechanism | None:
    """One dialogue ``user`` may see, with its counts and parties; None when there is none."""
    return mechanism_list(user=user).filter(pk=mechanism_id).first()


def mechanism_meetings(*, user: Visitor | None, mechanism: Mechanism) -> QuerySet[Meeting]:
    """The meetings of a dialogue ``user`` may see, in date order."""
    return visible_meetings(user, mechanism.meetings.all()).order_by("date_start", "round", "id")


def mechanism_meetings_with_chairs(*, user: Visitor | None, mechanism: Mechanism) -> list[Meeting]:
    """``mechanism_meetings`` with chairs (by party, then name) and themes loaded, for its page."""
    chairs = Participation.objects.select_related("person", "party").order_by("party__code", "person__name")
    meetings = mechanism_meetings(user=user, mechanism=mechanism)
    return list(meetings.prefetch_related(Prefetch("participations", queryset=chairs), "themes"))


def mechanism_sources(*, user: Visitor | None, meetings: list[Meeting]) -> QuerySet[Source]:
    """The sources ``user`` may see that report any of ``meetings``, newest first."""
    return (
        visible_sources(user).filter(reports__meeting__in=[m.pk for m in meetings])
        .distinct().order_by("-published", "id")
    )


def party_list(*, user: Visitor | None) -> QuerySet[Party]:
    """Parties with the number of dialogues ``user`` may see that they take part in (``dialogues``)."""
    visible = visible_mechanisms(user).values("pk")
    return (
        Party.objects.annotate(dialogues=Count("mechanisms", filter=Q(mechanisms__in=visible), distinct=True))
        .filter(dialogues__gt=0).order_by("code")
    )


def parties_with_dialogues() -> QuerySet[Party]:
    """Parties of any dialogue, by code (the choices of the dialogue list's party filter)."""
    return Party.objects.filter(mechanisms__isnull=False).distinct().order_by("code")


def mechanism_choices(*, user: Visitor | None) -> list[tuple[int, str]]:
    """(id, name) of each dialogue ``user`` may see, by name: the choices of dialogue filters."""
    return list(visible_mechanisms(user).order_by("name").values_list("pk", "name"))


def parties_with_meetings() -> list[str]:
    """The codes of parties to any meeting, in order (the choices of country filters)."""
    return list(Party.objects.filter(meetings__isnull=False).distinct().order_by("code").values_list("code", flat=True))


def theme_year_counts(*, user: Visitor | None) -> list[tuple[str, int, int]]:
    """(theme, year, number of meetings) over the dated meetings ``user`` may see."""
    rows = (
        MeetingTheme.objects.filter(meeting_filter_for(user, "meeting__"), meeting__date_start__isnull=False)
        .values("theme", "meeting__date_start__year")
        .annotate(n=Count("meeting", distinct=True))
    )
    return [(r["theme"], r["meeting__date_start__year"], r["n"]) for r in rows]


def theme_dialogue_counts(*, user: Visitor | None) -> dict[str, int]:
    """Per theme, how many dialogues raised it at a meeting ``user`` may see."""
    return dict(
        MeetingTheme.objects.filter(meeting_filter_for(user, "meeting__"))
        .values_list("theme").annotate(n=Count("meeting__mechanism", distinct=True))
    )


def theme_meeting_counts(*, user: Visitor | None) -> list[tuple[str, int]]:
    """(theme, number of meetings ``user`` may see that raised it), most frequent first."""
    counts = (MeetingTheme.objects.filter(meeting__in=visible_meetings(user)).values("theme")
              .annotate(n=Count("meeting", distinct=True)).order_by("-n", "theme"))
    return [(c["theme"], c["n"]) for c in counts]


def theme_stored(*, theme: str) -> bool:
    """Whether any meeting holds ``theme`` (a theme no longer in the vocabulary may)."""
    return MeetingTheme.objects.filter(theme=theme).exists()


def theme_meetings(*, user: Visitor | None, theme: str) -> QuerySet[Meeting]:
    """The meetings ``user`` may see that raised ``theme``, newest first, with their dialogue."""
    return (
        visible_meetings(user).filter(themes__theme=theme)
        .select_related("mechanism").order_by("-date_start", "-id")
    )


@dataclass(frozen=True)
class TimelineEntry:
    """A meeting on its mechanism's timeline, with its round (inferred when certain)."""

    meeting: Meeting
    round: int | None
    round_inferred: bool


def _infer_rounds(rounds: list[int | None]) -> list[int | None]:
    """Fill unknown rounds where the series makes them certain (no room for a gap)."""
    known = [(i, r) for i, r in enumerate(rounds) if r is not None]
    filled = list(rounds)
    for (i, a), (j, b) in pairwise(known):
        if b - a == j - i:  # exactly as many meetings between as rounds between
            for k in range(i + 1, j):
                filled[k] = a + (k - i)
    if known and known[0][1] == known[0][0] + 1:  # all earlier rounds are present
        for k in range(known[0][0]):
            filled[k] = k + 1
    return filled


def mechanism_timeline(*, mechanism: Mechanism) -> list[TimelineEntry]:
    """The mechanism's meetings (rejected left out) in date order, rounds filled in when certain."""
    meetings = list(
        mechanism.meetings.exclude(review_status="rejected")
        .prefetch_related("participations__person", "promises")
        .order_by("date_start", "round", "id")
    )
    dated = [m for m in meetings if m.date_start] + [m for m in meetings if not m.date_start]
    rounds = _infer_rounds([m.round for m in dated])
    return [
        TimelineEntry(meeting=m, round=r, round_inferred=m.round is None and r is not None)
        for m, r in zip(dated, rounds, strict=True)
    ]


def next_meeting_promise(meeting: Meeting) -> Promise | None:
    """The meeting's promise of a next meeting, from its promises as loaded (prefetched or not)."""
    return next((p for p in meeting.promises.all() if p.kind == "next_meeting"), None)


def meeting_field_values(
    *, meeting: Meeting, reports: list[Report] | None = None, promise: Promise | None = None,
) -> list[FieldValues]:
    """Each field's values across the meeting's reports, with sources; conflicts visible.

    ``reports`` (with their sources) and ``promise`` (the next-meeting promise) are read here
    when the caller has not loaded them.
    """
    if reports is None:
        # A page of meetings (the review queue) prefetches their reports and promises.
        loaded = getattr(meeting, "_prefetched_objects_cache", {})
        if "reports" in loaded and "promises" in loaded:
            reports = sorted(meeting.reports.all(), key=lambda report: report.pk)
            promise = next_meeting_promise(meeting)
        else:
            reports = list(meeting.reports.select_related("source").order_by("id"))
            promise = meeting.promises.filter(kind="next_meeting").first()
    return collect_field_values(meeting, reports, promise)
