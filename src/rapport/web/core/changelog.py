"""Change logging in one place: every service records its changes through these helpers.

The actor comes from ``rapport.web.core.actor.current_actor()`` — the request's user (set by
``ActorMiddleware``) or a job label such as ``cli:ingest`` (set with ``acting_as``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.contrib.contenttypes.models import ContentType

from rapport.web.core.actor import current_actor
from rapport.web.core.models import ChangeAction, ChangeLoggedModel, ChangeRecord


def change_record_create(
    *,
    instance: ChangeLoggedModel,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    message: str = "",
) -> ChangeRecord:
    """Record one change of ``instance`` made by the current actor."""
    actor = current_actor()
    user = actor.user if getattr(actor.user, "pk", None) else None
    label = "" if user else (actor.label or "system")
    return ChangeRecord.objects.create(
        user=user,
        actor_label=label[:100],
        action=action,
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=True),
        object_id=instance.pk,
        object_repr=str(instance)[:200],
        message=message,
        before=before,
        after=after,
    )


def log_create(instance: ChangeLoggedModel, *, message: str = "") -> ChangeRecord:
    """Record that ``instance`` was just created."""
    return change_record_create(
        instance=instance, action=ChangeAction.CREATE, after=instance.snapshot(), message=message
    )


def log_create_many(instances: Sequence[ChangeLoggedModel], *, message: str = "") -> None:
    """Record the creation of many objects of one model in one insert (bulk ingest)."""
    if not instances:
        return
    actor = current_actor()
    user = actor.user if getattr(actor.user, "pk", None) else None
    label = "" if user else (actor.label or "system")
    content_type = ContentType.objects.get_for_model(instances[0], for_concrete_model=True)
    ChangeRecord.objects.bulk_create(
        ChangeRecord(
            user=user, actor_label=label[:100], action=ChangeAction.CREATE,
            content_type=content_type, object_id=obj.pk, object_repr=str(obj)[:200],
            message=message, after=obj.snapshot(),
        )
        for obj in instances
    )


def log_delete(instance: ChangeLoggedModel, *, message: str = "") -> ChangeRecord:
    """Record that ``instance`` is about to be deleted (call before ``delete()``)."""
    return change_record_create(
        instance=instance, action=ChangeAction.DELETE, before=instance.snapshot(), message=message
    )


@contextmanager
def logged_change(
    instance: ChangeLoggedModel, *, action: str = ChangeAction.UPDATE, message: str = ""
) -> Iterator[ChangeLoggedModel]:
    """Snapshot ``instance``, let the block change it, then record before/after if it changed."""
    before = instance.snapshot()
    yield instance
    after = instance.snapshot()
    if after != before or action != ChangeAction.UPDATE:
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        was = {k: before.get(k) for k in changed}
        change_record_create(
            instance=instance, action=action, before=was, after=changed, message=message
        )


def object_history(instance: ChangeLoggedModel) -> list[ChangeRecord]:
    """The changes recorded for ``instance``, newest first."""
    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=True)
    return list(
        ChangeRecord.objects.filter(content_type=content_type, object_id=instance.pk)
        .select_related("user")
    )
