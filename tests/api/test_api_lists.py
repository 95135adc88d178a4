"""Pagination, filters, details and CSV exports of the API's lists."""

from __future__ import annotations

import csv
import io

import pytest


def test_meetings_page_has_total_and_window(tracker, anon) -> None:
    body = anon.get("/api/meetings", {"limit": 2, "offset": 1}).json()
    assert (body["total"], body["limit"], body["offset"]) == (3, 2, 1)
    assert [m["round"] for m in body["items"]] == [2, 3]


@pytest.mark.parametrize(("params", "rounds"), [
    ({"party": "us"}, [1, 2, 3]),
    ({"party": "FR"}, []),
    ({"theme": "trafficking"}, [3]),
    ({"theme": "media_freedom"}, [1, 2, 3]),
    ({"date_from": "2023-01-01"}, [2, 3]),
    ({"date_from": "2023-01-01", "date_to": "2023-12-31"}, [2]),
    ({"q": "Washington"}, [1]),
])
def test_meetings_filters(tracker, anon, params, rounds) -> None:
    items = anon.get("/api/meetings", params).json()["items"]
    assert [m["round"] for m in items] == rounds


def test_meetings_filter_by_dialogue(tracker, viewer) -> None:
    items = viewer.get("/api/meetings", dialogue=tracker.draft.mechanism_id).json()["items"]
    assert [m["id"] for m in items] == [tracker.draft.pk]


def test_meeting_detail_has_sources_promises_and_fields(tracker, anon) -> None:
    meeting = tracker.meetings[2]
    body = anon.get(f"/api/meetings/{meeting.pk}").json()
    assert len(body["sources"]) == 3
    assert body["promises"][0]["kind"] == "next_meeting"
    assert {c["name"] for c in body["chairs"]} == {"Yerzhan Kazykhan", "Uzra Zeya"}
    assert any(f["name"] == "date" for f in body["fields"])


def test_dialogue_detail_lists_meetings(tracker, anon) -> None:
    body = anon.get(f"/api/dialogues/{tracker.mechanism.pk}").json()
    assert body["parties"] == ["KZ", "US"]
    assert [m["round"] for m in body["meetings"]] == [1, 2, 3]
    assert body["meeting_count"] == 3


def test_people_filters_and_detail(tracker, anon) -> None:
    assert [p["name"] for p in anon.get("/api/people", {"q": "Ержан"}).json()["items"]] == ["Yerzhan Kazykhan"]
    assert [p["name"] for p in anon.get("/api/people", {"party": "US"}).json()["items"]] == ["Uzra Zeya"]
    body = anon.get(f"/api/people/{tracker.kazykhan.pk}").json()
    assert "Ержан Казыхан" in body["aliases"]
    assert len(body["meetings"]) == 3


def test_promises_filters(tracker, anon) -> None:
    assert [p["status"] for p in anon.get("/api/promises", {"status": "overdue"}).json()["items"]] == ["overdue"]
    assert anon.get("/api/promises", {"dialogue": tracker.mechanism.pk}).json()["total"] == 3
    assert anon.get("/api/promises", {"due_to": "2023-12-31"}).json()["total"] == 1


def test_themes_counts(tracker, anon) -> None:
    items = anon.get("/api/themes").json()["items"]
    assert items[0]["id"] in {"democratic_reform", "media_freedom"}
    assert items[0]["meeting_count"] == 3


@pytest.mark.parametrize("path", ["/api/meetings", "/api/dialogues", "/api/people", "/api/promises", "/api/sources"])
def test_lists_export_csv(tracker, anon, path) -> None:
    response = anon.get(path, {"format": "csv", "limit": 1})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert len(rows) == int(response["X-Total-Count"]) == anon.get(path).json()["total"]


def test_meetings_csv_columns(tracker, anon) -> None:
    text = anon.get("/api/meetings", {"format": "csv"}).content.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["place_city"] == "Washington"
    assert rows[0]["chairs"] == "Erzhan Kazykhan (KZ); Uzra Zeya (US)" or "Uzra Zeya (US)" in rows[0]["chairs"]
    assert rows[0]["dialogue_name"] == tracker.mechanism.name


def test_export_response_for_views(tracker) -> None:
    from rapport.web.api.exports import export_response
    from rapport.web.dialogues.models import Meeting

    response = export_response("meetings", Meeting.objects.filter(published=True).order_by("id"), fmt="json")
    assert response["Content-Disposition"].endswith('.json"')
    import json

    assert len(json.loads(response.content)) == 3
    with pytest.raises(ValueError):
        export_response("nonsense", Meeting.objects.none())


def test_csv_shortcut_path_keeps_filters(tracker, anon) -> None:
    response = anon.get("/api/meetings.csv", {"theme": "trafficking"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert [r["round"] for r in rows] == ["3"]
    assert anon.get("/api/meetings.csv", {"party": "USA"}).status_code == 422
