"""Stable error bodies: every API error is ``{"error": {"code", "message", "field"?}}``.

Handlers are registered on the API for ninja's own errors (validation, authentication, HTTP
errors), Django's (404, permission, request too large) and Rapport's ``ApiError``, so that even
a malformed query parameter or an unknown path under ``/api/`` answers in the same shape.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.db import DataError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

logger = logging.getLogger(__name__)

CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "too_many_requests",
    500: "server_error",
}
ERROR_STATUSES: tuple[int, ...] = (400, 401, 403, 404, 413, 422)


class ErrorDetail(Schema):
    """What went wrong: a stable code, a message for people, and the field at fault if any."""

    code: str
    message: str
    field: str | None = None


class ErrorBody(Schema):
    """The body of every error response."""

    error: ErrorDetail


class ApiError(Exception):
    """An error to answer with a given status, code, message and optional field."""

    def __init__(self, status: int, message: str, *, code: str = "", field: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.field = field


def error_response(status: int, message: str, *, code: str = "", field: str | None = None) -> JsonResponse:
    """A JSON response in the stable error shape."""
    detail: dict[str, Any] = {"code": code or CODES.get(status, "error"), "message": message}
    if field:
        detail["field"] = field
    return JsonResponse({"error": detail}, status=status)


def error_responses(*statuses: int) -> dict[int, type[ErrorBody]]:
    """The ``response=`` entries documenting the given error statuses."""
    return dict.fromkeys(statuses or ERROR_STATUSES, ErrorBody)


def _validation_field(error: dict[str, Any]) -> str | None:
    """The dotted field name of a pydantic error, without ninja's ``query``/``body`` prefix."""
    loc = [str(part) for part in error.get("loc", ())]
    if len(loc) > 2 and loc[0] == "body":
        loc = loc[2:]  # ninja names the body parameter itself: ["body", "decision", "field"]
    elif loc and loc[0] in {"query", "path", "body", "header", "cookie", "form", "file"}:
        loc = loc[1:]
    return ".".join(loc) or None


def _on_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    first = exc.errors[0] if exc.errors else {}
    field = _validation_field(first)
    message = str(first.get("msg", "invalid input"))
    where = f" ({field})" if field else ""
    extra = f"; and {len(exc.errors) - 1} more problem(s)" if len(exc.errors) > 1 else ""
    return error_response(422, f"{message}{where}{extra}", field=field)


def _on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(exc.status_code, str(exc))


def _on_auth(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    message = str(exc) if str(exc) not in {"", "Unauthorized"} else (
        "Authentication required: send 'Authorization: Bearer <token>' "
        "(make one with `rapport token create USER`)."
    )
    response = error_response(401, message)
    response["WWW-Authenticate"] = 'Bearer realm="rapport"'
    return response


def _on_forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    message = str(exc) if str(exc) not in {"", "Forbidden"} else "Your role does not allow this."
    return error_response(403, message)


def _on_not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return error_response(404, str(exc) or "Not found.")


def _on_too_big(request: HttpRequest, exc: Exception) -> HttpResponse:
    return error_response(413, "The request body is larger than this server accepts "
                          "(RAPPORT_MAX_UPLOAD_BYTES); send smaller batches.")


def _on_api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return error_response(exc.status, exc.message, code=exc.code, field=exc.field)


def _on_data_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    return error_response(422, f"A value cannot be stored or searched: {exc}".strip())


def _on_server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error on %s %s", request.method, request.path, exc_info=exc)
    return error_response(500, "Internal error; the server log has the details.")


def register_error_handlers(api: NinjaAPI) -> None:
    """Make every error of ``api`` answer in the stable shape."""
    # Typed loosely: ninja's ExcHandler admits the exception class as well as an instance,
    # though a handler only ever receives the instance.
    handlers: list[tuple[type[Exception], Callable[[HttpRequest, Any], HttpResponse]]] = [
        (ValidationError, _on_validation),
        (HttpError, _on_http_error),
        (AuthenticationError, _on_auth),
        (AuthorizationError, _on_forbidden),
        (PermissionDenied, _on_forbidden),
        (Http404, _on_not_found),
        (RequestDataTooBig, _on_too_big),
        (ApiError, _on_api_error),
        (DataError, _on_data_error),
        (Exception, _on_server_error),
    ]
    for exc_class, handler in handlers:
        api.add_exception_handler(exc_class, handler)
