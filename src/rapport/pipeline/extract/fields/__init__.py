"""Field components, registered in one list: each reads one field of a meeting record.

Every component is a module with ``find(context) -> list[Candidate]`` (see ``base.py``);
``FIELDS`` runs them in order, so that the parties are decided before the fields that read
them. Detection (``extract/detect.py``) comes before all of them: it decides which meetings
a document reports; the components then read each meeting's fields. A new field is a module
here and a line in ``FIELDS``.
"""

from __future__ import annotations

from rapport.pipeline.extract.fields import (
    chairs,
    date,
    instruments,
    mechanism,
    next_meeting,
    parties,
    place,
    round,
    themes,
)
from rapport.pipeline.extract.fields.base import (
    Candidate,
    DocumentContext,
    Field,
    MeetingContext,
    decide,
)

FIELDS: tuple[Field, ...] = (
    Field("parties", parties.find, ()),
    Field("mechanism", mechanism.find),
    Field("round", round.find),
    Field("date", date.find),
    Field("place", place.find),
    Field("chairs", chairs.find, ()),
    Field("themes", themes.find, ()),
    Field("instruments", instruments.find, ()),
    Field("next_meeting", next_meeting.find),
)
"""The field components in the order they are decided."""

__all__ = ["FIELDS", "Candidate", "DocumentContext", "Field", "MeetingContext", "decide"]
