"""The types of the person behind a request: a signed-in user or the anonymous visitor."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from django.http import HttpRequest

if TYPE_CHECKING:
    # Imported for the checker only: this module is imported before Django's apps are ready.
    from django.contrib.auth.models import AnonymousUser, User

Visitor: TypeAlias = "User | AnonymousUser"
"""What ``request.user`` holds: the project's user model, or the anonymous visitor."""


class SignedInRequest(HttpRequest):
    """The request of a view behind ``login_view`` or ``editor_view``: its user is signed in."""

    user: User
