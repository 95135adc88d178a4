"""Factories for the tracker's tests: plain functions building pipeline records and stored rows.

Imported by test modules as ``from tracker_factories import ...`` (pytest puts this folder on
the path).
"""

from __future__ import annotations

import itertools
from typing import Any

from rapport.pipeline.types import (
    Chair,
    ExtractionResult,
    MeetingRecord,
    NextMeeting,
    Place,
    SourceInfo,
)

_counter = itertools.count(1)

KZ_US = ("KZ", "US")
MECHANISM = "High-Level Dialogue on Human Rights and Democratic Reforms"


def make_record(**fields: Any) -> MeetingRecord:
    """A KZ–US meeting record; any field may be overridden."""
    values: dict[str, Any] = {"mechanism": MECHANISM, "parties": KZ_US}
    values.update(fields)
    return MeetingRecord(**values)


def chairs(*pairs: tuple[str, str], position: str | None = None) -> tuple[Chair, ...]:
    """Chairs from (name, party) pairs, all with ``position`` when given."""
    return tuple(Chair(name=n, party=p, position=position) for n, p in pairs)


def place(city: str | None, country: str | None) -> Place:
    """A Place."""
    return Place(city=city, country=country)


def next_meeting(date: str | None, city: str | None = None, country: str | None = None) -> NextMeeting:
    """A next-meeting announcement."""
    return NextMeeting(date=date, place=Place(city, country) if city or country else None)


def make_result(*meetings: MeetingRecord, text: str | None = None, url: str | None = None,
                outlet: str = "Test Outlet", published: str | None = None) -> ExtractionResult:
    """An extraction result with unique text (unless given) and the given meetings."""
    n = next(_counter)
    body = text if text is not None else f"Article number {n} about the dialogue."
    source = SourceInfo(title=f"Article {n}", published=published, outlet=outlet,
                        language="en", text_chars=len(body), url=url)
    return ExtractionResult(source=source, text=body, meetings=meetings, id=f"doc-{n}",
                            origin=f"test:{n}")


def ingest(*meetings: MeetingRecord, **kwargs: Any) -> Any:
    """Store a result with these meetings as a test job; return the IngestedSource."""
    from rapport.web.core.actor import acting_as
    from rapport.web.sources.services import source_ingest

    with acting_as(label="test:ingest"):
        return source_ingest(result=make_result(*meetings, **kwargs))


