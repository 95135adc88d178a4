"""Building a Meeting from its Reports: the values with most support, chairs as People.

``meeting_refresh`` recomputes every derived field of a meeting from the records of its
reports (``rapport.pipeline.consensus``) and re-applies reviewer corrections, which win.
Ingest does the same for a whole batch at once (``dialogues.assign``): ``refresh_fields``
on each meeting as reports arrive, then ``save_recomputed`` and one ``refresh_related`` for
every meeting the batch touched.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from django.db.models import Prefetch, prefetch_related_objects

from rapport.pipeline.consensus import ChairGroup, choose, choose_date, group_chairs
from rapport.pipeline.periods import parse_period
from rapport.pipeline.schema import dict_to_meeting, meeting_to_dict
from rapport.pipeline.types import Chair, MeetingRecord, NextMeeting, Place
from rapport.web.core.changelog import change_record_create, log_create_many
from rapport.web.core.models import ChangeAction
from rapport.web.core.services import party_ensure
from rapport.web.dialogues.corrected import (
    corrected_chairs,
    corrected_instruments,
    corrected_mechanism,
    corrected_next_meeting,
    corrected_parties,
    corrected_themes,
)
from rapport.web.dialogues.mechanisms import mechanism_resolve
from rapport.web.dialogues.models import Meeting, MeetingInstrument, MeetingTheme, Participation
from rapport.web.followup.models import Promise, PromiseKind
from rapport.web.followup.services import promise_sync_next_meeting
from rapport.web.people.batch import PeopleBatch
from rapport.web.people.models import Person

CORRECTABLE_FIELDS = (
    "date", "round", "place_city", "place_country", "mechanism", "parties", "themes", "instruments",
    "next_meeting", "chairs",
)
"""Fields a reviewer may set on a meeting (``meeting_field_correct``; the last six: ``dialogues.corrected``)."""


def sorted_records(records: Sequence[MeetingRecord]) -> list[MeetingRecord]:
    """Records in an order of their content alone, so ties between values never depend on arrival."""
    return sorted(records, key=lambda r: json.dumps(meeting_to_dict(r), sort_keys=True, ensure_ascii=False))


def meeting_records(meeting: Meeting) -> list[MeetingRecord]:
    """The records of a meeting's reports, in content order (``sorted_records``)."""
    return sorted_records([dict_to_meeting(r) for r in meeting.reports.values_list("record", flat=True)])


def chair_spellings(meeting: Meeting) -> tuple[Chair, ...]:
    """Every spelling of a stored meeting's chairs (their names and aliases), for matching."""
    return tuple(
        Chair(name=name, party=p.party.code if p.party else None)
        for p in meeting.participations.all()
        for name in [*(alias.name for alias in p.person.aliases.all()), p.person.name]
    )


def summary_of(meeting: Meeting, chairs: tuple[Chair, ...]) -> MeetingRecord:
    """A meeting as one record for matching: its chosen values and the given chair spellings."""
    place = Place(meeting.place_city or None, meeting.place_country or None)
    return MeetingRecord(
        mechanism=meeting.mechanism.name if meeting.mechanism else None,
        parties=tuple(meeting.party_key.split(",")),
        round=meeting.round,
        date=meeting.date or None,
        place=place if place.city or place.country else None,
        chairs=chairs,
    )


def meeting_summary(meeting: Meeting) -> MeetingRecord:
    """A stored meeting as one record for matching: chosen values and every chair spelling."""
    return summary_of(meeting, chair_spellings(meeting))


def meeting_refresh(meeting: Meeting) -> Meeting:
    """Recompute a meeting's values from its reports, then re-apply reviewer corrections."""
    records = meeting_records(meeting)
    if not records:
        return meeting
    # Reports may have moved (merge, split) since related rows were cached on this instance.
    getattr(meeting, "_prefetched_objects_cache", {}).clear()
    meeting.__dict__.pop("next_meeting_promises", None)
    before = meeting.snapshot()
    refresh_fields(meeting, records)
    save_recomputed(meeting, before)
    refresh_related([(meeting, records)])
    return meeting


def save_recomputed(meeting: Meeting, before: dict[str, object]) -> None:
    """Save a stored meeting whose recomputed values differ from ``before``, logging the change."""
    after = meeting.snapshot()
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    if not changed:
        return
    meeting.save()
    change_record_create(
        instance=meeting, action=ChangeAction.UPDATE, before={k: before.get(k) for k in changed},
        after=changed, message="values recomputed from reports",
    )


def refresh_fields(meeting: Meeting, records: list[MeetingRecord]) -> None:
    """Set the scalar fields from the reports' votes, corrections winning (the caller saves)."""
    date = choose_date([r.date for r in records])
    number = choose([r.round for r in records])
    city = choose([r.place.city for r in records if r.place])
    # The country follows the chosen city's reports, so the two never disagree.
    country = choose([
        r.place.country for r in records
        if r.place and (city.value is None or r.place.city == city.value)
    ])
    names = [r.mechanism for r in records if r.mechanism]
    meeting.mechanism = corrected_mechanism(meeting) or mechanism_resolve(
        names=names, parties=corrected_parties(meeting, records[0].parties))
    values: dict[str, Any] = {  # the reviewer's corrections (JSON) replace some below
        "date": date.value or "",
        "round": number.value,
        "place_city": city.value or "",
        "place_country": country.value or "",
    }
    values.update({k: v for k, v in meeting.corrections.items() if k in values})
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


