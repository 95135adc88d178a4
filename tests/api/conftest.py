"""Fixtures of the API tests: the sample tracker, users of each role with tokens, a client."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from api_factories import Tracker, build_tracker
from django.test import Client


@dataclass
class Caller:
    """A user of some role, their API token and a client that sends it."""

    user: Any
    token: str
    client: Client

    def get(self, path: str, **params: Any) -> Any:
        """GET with the bearer token."""
        return self.client.get(path, params, HTTP_AUTHORIZATION=f"Bearer {self.token}")

    def post(self, path: str, data: Any = None, content_type: str = "application/json") -> Any:
        """POST with the bearer token."""
        return self.client.post(path, data, content_type=content_type, HTTP_AUTHORIZATION=f"Bearer {self.token}")


@pytest.fixture
def tracker(db: None) -> Tracker:
    """The US–Kazakhstan dialogue in three confirmed rounds, and one draft meeting."""
    return build_tracker()


def _caller(name: str, role: str) -> Caller:
    from django.contrib.auth import get_user_model

    from rapport.web.accounts.roles import set_role
    from rapport.web.api.tokens import api_token_create

    user = get_user_model().objects.create_user(username=name, password="not-used-here-123")
    set_role(user, role)
    return Caller(user=user, token=api_token_create(user=user, name="tests").secret, client=Client())


@pytest.fixture
def viewer(db: None) -> Caller:
    """A viewer with a token: reads drafts, writes nothing."""
    return _caller("vera", "viewer")


@pytest.fixture
def editor(db: None) -> Caller:
    """An editor with a token: reads and writes."""
    return _caller("eddie", "editor")


@pytest.fixture
def anon() -> Client:
    """A client without credentials."""
    return Client()
