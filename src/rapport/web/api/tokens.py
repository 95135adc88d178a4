"""Services and selectors of API tokens: create, revoke, list and authenticate."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from rapport.web.api.models import ApiToken

if TYPE_CHECKING:
    from django.contrib.auth.models import User

TOKEN_PREFIX = "rpt_"
PREFIX_LENGTH = 12
# last_used is written at most this often per token, so reads do not turn into writes.
LAST_USED_RESOLUTION = timedelta(minutes=1)


@dataclass(frozen=True)
class NewToken:
    """A token just created: the record and the secret, which is shown only this once."""

    record: ApiToken
    secret: str


def token_digest(secret: str) -> str:
    """The SHA-256 hex digest a token is stored under."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@transaction.atomic
def api_token_create(*, user: User, name: str = "") -> NewToken:
    """Make a new token for ``user``; the returned secret is not stored anywhere."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = ApiToken.objects.create(
        user=user, name=name[:100], prefix=secret[:PREFIX_LENGTH], digest=token_digest(secret)
    )
    return NewToken(record=record, secret=secret)


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoke ``token`` (idempotent: an already revoked token keeps its revocation time)."""
    if token.revoked is None:
        token.revoked = timezone.now()
        token.save(update_fields=["revoked"])
    return token


def api_token_find(secret: str) -> ApiToken | None:
    """The token record matching ``secret``, revoked or not, or None."""
    if not secret.startswith(TOKEN_PREFIX):
        return None
    return ApiToken.objects.select_related("user").filter(digest=token_digest(secret)).first()


def api_token_touch(token: ApiToken) -> None:
    """Note that ``token`` was used now (at most once a minute)."""
    now = timezone.now()
    if token.last_used is None or now - token.last_used >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used=now)
        token.last_used = now


def api_token_list(*, user: User | None = None) -> list[ApiToken]:
    """Tokens of ``user`` (or of everyone), oldest first."""
    tokens = ApiToken.objects.select_related("user")
    if user is not None:
        tokens = tokens.filter(user=user)
    return list(tokens)
