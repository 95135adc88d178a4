"""Ingest through the API: text, HTML and JSONL bodies, by editors only."""

from __future__ import annotations

import json

import pytest

READOUT = (
    "ASTANA, 21 May 2024. Kazakhstan and the United States held the third meeting of the High-Level "
    "Dialogue on Human Rights and Democratic Reforms in Astana on May 20, 2024. The Kazakh delegation "
    "was headed by Yerzhan Kazykhan, Assistant to the President for International Affairs; the US "
    "delegation by Under Secretary of State Uzra Zeya. The sides discussed media freedom and the fight "
    "against trafficking in persons, and agreed to hold the next meeting in Washington in 2025."
)


def test_ingest_text_creates_a_source(db, editor) -> None:
    response = editor.client.post(
        "/api/ingest?published=2024-05-21&outlet=Test%20Wire&url=https://wire.example/1",
        READOUT, content_type="text/plain", HTTP_AUTHORIZATION=f"Bearer {editor.token}",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["counts"]["new"] == 1
    again = editor.post("/api/ingest?published=2024-05-21", READOUT, content_type="text/plain")
    assert again.json()["counts"].get("new", 0) == 0
    sources = editor.get("/api/sources").json()["items"]
    assert [s["outlet"] for s in sources] == ["Test Wire"]


def test_ingest_jsonl_reports_bad_lines(db, editor) -> None:
    lines = [json.dumps({"id": "a1", "text": READOUT, "published": "2024-05-21"}), "{not json", json.dumps({"id": "a2"})]
    response = editor.post("/api/ingest", "\n".join(lines), content_type="application/x-ndjson")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["counts"]["new"] == 1
    assert [(r["line"], r["code"]) for r in body["rejections"]] == [(2, "R005"), (3, "R006")]


def test_ingest_html(db, editor) -> None:
    page = f"<html><head><title>Dialogue</title></head><body><article><p>{READOUT}</p></article></body></html>"
    response = editor.post("/api/ingest", page, content_type="text/html")
    assert response.status_code == 200, response.content
    assert response.json()["counts"]["new"] == 1


def test_ingest_rejects_bad_published(db, editor) -> None:
    response = editor.post("/api/ingest?published=last%20week", READOUT, content_type="text/plain")
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "published"


def test_ingest_jsonl_poison_lines_never_answer_500(db, editor) -> None:
    lines = [
        '{"id": "s", "text": "Talks on water \\ud800 rights.", "title": "\\udc00"}',
        "[" * 100_000 + "]" * 100_000,
        '{"id": "n", "text": "Talks\\u0000 on trade."}',
    ]
    response = editor.post("/api/ingest", "\n".join(lines), content_type="application/x-ndjson")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["counts"]["new"] == 2
    assert [(r["line"], r["code"]) for r in body["rejections"]] == [(2, "R005")]
    texts = sorted(s["title"] or "" for s in editor.get("/api/sources").json()["items"])
    assert texts == ["", "\ufffd"]


def test_ingest_takes_only_http_urls(db, editor) -> None:
    response = editor.post("/api/ingest?url=javascript:alert(1)", READOUT, content_type="text/plain")
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "url"
    lines = [json.dumps({"id": "j", "text": READOUT, "url": "javascript:alert(1)"}),
             json.dumps({"id": "h", "text": READOUT + " Again.", "url": "HTTPS://wire.example/2"})]
    body = editor.post("/api/ingest", "\n".join(lines), content_type="application/x-ndjson").json()
    assert [(r["line"], r["code"]) for r in body["rejections"]] == [(1, "R007")]
    assert "not an http:// or https:// address" in body["rejections"][0]["reason"]
    assert [s["url"] for s in editor.get("/api/sources").json()["items"]] == ["HTTPS://wire.example/2"]


@pytest.mark.django_db(transaction=True)
def test_a_large_ingest_runs_as_a_background_job(editor) -> None:
    import time

    from rapport.web.api.routers.ingest import BACKGROUND_DOCUMENTS

    count = BACKGROUND_DOCUMENTS + 5
    lines = [json.dumps({"id": f"n{i}", "text": f"Market note {i}: grain prices moved."}) for i in range(count)]
    lines.append("{broken")
    response = editor.post("/api/ingest", "\n".join(lines), content_type="application/x-ndjson")
    assert response.status_code == 202, response.content
    job = response.json()
    assert job["status"] in {"queued", "running", "finished"}
    deadline = time.monotonic() + 60
    while job["status"] in {"queued", "running"}:
        assert time.monotonic() < deadline, job
        time.sleep(0.1)
        job = editor.get(f"/api/ingest/jobs/{job['job_id']}").json()
    assert job["status"] == "finished", job
    assert job["counts"]["new"] == count
    assert [(r["line"], r["code"]) for r in job["rejections"]] == [(count + 1, "R005")]
    assert editor.get("/api/sources").json()["total"] == count
    assert editor.get("/api/ingest/jobs/unknown").status_code == 404
