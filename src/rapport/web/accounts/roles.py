"""Roles (viewer, editor, admin) held as Django groups, and the permission checks views use."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.conf import settings
from django.contrib.auth.models import Group

from rapport.web.core.users import Visitor

if TYPE_CHECKING:
    from django.contrib.auth.models import User

VIEWER = "viewer"
EDITOR = "editor"
ADMIN = "admin"
ROLES: tuple[str, ...] = (VIEWER, EDITOR, ADMIN)
"""Each role includes the rights of the ones before it."""

# The role is cached on the user object (templates ask several times a page), under a name the
# user model does not declare.
_ROLE_CACHE = "_rapport_role"


def user_role(user: Visitor | None) -> str | None:
    """The highest role of ``user``, or None for an anonymous visitor or a user without one."""
    if user is None or not user.is_authenticated:
        return None
    if user.is_superuser:
        return ADMIN
    cached = getattr(user, _ROLE_CACHE, False)
    if cached is not False:
        return cast("str | None", cached)
    names = set(user.groups.values_list("name", flat=True))
    role = next((r for r in reversed(ROLES) if r in names), None)
    setattr(user, _ROLE_CACHE, role)
    return role


def set_role(user: User, role: str) -> None:
    """Give ``user`` exactly ``role`` (replacing any other role group)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    user.groups.remove(*[g for name, g in groups.items() if name != role])
    user.groups.add(groups[role])
    user.is_staff = role == ADMIN
    user.save(update_fields=["is_staff"])
    setattr(user, _ROLE_CACHE, role)


def can_view_drafts(user: Visitor | None) -> bool:
    """Whether ``user`` may see drafts, the review queue and history (any signed-in user)."""
    return bool(user is not None and user.is_authenticated and user.is_active)


def can_edit(user: Visitor | None) -> bool:
    """Whether ``user`` may change records: editors and admins."""
    return can_view_drafts(user) and user_role(user) in {EDITOR, ADMIN}


def can_admin(user: Visitor | None) -> bool:
    """Whether ``user`` may manage users: admins."""
    return can_view_drafts(user) and user_role(user) == ADMIN


def can_view_public(user: Visitor | None) -> bool:
    """Whether ``user`` may see the published pages (everyone, unless the site is private)."""
    if not getattr(settings, "RAPPORT_PRIVATE", False):
        return True
    return can_view_drafts(user)
