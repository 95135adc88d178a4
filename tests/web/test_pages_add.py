"""Adding sources from the web: type and size checks, and the same ingest as the CLI."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from page_factories import READOUT, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client: Any) -> Any:
    """A client signed in as an editor."""
    client.force_login(make_user("editor"))
    return client


@pytest.fixture(autouse=True)
def _uploads_in_tmp(monkeypatch: Any, tmp_path: Any) -> None:
    """Keep uploaded files under a temporary folder."""
    monkeypatch.setattr("rapport.web.sources.upload.uploads_root", lambda: tmp_path / "uploads")


def test_viewer_cannot_add(client: Any) -> None:
    client.force_login(make_user("viewer"))
    assert client.get("/sources/add/").status_code == 403


def test_form_renders(editor_client: Any) -> None:
    html = editor_client.get("/sources/add/").content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert "csrfmiddlewaretoken" in html


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"%PDF-1.4 ...", "only .html, .htm, .txt, .jsonl files"),
        ("report.txt", b"%PDF-1.4 binary", "this is not text (PDF)"),
        ("report.html", b"x" * 2048, "over the 1,024-byte limit"),
    ],
)
def test_upload_is_checked(editor_client: Any, settings: Any, name: str, content: bytes, message: str) -> None:
    settings.RAPPORT_MAX_UPLOAD_BYTES = 1024
    upload = SimpleUploadedFile(name, content)
    html = editor_client.post("/sources/add/", {"files": [upload]}).content.decode()
    assert message in html
    assert "Ingest summary" not in html


def test_empty_form_says_what_to_do(editor_client: Any) -> None:
    html = editor_client.post("/sources/add/", {}).content.decode()
    assert "Choose files to upload or paste a text." in html


def test_pasted_readout_is_ingested_like_the_cli(editor_client: Any) -> None:
    from rapport.web.sources.models import IngestInput, Source

    data = {"text": READOUT, "title": "Pasted readout", "outlet": "Desk", "published": "2024-05-21"}
    html = editor_client.post("/sources/add/", data).content.decode()
    assert "read 1, new 1, duplicate 0, rejected 0" in html
    source = Source.objects.get(title="Pasted readout")
    assert source.outlet == "Desk"
    assert source.published == "2024-05-21"
    assert IngestInput.objects.filter(source=source, outcome="ingested").exists()
    again = editor_client.post("/sources/add/", data).content.decode()
    assert "new 0, duplicate 1" in again


def test_uploaded_text_file_is_ingested(editor_client: Any) -> None:
    upload = SimpleUploadedFile("readout.txt", READOUT.encode())
    html = editor_client.post("/sources/add/", {"files": [upload]}).content.decode()
    assert "read 1, new 1" in html
