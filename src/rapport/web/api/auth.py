"""Who is calling the API: a bearer token's user, a signed-in browser's user, or anonymous.

Tokens go in ``Authorization: Bearer rpt_...``. A browser session counts only for reads (GET,
HEAD): writes need a token, so the API is not open to cross-site request forgery. A token that
is unknown, revoked or whose user is inactive is refused with 401 even where anonymous reads
are allowed — a client with a bad token should learn so, not silently see less.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import HttpBearer

from rapport.web.accounts.roles import can_edit, can_view_drafts, can_view_public
from rapport.web.api.tokens import api_token_find, api_token_touch
from rapport.web.core.actor import Actor, acting_as
from rapport.web.core.users import Visitor

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class Caller:
    """The identity an API request acts as (always truthy, so ninja accepts it)."""

    user: Visitor
    via: str  # "token", "session" or "anonymous"

    def __bool__(self) -> bool:
        return True

    @property
    def can_view_drafts(self) -> bool:
        """Whether the caller sees unpublished records (any signed-in user)."""
        return can_view_drafts(self.user)


class BearerToken(HttpBearer):
    """``Authorization: Bearer <token>`` with a token made by ``rapport token create``."""

    def __call__(self, request: HttpRequest) -> Caller | None:
        header = request.headers.get("Authorization", "")
        if not header:
            return None
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise AuthenticationError(message="Unsupported Authorization header: use 'Bearer <token>'.")
        return self.authenticate(request, secret.strip())

    def authenticate(self, request: HttpRequest, token: str) -> Caller:
        """The caller owning ``token``; unknown, revoked or inactive tokens raise 401."""
        record = api_token_find(token)
        if record is None:
            raise AuthenticationError(message="Unknown API token.")
        if record.revoked is not None:
            raise AuthenticationError(message="This API token was revoked; ask for a new one.")
        if not record.user.is_active:
            raise AuthenticationError(message="The account of this API token is disabled.")
        api_token_touch(record)
        return Caller(user=record.user, via="token")


class SessionOrAnonymous:
    """A signed-in browser's user for reads, else the anonymous visitor."""

    def __call__(self, request: HttpRequest) -> Caller:
        user = getattr(request, "user", None)
        if request.method in SAFE_METHODS and user is not None and user.is_authenticated:
            return Caller(user=user, via="session")
        return Caller(user=AnonymousUser(), via="anonymous")


API_AUTH: list[Callable[[HttpRequest], Caller | None]] = [BearerToken(), SessionOrAnonymous()]


def caller_of(request: HttpRequest) -> Caller:
    """The caller ninja resolved for ``request``."""
    caller = getattr(request, "auth", None)
    if isinstance(caller, Caller):
        return caller
    return SessionOrAnonymous()(request)


def require_reader(request: HttpRequest) -> Caller:
    """The caller, if allowed to read at all (anonymous is refused on a private site)."""
    caller = caller_of(request)
    if not can_view_public(caller.user):
        raise AuthenticationError(message="This Rapport instance is private: send an API token.")
    return caller


def require_editor(request: HttpRequest) -> Caller:
    """The caller, if allowed to write: an editor or admin with a token."""
    caller = caller_of(request)
    if not caller.user.is_authenticated:
        raise AuthenticationError(
            message="Writing needs an editor's API token: 'Authorization: Bearer <token>'."
        )
    if not can_edit(caller.user):
        raise AuthorizationError(message="Your role does not allow changes; ask an admin for the editor role.")
    return caller


def acting(caller: Caller) -> AbstractContextManager[Actor]:
    """A context attributing the changes made inside it to the caller."""
    return acting_as(user=caller.user, label=None) if caller.user.is_authenticated else acting_as(label="api:anonymous")
