"""The web app against a hostile visitor: sign-in throttling, http(s)-only links, formula-safe
CSV, a Content-Security-Policy, and styled pages for an expired form or a body too large."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from page_factories import PASSWORD, READOUT, ingest_text, make_user

pytestmark = pytest.mark.django_db

LAYOUT = 'class="site-footer"'  # every page built on base.html has it


def _sign_in(client: Client, username: str, password: str) -> Any:
    return client.post("/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR="192.0.2.7")


def test_wrong_passwords_lock_the_name_out_even_for_the_right_one(client: Client, settings: Any) -> None:
    user = make_user("viewer")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _sign_in(client, user.username, "wrong").status_code == 200
    locked = _sign_in(client, user.username, "wrong")
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()
    assert LAYOUT in locked.content.decode()
    assert _sign_in(client, user.username, PASSWORD).status_code == 429
    other = Client()  # another address is not locked out
    assert other.post("/accounts/login/", {"username": user.username, "password": PASSWORD},
                      REMOTE_ADDR="198.51.100.9").status_code == 302


def test_a_right_password_before_the_limit_forgets_the_failures(client: Client, settings: Any) -> None:
    user = make_user("viewer")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _sign_in(client, user.username, "wrong")
    assert _sign_in(client, user.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _sign_in(client, user.username, "wrong").status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/meetings", "/accounts/login/"])
def test_every_answer_carries_a_content_security_policy(client: Client, path: str) -> None:
    policy = client.get(path)["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert "frame-ancestors 'none'" in policy


def test_templates_hold_no_inline_script() -> None:
    """The policy allows scripts from files only: a template's inline script would not run."""
    import re
    from pathlib import Path

    import rapport.web

    root = Path(rapport.web.__file__).parent
    for template in root.rglob("templates/**/*.html"):
        text = template.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag or 'type="application/json"' in tag, f"{template}: {tag}"
        assert not re.search(r"\son[a-z]+\s*=", text), f"{template} has an inline event handler"


def test_an_expired_form_gets_a_styled_page(client: Client) -> None:
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/accounts/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "This form has expired" in page
    assert LAYOUT in page


def test_a_paste_over_the_limit_says_what_to_do(client: Client, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    client.force_login(make_user("editor"))
    page = client.get("/sources/add/").content.decode()
    assert 'data-max-bytes="65536"' in page  # paste.js stops the form there, keeping the text
    assert "rapport/paste.js" in page
    response = client.post("/sources/add/", {"text": READOUT * 400})
    assert response.status_code == 413
    assert "save a long text as a .txt file" in response.content.decode()
    assert LAYOUT in response.content.decode()


def test_a_javascript_url_is_never_linked(client: Client) -> None:
    from rapport.web.sources.models import Source

    meeting = ingest_text(publish=True)
    source = meeting.reports.get().source
    Source.objects.filter(pk=source.pk).update(url="javascript:alert(document.cookie)")  # an older Rapport took it
    page = client.get(f"/sources/{source.pk}/").content.decode()
    assert "javascript:" not in page
    Source.objects.filter(pk=source.pk).update(url="https://example.org/readout")
    assert 'href="https://example.org/readout"' in client.get(f"/sources/{source.pk}/").content.decode()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/a.txt", "data:text/html,x"])
def test_the_add_form_takes_only_web_urls(client: Client, url: str, tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr("rapport.web.sources.upload.uploads_root", lambda: tmp_path / "uploads")
    client.force_login(make_user("editor"))
    response = client.post("/sources/add/", {"text": READOUT, "url": url})
    assert response.status_code == 200
    assert "Enter a valid URL" in response.content.decode()
    from rapport.web.sources.models import Source

    assert not Source.objects.exists()


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"])
def test_csv_cells_that_a_spreadsheet_would_run_are_quoted(value: str) -> None:
    import csv
    import io

    from rapport.web.api.exports import csv_text

    text = csv_text("people", [{"id": 1, "name": value, "party": "KZ", "meeting_count": -3,
                                "aliases": [value], "positions": []}])
    header, row = csv.reader(io.StringIO(text, newline=""))
    cells = dict(zip(header, row, strict=True))
    assert cells["name"] == cells["aliases"] == f"'{value}"
    assert cells["meeting_count"] == "-3"  # numbers stay numbers
