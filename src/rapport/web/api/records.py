"""Models into the API's shapes: one builder per kind, shared by the API's answers and the exports.

The shapes are declared once, as the schemas of ``schemas.py`` (which the OpenAPI document
shows); each builder here takes a model instance loaded with ``PREFETCH[kind]`` and fills in
its schema, and ``records_of`` gives them as plain JSON-safe dicts for lists and exports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, cast

from django.db.models import Count, Prefetch, QuerySet
from ninja import Schema

from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.api.schemas import (
    Chair,
    DatedRef,
    DialogueOut,
    FieldOut,
    FieldValueOut,
    Instrument,
    MeetingDetailOut,
    MeetingOut,
    PersonOut,
    Place,
    PromiseOut,
    Ref,
    SourceOut,
)
from rapport.web.core.users import Visitor
from rapport.web.dialogues.field_values import FieldValues
from rapport.web.dialogues.models import Mechanism, Meeting, MeetingInstrument, Participation
from rapport.web.followup.models import Promise, PromiseStatus
from rapport.web.people.models import Person
from rapport.web.sources.models import Report, Source

ReviewStatus = Literal["draft", "confirmed", "rejected"]
PromiseKind = Literal["next_meeting", "other"]


def _date(value: Any) -> str | None:
    return value.isoformat() if value else None


def _place(city: str, country: str) -> Place | None:
    return Place(city=city or None, country=country or None) if city or country else None


def mechanism_record(m: Mechanism) -> DialogueOut:
    """A dialogue: name, aliases, parties and its rounds' span."""
    return DialogueOut(
        id=m.pk, name=m.name, aliases=list(m.aliases or []),
        parties=sorted(p.code for p in m.parties.all()), cadence=m.cadence,
        meeting_count=getattr(m, "meeting_count", None),
        first_date=_date(getattr(m, "first", None)), last_date=_date(getattr(m, "last", None)),
    )


def chair_record(p: Participation) -> Chair:
    """A head of delegation at a meeting."""
    return Chair(person_id=p.person_id, name=p.person.name,
                 party=p.party.code if p.party else None, position=p.position)


def meeting_record(m: Meeting) -> MeetingOut:
    """A meeting's chosen values: when, where, who chaired, which themes."""
    return MeetingOut(
        id=m.pk,
        dialogue=Ref(id=m.mechanism.pk, name=m.mechanism.name) if m.mechanism else None,
        parties=sorted(p.code for p in m.parties.all()), round=m.round, date=m.date or None,
        date_start=_date(m.date_start), date_end=_date(m.date_end),
        place=_place(m.place_city, m.place_country), review_status=cast(ReviewStatus, m.review_status),
        published=m.published, themes=sorted(t.theme for t in m.themes.all()),
        chairs=[chair_record(p) for p in m.participations.all() if p.role == "chair"],
        source_count=len({r.source_id for r in m.reports.all()}),
    )


def instrument_record(i: MeetingInstrument) -> Instrument:
    """A law, plan or statement named at a meeting, with how many reports name it."""
    return Instrument(kind=i.kind, title=i.title, date=i.date or None, support=i.support)


def field_record(f: FieldValues) -> FieldOut:
    """A meeting field's chosen value and every value its reports give (``field_values.py``)."""
    return FieldOut(name=f.name, chosen=f.chosen, corrected=f.corrected, conflict=f.conflict, values=[
        FieldValueOut(value=v.value, sources=v.sources, chosen=v.chosen) for v in f.values])


def meeting_detail_record(m: Meeting, fields: list[FieldValues]) -> MeetingDetailOut:
    """A meeting loaded by ``dialogues.selectors.meeting_detail``, with its sources and ``fields``."""
    sources = {r.source.pk: r.source for r in m.reports.all()}
    return MeetingDetailOut(
        **dict(meeting_record(m)),
        instruments=[instrument_record(i) for i in m.instruments.all()],
        promises=[promise_record(p) for p in m.promises.all()],
        sources=[source_record(s) for _, s in sorted(sources.items())],
        fields=[field_record(f) for f in fields], corrections=dict(m.corrections or {}),
    )


