"""The JSON contract (docs/record-schema.md): records to plain dicts and back."""

from __future__ import annotations

from typing import Any

from rapport.pipeline.types import (
    Chair,
    ExtractionResult,
    Instrument,
    MeetingRecord,
    NextMeeting,
    Place,
)


def result_to_dict(result: ExtractionResult) -> dict[str, Any]:
    """One document's output in the contract's shape: ``source`` and ``meetings``."""
    source = result.source
    return {
        "source": {
            "title": source.title,
            "published": source.published,
            "outlet": source.outlet,
            "language": source.language,
            "text_chars": source.text_chars,
        },
        "meetings": [meeting_to_dict(meeting) for meeting in result.meetings],
    }


def meeting_to_dict(meeting: MeetingRecord) -> dict[str, Any]:
    """One meeting record in the contract's shape."""
    return {
        "mechanism": meeting.mechanism,
        "parties": list(meeting.parties),
        "round": meeting.round,
        "date": meeting.date,
        "place": _place_to_dict(meeting.place),
        "chairs": [
            {"name": chair.name, "party": chair.party, "position": chair.position}
            for chair in meeting.chairs
        ],
        "themes": list(meeting.themes),
        "instruments": [
            {"kind": item.kind, "title": item.title, "date": item.date}
            for item in meeting.instruments
        ],
        "next_meeting": (
            None
            if meeting.next_meeting is None
            else {
                "date": meeting.next_meeting.date,
                "place": _place_to_dict(meeting.next_meeting.place),
            }
        ),
        "evidence": {name: [start, end] for name, (start, end) in meeting.evidence.items()},
    }


def _place_to_dict(place: Place | None) -> dict[str, str | None] | None:
    return None if place is None else {"city": place.city, "country": place.country}


def dict_to_meeting(data: dict[str, Any]) -> MeetingRecord:
    """A meeting record from its contract dict (gold files, exports); missing keys are empty."""
    next_data = data.get("next_meeting")
    return MeetingRecord(
        mechanism=data.get("mechanism"),
        parties=tuple(data.get("parties") or ()),
        round=data.get("round"),
        date=data.get("date"),
        place=_dict_to_place(data.get("place")),
        chairs=tuple(
            Chair(name=chair["name"], party=chair.get("party"), position=chair.get("position"))
            for chair in data.get("chairs") or ()
        ),
        themes=tuple(data.get("themes") or ()),
        instruments=tuple(
            Instrument(kind=item["kind"], title=item["title"], date=item.get("date"))
            for item in data.get("instruments") or ()
        ),
        next_meeting=(
            None
            if not next_data
            else NextMeeting(date=next_data.get("date"), place=_dict_to_place(next_data.get("place")))
        ),
        evidence={
            name: (int(span[0]), int(span[1])) for name, span in (data.get("evidence") or {}).items()
        },
    )


def _dict_to_place(data: dict[str, Any] | None) -> Place | None:
    if not data:
        return None
    return Place(city=data.get("city"), country=data.get("country"))
