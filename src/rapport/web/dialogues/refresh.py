"""Building a Meeting from its Reports: the values with most support, chairs as People.

``meeting_refresh`` recomputes every derived field of a meeting from the records of its
reports (``rapport.pipeline.consensus``) and re-applies reviewer corrections, which win.
``meeting_for_record`` finds the meeting a new report belongs to (``rapport.pipeline.merge``)
among the few of the same parties near its date, or creates one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from django.db import connection
from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects

from rapport.pipeline.consensus import ChairGroup, choose, choose_date, group_chairs
from rapport.pipeline.mechanisms_canon import party_key
from rapport.pipeline.merge import DATE_SLACK_DAYS, match_meeting
from rapport.pipeline.periods import parse_period
from rapport.pipeline.schema import dict_to_meeting
from rapport.pipeline.types import Chair, MeetingRecord, NextMeeting, Place
from rapport.web.core.changelog import log_create, logged_change
from rapport.web.core.models import Party
from rapport.web.core.services import party_ensure, party_find
from rapport.web.dialogues.mechanisms import mechanism_resolve
from rapport.web.dialogues.models import Meeting, MeetingInstrument, MeetingTheme, Participation
from rapport.web.people.models import Person, PersonAlias
from rapport.web.people.services import person_resolve, position_record

CORRECTABLE_FIELDS = ("date", "round", "place_city", "place_country")
"""Fields a reviewer may set on a meeting (``meeting_field_correct``)."""


def meeting_records(meeting: Meeting) -> list[MeetingRecord]:
    """The records of a meeting's reports, oldest report first."""
    return [dict_to_meeting(r.record) for r in meeting.reports.order_by("id")]


def meeting_summary(meeting: Meeting) -> MeetingRecord:
    """A meeting as one record for matching: chosen values and every chair spelling."""
    chairs = tuple(
        Chair(name=alias.name, party=p.party.code if p.party_id else None)
        for p in meeting.participations.all()
        for alias in [*p.person.aliases.all(), p.person]
    )
    place = Place(meeting.place_city or None, meeting.place_country or None)
    return MeetingRecord(
        mechanism=meeting.mechanism.name if meeting.mechanism_id else None,
        parties=tuple(meeting.party_key.split(",")),
        round=meeting.round,
        date=meeting.date or None,
        place=place if place.city or place.country else None,
        chairs=chairs,
    )


def _candidates(record: MeetingRecord) -> list[Meeting]:
    """Meetings of the same parties whose dates could match the record's (or are unknown)."""
    meetings = Meeting.objects.filter(party_key=party_key(record.parties)).select_related("mechanism")
    period = parse_period(record.date)
    if period is None:
        found = list(meetings)
    else:
        found = _dated_or_undated(meetings, record, period.start, period.end)
    # One prefetch for both lists; meeting_refresh reuses these participations too.
    chairs = Participation.objects.select_related("party", "person")
    prefetch_related_objects(
        found, Prefetch("participations", queryset=chairs), "participations__person__aliases",
        "participations__person__positions",
    )
    return found


def _dated_or_undated(
    meetings: QuerySet[Meeting], record: MeetingRecord, start: date, end: date
) -> list[Meeting]:
    """``meetings`` dated near start..end, and undated ones of a compatible round."""
    # Two queries, not "date_start IS NULL OR range": the OR defeats the (party_key,
    # date_start) index. A different round never matches (merge.compare), so undated
    # meetings of another round need not be loaded.
    slack = timedelta(days=DATE_SLACK_DAYS)
    dated = list(meetings.filter(date_start__lte=end + slack, date_end__gte=start - slack))
    undated = meetings.filter(date_start__isnull=True)
    if record.round is not None:
        undated = undated.filter(Q(round__isnull=True) | Q(round=record.round))
    # Keep the order of the single query (date_start, id), wherever the database puts NULLs.
    if connection.features.nulls_order_largest:
        return dated + list(undated)
    return list(undated) + dated


def meeting_for_record(record: MeetingRecord) -> Meeting:
    """The meeting a new report's record belongs to: a matching one, else a new draft."""
    if party_key(record.parties):
        candidates = _candidates(record)
        found = match_meeting(record, [meeting_summary(m) for m in candidates])
        if found is not None:
            return candidates[found]
    meeting = Meeting.objects.create(party_key=party_key(record.parties))
    meeting.parties.set([party_ensure(code=c) for c in record.parties])
    log_create(meeting)
    return meeting


def meeting_refresh(meeting: Meeting) -> Meeting:
    """Recompute a meeting's values from its reports, then re-apply reviewer corrections."""
    records = meeting_records(meeting)
    if not records:
        return meeting
    with logged_change(meeting, message="values recomputed from reports"):
        _refresh_fields(meeting, records)
        meeting.save()
    _refresh_chairs(meeting, records)
    _refresh_themes(meeting, records)
    _refresh_instruments(meeting, records)
    _refresh_promise(meeting, records)
    return meeting


