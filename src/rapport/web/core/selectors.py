"""Reads on the change history."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet

from rapport.web.core.models import ChangeRecord, Party


def change_list(*, instance: Model | None = None, actor: str | None = None) -> QuerySet[ChangeRecord]:
    """Changes, newest first: all, those of one object, or those of one actor label or user."""
    changes = ChangeRecord.objects.select_related("user", "content_type")
    if instance is not None:
        content_type = ContentType.objects.get_for_model(instance, for_concrete_model=True)
        changes = changes.filter(content_type=content_type, object_id=instance.pk)
    if actor:
        changes = changes.filter(actor_label=actor) | changes.filter(user__username=actor)
    return changes.order_by("-time", "-id")


def party_by_code(*, code: str) -> Party | None:
    """The party with ISO code ``code`` (any case); None when there is none."""
    return Party.objects.filter(code=code.upper()).first()
