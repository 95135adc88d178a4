"""The meetings and dialogues a visitor may see, by the rule of ``accounts/visibility.py``."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from rapport.web.accounts.roles import can_view_drafts
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Mechanism, Meeting, ReviewStatus


def visible_meetings(user: Visitor | None, meetings: QuerySet[Meeting] | None = None) -> QuerySet[Meeting]:
    """The meetings ``user`` may see: published ones, plus drafts for a signed-in user."""
    meetings = Meeting.objects.all() if meetings is None else meetings
    if can_view_drafts(user):
        return meetings.exclude(review_status=ReviewStatus.REJECTED)
    return meetings.filter(published=True)


def visible_mechanisms(
    user: Visitor | None, mechanisms: QuerySet[Mechanism] | None = None
) -> QuerySet[Mechanism]:
    """The dialogues ``user`` may see: those with at least one meeting ``user`` may see."""
    mechanisms = Mechanism.objects.all() if mechanisms is None else mechanisms
    meetings = visible_meetings(user, Meeting.objects.filter(mechanism=OuterRef("pk")))
    return mechanisms.filter(Exists(meetings))
