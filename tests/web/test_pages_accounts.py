"""Sign-in, roles and the user commands."""

from __future__ import annotations

import io
from typing import Any

import pytest
from page_factories import PASSWORD, make_user

from rapport.cli.main import main
from rapport.web.accounts.roles import can_admin, can_edit, can_view_drafts, user_role

pytestmark = pytest.mark.django_db


def test_login_page_renders_with_csrf(client: Any) -> None:
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert b'for="id_username"' in response.content


def test_login_then_logout(client: Any) -> None:
    make_user("editor", name="ed")
    response = client.post("/accounts/login/", {"username": "ed", "password": PASSWORD})
    assert response.status_code == 302
    assert b"Sign out" in client.get("/").content
    assert client.post("/accounts/logout/").status_code == 302
    assert b"Sign in" in client.get("/").content


def test_login_wrong_password_says_so(client: Any) -> None:
    make_user("viewer", name="vi")
    response = client.post("/accounts/login/", {"username": "vi", "password": "nope"})
    assert response.status_code == 200
    assert b"errorlist" in response.content


@pytest.mark.parametrize(
    ("role", "edit", "admin"), [("viewer", False, False), ("editor", True, False), ("admin", True, True), (None, False, False)]
)
def test_roles_grant_rights(role: str | None, edit: bool, admin: bool) -> None:
    user = make_user(role)
    assert user_role(user) == role
    assert can_view_drafts(user)
    assert can_edit(user) is edit
    assert can_admin(user) is admin


def test_anonymous_has_no_rights() -> None:
    from django.contrib.auth.models import AnonymousUser

    assert not can_view_drafts(AnonymousUser())
    assert not can_edit(AnonymousUser())


def test_createuser_reads_password_from_stdin(monkeypatch: Any, capsys: Any) -> None:
    from django.contrib.auth import get_user_model

    monkeypatch.setattr("sys.stdin", io.StringIO("a-Very-Good-Pass-9\n"))
    assert main(["createuser", "alice", "--role", "editor", "--password-stdin"]) == 0
    alice = get_user_model().objects.get(username="alice")
    assert alice.check_password("a-Very-Good-Pass-9")
    assert can_edit(alice)
    assert "created user 'alice' with role editor" in capsys.readouterr().out


def test_createuser_refuses_a_weak_password(monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["createuser", "bob", "--password-stdin"]) == 1
    assert "password for 'bob'" in capsys.readouterr().err


def test_createuser_changes_an_existing_role(monkeypatch: Any) -> None:
    make_user("editor", name="carol")
    monkeypatch.setattr("sys.stdin", io.StringIO("another-Good-Pass-7\n"))
    assert main(["createuser", "carol", "--role", "viewer", "--password-stdin"]) == 0
    from django.contrib.auth import get_user_model

    assert user_role(get_user_model().objects.get(username="carol")) == "viewer"


def test_pages_cannot_be_framed(client: Any) -> None:
    assert client.get("/").headers["X-Frame-Options"] == "DENY"
