"""Building a Meeting from its Reports: the values with most support, chairs as People.

``meeting_refresh`` recomputes every derived field of a meeting from the records of its
reports (``rapport.pipeline.consensus``) and re-applies reviewer corrections, which win.
``meeting_for_record`` finds the meeting a new report belongs to (``rapport.pipeline.merge``)
among the few of the same parties near its date, or creates one.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from django.db.models import Q

from rapport.pipeline.consensus import choose, choose_date, group_chairs
from rapport.pipeline.mechanisms_canon import party_key
from rapport.pipeline.merge import DATE_SLACK_DAYS, match_meeting
from rapport.pipeline.periods import parse_period
from rapport.pipeline.schema import dict_to_meeting
from rapport.pipeline.types import Chair, MeetingRecord, NextMeeting, Place
from rapport.web.core.changelog import log_create, logged_change
from rapport.web.core.services import party_ensure
from rapport.web.dialogues.mechanisms import mechanism_resolve
from rapport.web.dialogues.models import Meeting, MeetingInstrument, MeetingTheme, Participation
from rapport.web.people.models import PersonAlias
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
    meetings = Meeting.objects.filter(party_key=party_key(record.parties))
    period = parse_period(record.date)
    if period is not None:
        slack = timedelta(days=DATE_SLACK_DAYS)
        meetings = meetings.filter(
            Q(date_start__isnull=True)
            | Q(date_start__lte=period.end + slack, date_end__gte=period.start - slack)
        )
    return list(
        meetings.select_related("mechanism").prefetch_related(
            "participations__party", "participations__person__aliases"
        )
    )


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
    kept: list[int] = []
    for group in group_chairs(records):
        person = person_resolve(name=group.name, party=group.party)
        for spelling in set(group.names):
            if not PersonAlias.objects.filter(name=spelling, party__code=group.party).exists():
                PersonAlias.objects.get_or_create(
                    person=person, name=spelling, defaults={"party": person.party}
                )
        position = group.position.value or ""
        if position:
            position_record(person=person, title=position, seen_on=meeting.date_start)
        participation, _ = Participation.objects.update_or_create(
            meeting=meeting, person=person, role="chair",
            defaults={
                "party": party_ensure(code=group.party) if group.party else None,
                "position": position[:400],
                "support": len(group.reports),
            },
        )
        kept.append(participation.pk)
    meeting.participations.exclude(pk__in=kept).delete()


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
