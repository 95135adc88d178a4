"""The sources a visitor may see, by the rule of ``accounts/visibility.py``."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from rapport.web.accounts.roles import can_view_drafts
from rapport.web.core.users import Visitor
from rapport.web.sources.models import Report, Source


def visible_sources(user: Visitor | None, sources: QuerySet[Source] | None = None) -> QuerySet[Source]:
    """The sources ``user`` may see: for anonymous visitors, those reporting a published meeting."""
    sources = Source.objects.all() if sources is None else sources
    if can_view_drafts(user):
        return sources
    published = Report.objects.filter(source=OuterRef("pk"), meeting__published=True)
    return sources.filter(Exists(published))