def _refresh_fields(meeting: Meeting, records: list[MeetingRecord]) -> None:
    """Set the scalar fields from the reports' votes, corrections winning."""
    date = choose_date([r.date for r in records])
    number = choose([r.round for r in records])
    city = choose([r.place.city for r in records if r.place])
    # The country follows the chosen city's reports, so the two never disagree.
    country = choose([
        r.place.country for r in records
        if r.place and (city.value is None or r.place.city == city.value)
    ])
    names = [r.mechanism for r in records if r.mechanism]
    meeting.mechanism = mechanism_resolve(names=names, parties=records[0].parties)
    values = {
        "date": date.value or "",
        "round": number.value,
        "place_city": city.value or "",
        "place_country": country.value or "",
    }
    values.update(meeting.corrections)
    meeting.date, meeting.round = values["date"], values["round"]
    meeting.place_city, meeting.place_country = values["place_city"], values["place_country"]
    period = parse_period(meeting.date)
    meeting.date_start = period.start if period else None
    meeting.date_end = period.end if period else None
    meeting.support = {
        "reports": len(records),
        "date": date.support,
        "round": number.support,
        "place": city.support if city.value else country.support,
    }


def _refresh_chairs(meeting: Meeting, records: list[MeetingRecord]) -> None:
    """Resolve each chairing person once, with every spelling as an alias and chosen position."""
    # A meeting from _candidates has its participations (people, aliases) prefetched.
    current = list(meeting.participations.all())
    existing = {p.person_id: p for p in current if p.role == "chair"}
    kept: set[int] = set()
    seen: set[int] = set()
    for group in group_chairs(records):
        person = _known_chair(existing.values(), group)
        if person is None:
            person = person_resolve(name=group.name, party=group.party)
            _add_aliases(person, group.party, set(group.names))
        position = group.position.value or ""
        if position:
            if person.pk in seen:
                # Positions prefetched with the meeting miss one just recorded for this person.
                getattr(person, "_prefetched_objects_cache", {}).pop("positions", None)
            seen.add(person.pk)
            position_record(person=person, title=position, seen_on=meeting.date_start)
        party = party_ensure(code=group.party) if group.party else None
        kept.add(_participation_set(meeting, existing, person, party, position, len(group.reports)))
    if any(p.pk not in kept for p in current):
        meeting.participations.exclude(pk__in=kept).delete()


def _known_chair(chairs: Iterable[Participation], group: ChairGroup) -> Person | None:
    """The chair already in the meeting whose aliases hold every spelling of ``group``.

    ``person_resolve`` would return that person (a spelling is an alias of one person per
    party) and ``_add_aliases`` would add nothing, so both can be skipped.
    """
    party = party_find(code=group.party) if group.party else None
    if group.party and party is None:
        return None  # no alias can name a party not yet stored
    party_id = party.pk if party else None
    wanted = {" ".join(group.name.split()), *group.names}
    for chair in chairs:
        own = {a.name for a in chair.person.aliases.all() if a.party_id == party_id}
        if wanted <= own:
            return chair.person
    return None


def _add_aliases(person: Person, party: str | None, spellings: set[str]) -> None:
    """Record each spelling as an alias of ``person`` unless some alias in the party has it."""
    # The person's own aliases answer most spellings in one query; only others are looked up.
    own = {name for name, code in person.aliases.values_list("name", "party__code") if code == party}
    for spelling in [s for s in spellings if s not in own]:
        if not PersonAlias.objects.filter(name=spelling, party__code=party).exists():
            PersonAlias.objects.get_or_create(
                person=person, name=spelling, defaults={"party": person.party}
            )


def _participation_set(
    meeting: Meeting, existing: dict[int, Participation], person: Person,
    party: Party | None, position: str, support: int,
) -> int:
    """Create or update ``person``'s chair participation (writing only on change); its pk."""
    participation = existing.get(person.pk)
    values = (party.pk if party else None, position[:400], support)
    if participation is None:
        participation = existing[person.pk] = Participation.objects.create(
            meeting=meeting, person=person, role="chair",
            party=party, position=values[1], support=support,
        )
    elif (participation.party_id, participation.position, participation.support) != values:
        participation.party, participation.position, participation.support = party, *values[1:]
        participation.save(update_fields=["party", "position", "support"])
    return participation.pk


def _refresh_themes(meeting: Meeting, records: list[MeetingRecord]) -> None:
    counts = Counter(theme for r in records for theme in set(r.themes))
    meeting.themes.all().delete()
    MeetingTheme.objects.bulk_create(
        MeetingTheme(meeting=meeting, theme=theme, support=n) for theme, n in counts.items()
    )


def _refresh_instruments(meeting: Meeting, records: list[MeetingRecord]) -> None:
    groups: dict[tuple[str, str], list[str | None]] = {}
    titles: dict[tuple[str, str], str] = {}
    for record in records:
        for item in record.instruments:
            key = (item.kind, " ".join(item.title.casefold().split()))
            groups.setdefault(key, []).append(item.date)
            titles.setdefault(key, item.title[:500])
    meeting.instruments.all().delete()
    MeetingInstrument.objects.bulk_create(
        MeetingInstrument(
            meeting=meeting, kind=key[0][:50], title=titles[key],
            date=choose_date(dates).value or "", support=len(dates),
        )
        for key, dates in groups.items()
    )


def _refresh_promise(meeting: Meeting, records: list[MeetingRecord]) -> None:
    from rapport.web.followup.services import promise_sync_next_meeting

    nexts = [r.next_meeting for r in records if r.next_meeting]
    date = choose_date([n.date for n in nexts]).value
    city = choose([n.place.city for n in nexts if n.place]).value
    country = choose([n.place.country for n in nexts if n.place]).value
    place = Place(city, country) if city or country else None
    chosen = NextMeeting(date=date, place=place) if nexts else None
    promise_sync_next_meeting(meeting=meeting, next_meeting=chosen)
