"""Template filters for the role checks: ``{% load roles %}{% if user|can_edit %}``."""

from __future__ import annotations

from django import template

from rapport.web.accounts import roles
from rapport.web.core.users import Visitor

register = template.Library()


@register.filter
def can_edit(user: Visitor | None) -> bool:
    """Whether the user may change records."""
    return roles.can_edit(user)


@register.filter
def can_view_drafts(user: Visitor | None) -> bool:
    """Whether the user may see drafts, the review queue and history."""
    return roles.can_view_drafts(user)


@register.filter
def role(user: Visitor | None) -> str:
    """The user's role name, or an empty string."""
    return roles.user_role(user) or ""
