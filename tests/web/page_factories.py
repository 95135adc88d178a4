"""Builders for the page tests: users with a role, and meetings ingested from a given text.

Plain functions (no fixtures) so test modules import what they use; they need the ``db`` fixture.
"""

from __future__ import annotations

import itertools
from typing import Any

from tracker_factories import chairs, make_record, next_meeting, place

from rapport.pipeline.types import ExtractionResult, SourceInfo

PASSWORD = "a-Long-Test-Pass-42"
_n = itertools.count(1)

READOUT = (
    "Astana, 20 May 2024. The third round of the High-Level Dialogue on Human Rights and "
    "Democratic Reforms was held in Astana. Yerzhan Kazykhan and Uzra Zeya co-chaired it. "
    "The parties agreed to meet again in Washington in 2025."
)


def make_user(role: str | None = "viewer", name: str | None = None) -> Any:
    """A user with ``role`` (viewer, editor, admin) or no role, password ``PASSWORD``."""
    from django.contrib.auth import get_user_model

    from rapport.web.accounts.roles import set_role

    user = get_user_model().objects.create_user(username=name or f"user{next(_n)}", password=PASSWORD)
    if role:
        set_role(user, role)
    return user


def ingest_text(text: str = READOUT, *, publish: bool = False, outlet: str = "Test Outlet", **fields: Any) -> Any:
    """Ingest one source with one meeting whose date span points into ``text``; return the meeting."""
    from rapport.web.core.actor import acting_as
    from rapport.web.dialogues.services import meeting_review
    from rapport.web.sources.services import source_ingest

    start = text.find("20 May 2024")
    values: dict[str, Any] = {
        "round": 3, "date": "2024-05-20", "place": place("Astana", "KZ"),
        "chairs": chairs(("Yerzhan Kazykhan", "KZ"), ("Uzra Zeya", "US")),
        "themes": ("rule_of_law", "media_freedom"),
        "next_meeting": next_meeting("2025", "Washington", "US"),
        "evidence": {"date": (start, start + 11)} if start >= 0 else {},
    }
    values.update(fields)
    n = next(_n)
    info = SourceInfo(title=f"Readout {n}", published="2024-05-21", outlet=outlet, language="en", text_chars=len(text))
    result = ExtractionResult(source=info, text=text, meetings=(make_record(**values),), id=f"page-{n}", origin=f"test:{n}")
    with acting_as(label="test:ingest"):
        source = source_ingest(result=result).source
        meeting = source.reports.get().meeting
        if publish:
            meeting = meeting_review(meeting=meeting, status="confirmed")
    return meeting
