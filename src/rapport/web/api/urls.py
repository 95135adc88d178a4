"""URLs under ``/api/``: the ninja API, ``/api/<list>.csv`` shortcuts, and a JSON 404 for the rest."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path, re_path, resolve

from rapport.web.api.api import api
from rapport.web.api.errors import error_response


def csv_shortcut(request: HttpRequest, kind: str) -> HttpResponse:
    """``/api/meetings.csv`` and the like: the list's endpoint with ``format=csv`` (same filters)."""
    match = resolve(f"/api/{kind}")
    query = request.GET.copy()
    query["format"] = "csv"
    request.GET = query  # type: ignore[assignment]  # the stubs hold GET immutable; this copy is it now
    response: HttpResponse = match.func(request, *match.args, **match.kwargs)
    return response


def api_not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Any other path under /api/: a 404 in the API's error shape."""
    return error_response(404, f"No API endpoint at /api/{rest}; see /api/docs.")


urlpatterns = [
    path("", api.urls),
    re_path(r"^(?P<kind>dialogues|meetings|people|promises|sources)\.csv$", csv_shortcut, name="api-csv"),
    re_path(r"^(?P<rest>.*)$", api_not_found, name="api-not-found"),
]
