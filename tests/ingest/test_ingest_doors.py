"""Every door into the tracker — ``rapport ingest``, the add form, the REST API — ingests alike."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from rapport.web.sources.models import IngestInput, IngestRun, Source

pytestmark = pytest.mark.django_db

READOUT = (
    "TASHKENT, 14 June 2023. Uzbekistan and the European Union held the annual round of their "
    "Human Rights Dialogue in Tashkent on 13 June 2023. The delegations discussed the independence "
    "of lawyers, freedom of religion and forced labour in the cotton harvest, and agreed to meet "
    "again in Brussels in 2024."
)
GOOD = json.dumps({"id": "uz-1", "text": READOUT, "published": "2023-06-14"})
CORPORA = {
    "plain": GOOD + "\n" + '{"id": "uz-2", "text": \n',
    # A carriage return is blank space inside a JSON line, not the end of one (as in a file).
    "carriage return": GOOD.replace(", ", ",\r", 1) + "\r\n" + '{"id": "uz-2", "text": \r\n',
}
"""Line 1 a good readout, line 2 a malformed record."""

Outcome = tuple[dict[str, int], list[tuple[int, str]]]
COUNTS = re.compile(r"read (\d+), new (\d+), duplicate (\d+)[^,]*, rejected (\d+)")
REJECTED = re.compile(r"rejected \S+?:(\d+): (R\d{3})")


def _reported(text: str) -> Outcome:
    """The counts and the rejected (line, code) pairs a summary printed for people states."""
    counts = COUNTS.search(text)
    assert counts is not None, text
    keys = ("read", "new", "duplicate", "rejected")
    lines = [(int(line), code) for line, code in REJECTED.findall(text)]
    return dict(zip(keys, map(int, counts.groups()), strict=True)), lines


def _user(role: str) -> Any:
    """A user with ``role``."""
    from django.contrib.auth import get_user_model

    from rapport.web.accounts.roles import set_role

    user = get_user_model().objects.create_user(username=f"{role}-doors", password="not-used-here-123")
    set_role(user, role)
    return user


def _through_cli(corpus_text: str, tmp_path: Path, rapport_cli: Callable[..., tuple[int, str]]) -> Outcome:
    """What ``rapport ingest corpus.jsonl`` prints."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(corpus_text.encode())
    status, out = rapport_cli("ingest", str(corpus))
    assert status == 1  # an input was rejected
    return _reported(out)


def _through_upload(corpus_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    """What the add form shows once an editor uploads the corpus."""
    monkeypatch.setattr("rapport.web.sources.upload.uploads_root", lambda: tmp_path / "uploads")
    client = Client()
    client.force_login(_user("editor"))
    upload = SimpleUploadedFile("corpus.jsonl", corpus_text.encode())
    response = client.post("/sources/add/", {"files": [upload]})
    assert response.status_code == 200
    return _reported(response.content.decode())


def _through_api(body: str, content_type: str = "application/x-ndjson") -> dict[str, Any]:
    """What ``POST /api/ingest`` answers an editor."""
    from rapport.web.api.tokens import api_token_create

    token = api_token_create(user=_api_user(), name="doors").secret
    response = Client().post("/api/ingest", body, content_type=content_type, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200, response.content
    return dict(response.json())


def _api_user() -> Any:
    """The editor calling the API (made by the first call)."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username="editor-doors").first() or _user("editor")


def _api_outcome(corpus_text: str) -> Outcome:
    """The API's answer to the corpus, as counts and rejected (line, code) pairs."""
    body = _through_api(corpus_text)
    counts = {key: body["counts"].get(key, 0) for key in ("read", "new", "duplicate", "rejected")}
    return counts, [(r["line"], r["code"]) for r in body["rejections"]]


@pytest.mark.parametrize("corpus", sorted(CORPORA))
@pytest.mark.parametrize("door", ["cli", "upload", "api"])
def test_the_same_jsonl_reads_the_same_through_every_door(
    door: str, corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    rapport_cli: Callable[..., tuple[int, str]],
) -> None:
    text = CORPORA[corpus]
    outcome = {
        "cli": lambda: _through_cli(text, tmp_path, rapport_cli),
        "upload": lambda: _through_upload(text, tmp_path, monkeypatch),
        "api": lambda: _api_outcome(text),
    }[door]()
    assert outcome == ({"read": 2, "new": 1, "duplicate": 0, "rejected": 1}, [(2, "R005")])
    assert Source.objects.count() == 1
    assert list(IngestInput.objects.filter(outcome="rejected").values_list("line", "code")) == [(2, "R005")]
    run = IngestRun.objects.get()
    assert run.finished is not None
    assert {k: run.counts[k] for k in ("read", "new", "rejected")} == {"read": 2, "new": 1, "rejected": 1}


def test_a_document_posted_twice_to_the_api_is_skipped_the_second_time() -> None:
    first = _through_api(READOUT, content_type="text/plain")
    second = _through_api(READOUT, content_type="text/plain")
    assert first["counts"]["new"] == 1
    assert second["counts"]["skipped"] == 1
    assert second["counts"].get("new", 0) == second["counts"].get("duplicate", 0) == 0
    assert second["run_id"] != first["run_id"]
    source = Source.objects.get()
    # The ledger still says the first post ingested it: the second is not recorded as its duplicate.
    assert list(IngestInput.objects.values_list("outcome", "source")) == [("ingested", source.pk)]
