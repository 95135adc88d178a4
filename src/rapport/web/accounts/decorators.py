"""View decorators that apply the visibility rules: public, signed-in, editor."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from rapport.web.accounts.roles import can_edit, can_view_drafts, can_view_public
from rapport.web.core.users import Visitor

View = Callable[..., HttpResponse]


def _guard(check: Callable[[Visitor], bool]) -> Callable[[View], View]:
    """A decorator: anonymous visitors go to the login page, signed-in users without rights get 403."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if check(request.user):
                return view(request, *args, **kwargs)
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied("Your role does not allow this; ask an admin for the editor role.")

        return wrapped

    return decorator


public_view = _guard(can_view_public)
"""Published pages: everyone, or only signed-in users when RAPPORT_PRIVATE is set."""

login_view = _guard(can_view_drafts)
"""Drafts, the review queue and history: signed-in users."""

editor_view = _guard(can_edit)
"""Changes: editors and admins."""
