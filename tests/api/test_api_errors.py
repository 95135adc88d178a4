"""Every error answers ``{"error": {"code", "message", "field"?}}``."""

from __future__ import annotations

import pytest


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) <= {"code", "message", "field"}
    assert body["error"]["code"]
    assert body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(("params", "field"), [
    ({"limit": 0}, "limit"), ({"limit": "many"}, "limit"), ({"offset": -1}, "offset"),
    ({"party": "USA"}, "party"), ({"date_from": "yesterday"}, "date_from"), ({"format": "xml"}, "format"),
])
def test_validation_error_shape(tracker, anon, params, field) -> None:
    error = _error(anon.get("/api/meetings", params), 422)
    assert error["code"] == "validation_error"
    assert error["field"] == field


def test_not_found_shapes(tracker, anon) -> None:
    assert _error(anon.get("/api/meetings/999999"), 404)["code"] == "not_found"
    assert _error(anon.get("/api/no/such/thing"), 404)["code"] == "not_found"


def test_unauthorized_and_forbidden_shapes(tracker, anon, viewer) -> None:
    assert _error(anon.get("/api/review"), 401)["code"] == "unauthorized"
    assert _error(viewer.post("/api/ingest", "x", content_type="text/plain"), 403)["code"] == "forbidden"


def test_malformed_json_body_is_400(tracker, editor) -> None:
    response = editor.post(f"/api/review/meetings/{tracker.draft.pk}", "{not json", content_type="application/json")
    assert _error(response, 400)["code"] == "bad_request"


def test_unknown_decision_is_422(tracker, editor) -> None:
    response = editor.post(f"/api/review/meetings/{tracker.draft.pk}", {"decision": "maybe"})
    assert _error(response, 422)["field"] == "decision"


def test_too_large_body_is_413(tracker, editor, settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = editor.post("/api/ingest", "x" * 5000, content_type="text/plain")
    assert _error(response, 413)["code"] == "payload_too_large"


def test_unsupported_ingest_type_is_415(tracker, editor) -> None:
    assert _error(editor.post("/api/ingest", "a,b", content_type="text/csv"), 415)["field"] == "Content-Type"


def test_openapi_documents_error_bodies(anon) -> None:
    schema = anon.get("/api/openapi.json").json()
    assert "ErrorBody" in schema["components"]["schemas"]
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            assert "422" in operation["responses"] or 422 in operation["responses"], (path, method)
            assert "401" in operation["responses"] or 401 in operation["responses"], (path, method)


def test_docs_page_is_served_offline(anon) -> None:
    html = anon.get("/api/docs").content.decode("utf-8")
    assert "/static/api/swagger/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert anon.get("/static/api/swagger/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize("path", ["/api/meetings", "/api/promises"])
@pytest.mark.parametrize("value", ["9223372036854775808", "99999999999999999999999"])
def test_an_id_filter_past_64_bits_is_422(tracker, anon, path, value) -> None:
    assert _error(anon.get(path, {"dialogue": value}), 422)["field"] == "dialogue"
    assert anon.get(path, {"dialogue": "9223372036854775807"}).json()["total"] == 0


def test_search_ignores_an_id_filter_past_64_bits(tracker, anon) -> None:
    response = anon.get("/search/", {"q": "dialogue", "dialogue": "9223372036854775808", "year": "99999999999"})
    assert response.status_code == 200
