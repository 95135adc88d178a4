"""The actor behind the current change: a user (web, API) or a labelled job (CLI, ingest)."""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.contrib.auth.models import User


@dataclass(frozen=True)
class Actor:
    """Who is acting: a user, or a label such as ``cli:ingest`` for a job."""

    user: User | None  # a signed-in user; the anonymous visitor acts by label
    label: str | None


_current: contextvars.ContextVar[Actor] = contextvars.ContextVar(
    "rapport_actor", default=Actor(user=None, label="system")  # noqa: B039 - Actor is frozen
)


def current_actor() -> Actor:
    """The actor of the change being made now."""
    return _current.get()


@contextmanager
def acting_as(*, user: User | None = None, label: str | None = None) -> Iterator[Actor]:
    """Attribute the changes made inside the block to ``user`` or ``label``."""
    token = _current.set(Actor(user=user, label=label))
    try:
        yield _current.get()
    finally:
        _current.reset(token)