def person_record(p: Person) -> PersonOut:
    """A person: name, party, spellings and how many meetings they chaired."""
    return PersonOut(id=p.pk, name=p.name, party=p.party.code if p.party else None,
                     aliases=sorted({a.name for a in p.aliases.all()}),
                     positions=[x.title for x in p.positions.all()],
                     meeting_count=getattr(p, "meeting_count", None))


def _dated(meeting: Meeting | None) -> DatedRef | None:
    return DatedRef(id=meeting.pk, date=meeting.date or None) if meeting else None


def promise_record(p: Promise) -> PromiseOut:
    """A promise with the meeting that made it and its status."""
    made = p.meeting
    return PromiseOut(
        id=p.pk, kind=cast(PromiseKind, p.kind), description=p.description, due=p.due or None,
        due_by=_date(p.due_by), place=_place(p.place_city, p.place_country),
        status=cast(PromiseStatus, p.status), status_as_of=_date(p.status_as_of), manual=p.manual,
        meeting=DatedRef(id=p.meeting_id, date=made.date or None),
        dialogue=Ref(id=made.mechanism.pk, name=made.mechanism.name) if made.mechanism else None,
        fulfilled_by=_dated(p.fulfilled_by),
    )


def source_record(s: Source) -> SourceOut:
    """A source document's metadata (not its text) and the meetings it reports."""
    return SourceOut(
        id=s.pk, reference=s.reference, url=s.url or None, outlet=s.outlet or None,
        title=s.title or None, published=s.published or None, language=s.language,
        meeting_ids=sorted({r.meeting_id for r in s.reports.all() if r.meeting_id is not None}),
    )


def _chairs() -> Prefetch[str, QuerySet[Participation]]:
    return Prefetch("participations", queryset=Participation.objects.select_related("person", "party"))


# Any: each kind's queryset is of its own model.
PREFETCH: dict[str, Callable[[QuerySet[Any]], QuerySet[Any]]] = {
    "dialogues": lambda qs: qs.prefetch_related("parties"),
    "meetings": lambda qs: qs.select_related("mechanism").prefetch_related(
        "parties", "themes", _chairs(), Prefetch("reports", queryset=Report.objects.only("id", "source_id", "meeting_id"))),
    "people": lambda qs: qs.select_related("party").prefetch_related("aliases", "positions"),
    "promises": lambda qs: qs.select_related("meeting__mechanism", "fulfilled_by"),
    "sources": lambda qs: _with_reports(qs, None),
}
BUILDERS: dict[str, Callable[[Any], Schema]] = {
    "dialogues": mechanism_record, "meetings": meeting_record, "people": person_record,
    "promises": promise_record, "sources": source_record,
}


def records_of(kind: str, objects: QuerySet[Any], *, viewer: Visitor | None = None) -> list[dict[str, Any]]:
    """The records of ``objects`` (a queryset of ``kind``) as JSON-safe dicts, loaded in few queries.

    With a ``viewer``, a source lists only the meetings the viewer may see (a draft's id is not
    public); without one (the command line's exports), every meeting it reports.
    """
    objects = _with_reports(objects, viewer) if kind == "sources" else PREFETCH[kind](objects)
    return [BUILDERS[kind](obj).model_dump(mode="json") for obj in objects]


def _with_reports(sources: QuerySet[Source], viewer: Visitor | None) -> QuerySet[Source]:
    """Sources without their text, with the reports whose meetings ``viewer`` may see (all without one)."""
    reports = Report.objects.only("id", "source_id", "meeting_id")
    if viewer is not None:
        reports = reports.filter(meeting_filter_for(viewer, "meeting__"))
    return sources.defer("text").prefetch_related(Prefetch("reports", queryset=reports))


def with_counts(people: QuerySet[Person]) -> QuerySet[Person]:
    """People annotated with how many meetings they chaired (if the selector did not)."""
    if "meeting_count" in people.query.annotations:
        return people
    return people.annotate(meeting_count=Count("participations__meeting", distinct=True))
