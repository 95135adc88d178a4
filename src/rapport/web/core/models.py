"""Shared records of the tracker: parties and the change history.

- ``Party``: a state or the EU by its ISO 3166-1 alpha-2 code (``EU`` for the Union).
- ``ChangeRecord``: one change to a tracked object — who (user or job label), when, what
  action, which object, its state before and after as JSON. Written only by
  ``rapport.web.core.changelog`` (the one place change logging lives).
- ``ChangeLoggedModel``: the abstract base every tracked model inherits; it knows how to
  snapshot itself as JSON for the history.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models


class ChangeAction(models.TextChoices):
    """What a change did to its object."""

    CREATE = "create", "created"
    UPDATE = "update", "updated"
    DELETE = "delete", "deleted"
    MERGE = "merge", "merged"
    SPLIT = "split", "split"
    CORRECT = "correct", "corrected"
    REVIEW = "review", "reviewed"


class ChangeRecord(models.Model):
    """One attributable change: who or which job, when, what, and the state before and after."""

    time = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="changes",
    )
    actor_label = models.CharField(max_length=100, blank=True, default="")
    action = models.CharField(max_length=10, choices=ChangeAction.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.BigIntegerField()
    object_repr = models.CharField(max_length=200, blank=True, default="")
    message = models.TextField(blank=True, default="")
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["-time", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="change_object_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | ~models.Q(actor_label=""),
                name="change_has_actor",
                violation_error_message="A change names its actor: a user or a job label.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.actor} {self.get_action_display()} {self.object_repr}"

    @property
    def actor(self) -> str:
        """The user name, or the job label when a job made the change."""
        return str(self.user) if self.user_id else self.actor_label


class ChangeLoggedModel(models.Model):
    """Abstract base of tracked models: they can render themselves as JSON for the history."""

    created = models.DateTimeField(auto_now_add=True)
    last_updated = models.DateTimeField(auto_now=True)

    # Fields left out of snapshots: timestamps change on every save and say nothing.
    snapshot_exclude: tuple[str, ...] = ("created", "last_updated")

    class Meta:
        abstract = True

    def snapshot(self) -> dict[str, Any]:
        """The object's concrete field values (foreign keys by id) as JSON-safe data."""
        data: dict[str, Any] = {}
        for field in self._meta.concrete_fields:
            if field.name in self.snapshot_exclude:
                continue
            value = getattr(self, field.attname)
            data[field.attname] = _json_safe(value)
        return data


class Party(ChangeLoggedModel):
    """A party to dialogues: a state or the European Union, by ISO code."""

    code = models.CharField(max_length=2, unique=True)
    name = models.CharField(max_length=200, blank=True, default="")

    class Meta:
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[A-Z]{2}$"),
                name="party_code_iso_alpha2",
                violation_error_message="A party code is two capital letters (ISO 3166-1 alpha-2, or EU).",
            )
        ]

    def __str__(self) -> str:
        return self.name or self.code


def _json_safe(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str, list, dict)):
        return value
    return str(value)


__all__ = ["ChangeAction", "ChangeLoggedModel", "ChangeRecord", "Party"]
