"""Hold the acting user for the duration of a request, so every change is attributable."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from rapport.web.core.actor import acting_as


class ActorMiddleware:
    """Make ``request.user`` the actor that change records name."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user if request.user.is_authenticated else None
        with acting_as(user=user, label=None if user else "anonymous"):
            return self.get_response(request)
