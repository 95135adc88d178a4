"""Shapes of the API's answers (what ``records.py`` builds, described for OpenAPI)."""

from __future__ import annotations

from typing import Any, Literal

from ninja import Schema
from pydantic import Field

from rapport.web.followup.models import PromiseStatus


class Ref(Schema):
    """A reference to another record by id, with a name to show."""

    id: int
    name: str


class DatedRef(Schema):
    """A reference to a meeting by id, with its date."""

    id: int
    date: str | None


class Place(Schema):
    """A city (current official English name) and its ISO country code."""

    city: str | None
    country: str | None


class Chair(Schema):
    """A head of delegation at a meeting."""

    person_id: int
    name: str
    party: str | None
    position: str


class DialogueOut(Schema):
    """A dialogue (mechanism): a recurring series of meetings between parties."""

    id: int
    name: str
    aliases: list[str]
    parties: list[str]
    cadence: str
    meeting_count: int | None
    first_date: str | None
    last_date: str | None


class MeetingOut(Schema):
    """A meeting's chosen values."""

    id: int
    dialogue: Ref | None
    parties: list[str]
    round: int | None
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY: the precision the reports give")
    date_start: str | None
    date_end: str | None
    place: Place | None
    review_status: Literal["draft", "confirmed", "rejected"]
    published: bool
    themes: list[str]
    chairs: list[Chair]
    source_count: int


class Instrument(Schema):
    """A law, plan, programme or statement named at a meeting."""

    kind: str
    title: str
    date: str | None
    support: int


class SourceOut(Schema):
    """A source document's metadata."""

    id: int
    reference: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str
    meeting_ids: list[int]


class FieldValueOut(Schema):
    """One value reports give for a field, with the references of those reports."""

    value: Any
    sources: list[str]
    chosen: bool


class FieldOut(Schema):
    """A meeting field: the chosen value, all values reported, and whether they conflict."""

    name: str
    chosen: Any
    corrected: bool
    conflict: bool
    values: list[FieldValueOut]


class PromiseOut(Schema):
    """A promise made at a meeting, and whether it was kept."""

    id: int
    kind: Literal["next_meeting", "other"]
    description: str
    due: str | None
    due_by: str | None
    place: Place | None
    status: PromiseStatus
    status_as_of: str | None
    manual: bool
    meeting: DatedRef
    dialogue: Ref | None
    fulfilled_by: DatedRef | None


class MeetingDetailOut(MeetingOut):
    """A meeting with its instruments, promises, sources and per-field values (conflicts)."""

    instruments: list[Instrument]
    promises: list[PromiseOut]
    sources: list[SourceOut]
    fields: list[FieldOut]
    corrections: dict[str, Any]


class PersonOut(Schema):
    """A person who led a delegation, with the spellings of their name."""

    id: int
    name: str
    party: str | None
    aliases: list[str]
    positions: list[str]
    meeting_count: int | None


class PersonDetailOut(PersonOut):
    """A person with the meetings they chaired."""

    meetings: list[MeetingOut]


class DialogueDetailOut(DialogueOut):
    """A dialogue with its timeline of meetings."""

    meetings: list[MeetingOut]


class ThemeOut(Schema):
    """A theme id from the contract's list, its label and how many meetings discussed it."""

    id: str
    label: str
    meeting_count: int


class SourceDetailOut(SourceOut):
    """A source with its clean text."""

    text: str


class Page(Schema):
    """The envelope of every list: total matches, the window asked for, and the items."""

    total: int
    limit: int
    offset: int


class DialoguePage(Page):
    items: list[DialogueOut]


class MeetingPage(Page):
    items: list[MeetingOut]


class PersonPage(Page):
    items: list[PersonOut]


class PromisePage(Page):
    items: list[PromiseOut]


class SourcePage(Page):
    items: list[SourceOut]


class ThemePage(Page):
    items: list[ThemeOut]


class SearchHit(Schema):
    """One search result: its kind, id, title and a line of context."""

    kind: Literal["dialogue", "meeting", "person", "country", "theme", "source"]
    id: int | str = Field(description="the record's number; a country's ISO code; a theme's id")
    title: str
    snippet: str
    url: str = Field(description="the record's page in the web app")


class SearchPage(Page):
    items: list[SearchHit]
