"""Which records a visitor may see: anonymous visitors see only published (confirmed) meetings,
their dialogues and their sources; signed-in users also see drafts (rejected ones only in review).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Exists, OuterRef, Q, QuerySet

from rapport.web.accounts.roles import can_view_drafts
from rapport.web.core.users import Visitor

if TYPE_CHECKING:
    from rapport.web.dialogues.models import Mechanism, Meeting
    from rapport.web.sources.models import Source


def visible_meetings(
    user: Visitor | None, meetings: QuerySet[Meeting] | None = None
) -> QuerySet[Meeting]:
    """The meetings ``user`` may see: published ones, plus drafts for a signed-in user."""
    from rapport.web.dialogues.models import Meeting, ReviewStatus

    meetings = Meeting.objects.all() if meetings is None else meetings
    if can_view_drafts(user):
        return meetings.exclude(review_status=ReviewStatus.REJECTED)
    return meetings.filter(published=True)


def visible_mechanisms(
    user: Visitor | None, mechanisms: QuerySet[Mechanism] | None = None
) -> QuerySet[Mechanism]:
    """The dialogues ``user`` may see: those with at least one meeting ``user`` may see."""
    from rapport.web.dialogues.models import Mechanism, Meeting

    mechanisms = Mechanism.objects.all() if mechanisms is None else mechanisms
    meetings = visible_meetings(user, Meeting.objects.filter(mechanism=OuterRef("pk")))
    return mechanisms.filter(Exists(meetings))


def visible_sources(
    user: Visitor | None, sources: QuerySet[Source] | None = None
) -> QuerySet[Source]:
    """The sources ``user`` may see: for anonymous visitors, those reporting a published meeting."""
    from rapport.web.sources.models import Report, Source

    sources = Source.objects.all() if sources is None else sources
    if can_view_drafts(user):
        return sources
    published = Report.objects.filter(source=OuterRef("pk"), meeting__published=True)
    return sources.filter(Exists(published))


def meeting_filter_for(user: Visitor | None, prefix: str) -> Q:
    """A Q on a related meeting (``prefix`` such as ``"meeting__"``) limiting to visible ones."""
    if can_view_drafts(user):
        return ~Q(**{f"{prefix}review_status": "rejected"})
    return Q(**{f"{prefix}published": True})