def refresh_related(meetings: Sequence[tuple[Meeting, list[MeetingRecord]]]) -> None:
    """Recompute the chairs, themes, instruments and promise of stored meetings from their records.

    The related rows of all ``meetings`` are read in one prefetch, the people their chairs may
    be in one ``PeopleBatch``, and new rows are inserted in bulk at the end.
    """
    prefetch_related_objects(
        [meeting for meeting, _ in meetings],
        Prefetch("participations", queryset=Participation.objects.select_related("party", "person")),
        "themes", "instruments",
        Prefetch("promises", queryset=Promise.objects.filter(kind=PromiseKind.NEXT_MEETING),
                 to_attr="next_meeting_promises"),
    )
    groups = [group_chairs(records) for _, records in meetings]
    people = PeopleBatch(name for chairs in groups for group in chairs for name in [group.name, *group.names])
    chairs_of = [[(group, _chair_person(group, people)) for group in chairs] for chairs in groups]
    people.save_people()
    new_chairs: list[Participation] = []
    new_themes: list[MeetingTheme] = []
    new_promises: list[Promise] = []
    for (meeting, records), chairs in zip(meetings, chairs_of, strict=True):
        rows = meeting.corrections.get("chairs")
        new_chairs += _refresh_chairs(meeting, chairs, people) if rows is None else corrected_chairs(meeting, rows)
        new_themes += _refresh_themes(meeting, records)
        _refresh_instruments(meeting, records)
        _refresh_promise(meeting, records, new_promises)
    people.save_positions()
    Participation.objects.bulk_create(new_chairs)
    MeetingTheme.objects.bulk_create(new_themes)
    log_create_many(Promise.objects.bulk_create(new_promises))


def _chair_person(group: ChairGroup, people: PeopleBatch) -> Person:
    """The person a chair group names, with every spelling of the group as an alias."""
    person = people.resolve(group.name, group.party)
    people.add_aliases(person, group.party, dict.fromkeys(group.names))
    return person


def _refresh_chairs(
    meeting: Meeting, chairs: list[tuple[ChairGroup, Person]], people: PeopleBatch
) -> list[Participation]:
    """Set the meeting's chair participations from its chair groups and the people they name.

    Changed participations are saved and dropped ones deleted here; new ones are returned unsaved.
    """
    current = list(meeting.participations.all())
    existing = {p.person_id: p for p in current if p.role == "chair"}
    kept: set[int] = set()
    new: list[Participation] = []
    for group, person in chairs:
        position = group.position.value or ""
        if position:
            people.position(person, position, meeting.date_start)
        # A chair no report gives a party for sits for the party the person is known by.
        party = party_ensure(code=group.party) if group.party else person.party
        values = (party.pk if party else None, position[:400], len(group.reports))
        participation = existing.get(person.pk)
        if participation is None:
            participation = existing[person.pk] = Participation(meeting=meeting, person=person, role="chair")
            new.append(participation)
        if participation.pk is None:  # new in this refresh: the last group naming the person sets it
            participation.party, participation.position, participation.support = party, *values[1:]
            continue
        kept.add(participation.pk)
        if (participation.party_id, participation.position, participation.support) != values:
            participation.party, participation.position, participation.support = party, *values[1:]
            participation.save(update_fields=["party", "position", "support"])
    if any(p.pk not in kept for p in current):
        meeting.participations.exclude(pk__in=kept).delete()
    return new


def _refresh_themes(meeting: Meeting, records: list[MeetingRecord]) -> list[MeetingTheme]:
    """Bring the meeting's themes and their support in line with its records; new rows returned unsaved."""
    counts = corrected_themes(meeting, Counter(theme for r in records for theme in set(r.themes)))
    stored = {row.theme: row for row in meeting.themes.all()}
    gone = [row.pk for theme, row in stored.items() if theme not in counts]
    if gone:
        MeetingTheme.objects.filter(pk__in=gone).delete()
    changed = [row for theme, row in stored.items() if theme in counts and row.support != counts[theme]]
    for row in changed:
        row.support = counts[row.theme]
    if changed:
        MeetingTheme.objects.bulk_update(changed, ["support"])
    return [MeetingTheme(meeting=meeting, theme=theme, support=n) for theme, n in counts.items() if theme not in stored]


def _refresh_instruments(meeting: Meeting, records: list[MeetingRecord]) -> None:
    """Bring the meeting's instruments in line with its records (one per kind and folded title)."""
    groups: dict[tuple[str, str], list[str | None]] = {}
    titles: dict[tuple[str, str], str] = {}
    for record in records:
        for item in record.instruments:
            key = (item.kind[:50], " ".join(item.title.casefold().split()))
            groups.setdefault(key, []).append(item.date)
            titles.setdefault(key, item.title[:500])
    wanted = corrected_instruments(meeting, {
        key: (titles[key], choose_date(dates).value or "", len(dates)) for key, dates in groups.items()
    })
    stored = list(meeting.instruments.all())
    if [(r.kind, r.title, r.date, r.support) for r in stored] == sorted((k[0], *v) for k, v in wanted.items()):
        return  # the usual case once a meeting has its reports: nothing to write
    meeting.instruments.all().delete()
    MeetingInstrument.objects.bulk_create(
        MeetingInstrument(meeting=meeting, kind=key[0], title=title, date=when, support=support)
        for key, (title, when, support) in wanted.items()
    )


def _refresh_promise(meeting: Meeting, records: list[MeetingRecord], created: list[Promise]) -> None:
    nexts = [r.next_meeting for r in records if r.next_meeting]
    date = choose_date([n.date for n in nexts]).value
    city = choose([n.place.city for n in nexts if n.place]).value
    country = choose([n.place.country for n in nexts if n.place]).value
    place = Place(city, country) if city or country else None
    chosen = NextMeeting(date=date, place=place) if nexts else None
    promise_sync_next_meeting(meeting=meeting, next_meeting=corrected_next_meeting(meeting, chosen), created=created)
