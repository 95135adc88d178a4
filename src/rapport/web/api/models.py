"""API tokens: one per client a user runs, stored only as a hash, revocable.

- ``ApiToken``: a user's bearer token. The token itself is shown once, at creation; the table
  keeps its SHA-256 ``digest`` (tokens are 256 random bits, so a plain hash is enough), a short
  ``prefix`` to recognise it in listings, when it was last used and when it was revoked.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    """A user's bearer token for the REST API, kept as a SHA-256 digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True, default="")
    prefix = models.CharField(max_length=12, db_index=True)
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)
    revoked = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["user", "created", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(digest__regex=r"^[0-9a-f]{64}$"),
                name="api_token_digest_sha256",
                violation_error_message="A token digest is 64 lower-case hex digits (SHA-256).",
            )
        ]

    def __str__(self) -> str:
        state = "revoked" if self.revoked else "active"
        return f"{self.prefix}… of {self.user} ({state})"

    @property
    def is_active(self) -> bool:
        """Whether the token is still accepted (not revoked, and its user active)."""
        return self.revoked is None and bool(self.user.is_active)
