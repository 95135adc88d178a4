"""Tokens and roles: who may read and write through the API."""

from __future__ import annotations

import pytest

from rapport.web.api.models import ApiToken
from rapport.web.api.tokens import api_token_create, api_token_find, api_token_revoke, token_digest


def test_token_stored_only_as_hash(viewer) -> None:
    record = ApiToken.objects.get(user=viewer.user)
    assert record.digest == token_digest(viewer.token)
    assert viewer.token not in {record.digest, record.prefix, record.name}
    assert viewer.token.startswith(record.prefix)


def test_token_use_sets_last_used(tracker, viewer) -> None:
    assert ApiToken.objects.get(user=viewer.user).last_used is None
    assert viewer.get("/api/meetings").status_code == 200
    assert ApiToken.objects.get(user=viewer.user).last_used is not None


def test_viewer_token_cannot_write(tracker, viewer) -> None:
    meeting = tracker.draft
    response = viewer.post(f"/api/review/meetings/{meeting.pk}", {"decision": "accept"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    meeting.refresh_from_db()
    assert meeting.review_status == "draft"
    assert viewer.post("/api/ingest", "A text.", content_type="text/plain").status_code == 403


def test_anonymous_cannot_write(tracker, anon) -> None:
    response = anon.post(f"/api/review/meetings/{tracker.draft.pk}", {"decision": "accept"}, content_type="application/json")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_editor_token_accepts_meeting(tracker, editor, anon) -> None:
    response = editor.post(f"/api/review/meetings/{tracker.draft.pk}", {"decision": "accept", "note": "checked"})
    assert response.status_code == 200, response.content
    assert response.json()["published"] is True
    assert any(m["id"] == tracker.draft.pk for m in anon.get("/api/meetings").json()["items"])


def test_editor_correction_is_validated(tracker, editor) -> None:
    url = f"/api/review/meetings/{tracker.draft.pk}"
    bad = editor.post(url, {"decision": "correct", "field": "place_country", "value": "Belgium"})
    assert bad.status_code == 422
    assert bad.json()["error"]["field"] == "place_country"
    good = editor.post(url, {"decision": "correct", "field": "round", "value": 13})
    assert good.status_code == 200, good.content


def test_revoked_token_is_refused(tracker, viewer) -> None:
    api_token_revoke(token=ApiToken.objects.get(user=viewer.user))
    response = viewer.get("/api/meetings")
    assert response.status_code == 401
    assert "revoked" in response.json()["error"]["message"]


@pytest.mark.parametrize("header", ["Bearer rpt_not-a-real-token", "Bearer ", "Basic dXNlcjpwYXNz", "Token abc"])
def test_bad_authorization_header_is_refused(tracker, anon, header) -> None:
    response = anon.get("/api/meetings", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert set(response.json()["error"]) >= {"code", "message"}


def test_inactive_user_token_is_refused(tracker, viewer) -> None:
    viewer.user.is_active = False
    viewer.user.save()
    assert viewer.get("/api/meetings").status_code == 401


def test_private_instance_refuses_anonymous_reads(tracker, anon, viewer, settings) -> None:
    settings.RAPPORT_PRIVATE = True
    assert anon.get("/api/meetings").status_code == 401
    assert viewer.get("/api/meetings").status_code == 200


def test_token_find_ignores_other_strings(db) -> None:
    assert api_token_find("not-a-token") is None
    assert api_token_find("rpt_unknown") is None


def test_token_cli_create_list_revoke(tracker, capsys) -> None:
    from django.contrib.auth import get_user_model

    from rapport.cli.main import main

    get_user_model().objects.create_user(username="tess", password="x-long-password-1")
    assert main(["token", "create", "tess", "--name", "laptop"]) == 0
    secret = capsys.readouterr().out.strip()
    assert api_token_find(secret) is not None
    assert main(["token", "list", "tess"]) == 0
    assert "active" in capsys.readouterr().out
    assert main(["token", "revoke", secret[:12]]) == 0
    assert api_token_find(secret).revoked is not None
    assert main(["token", "create", "nobody"]) == 1


def test_token_revoke_all_of_user(tracker, viewer) -> None:
    api_token_create(user=viewer.user, name="second")
    from rapport.cli.main import main

    assert main(["token", "revoke", "--user", viewer.user.username]) == 0
    assert not ApiToken.objects.filter(user=viewer.user, revoked__isnull=True).exists()
