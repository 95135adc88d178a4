"""Fixtures of the tracker's web tests (factories live in ``tracker_factories``)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def reviewer(django_user_model: Any) -> Any:
    """A user who reviews meetings."""
    return django_user_model.objects.create_user(username="rev", password="x-Long-Pass-1")
