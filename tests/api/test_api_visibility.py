"""Anonymous callers see published records only; signed-in callers see drafts too."""

from __future__ import annotations

import pytest


def _ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_anonymous_sees_only_published_meetings(tracker, anon) -> None:
    ids = _ids(anon.get("/api/meetings"))
    assert ids == {m.pk for m in tracker.meetings}
    assert anon.get(f"/api/meetings/{tracker.draft.pk}").status_code == 404


def test_viewer_sees_drafts(tracker, viewer) -> None:
    assert tracker.draft.pk in _ids(viewer.get("/api/meetings"))
    assert viewer.get(f"/api/meetings/{tracker.draft.pk}").status_code == 200


@pytest.mark.parametrize(("path", "hidden"), [
    ("/api/dialogues", "draft_dialogue"), ("/api/sources", "draft_source"),
])
def test_anonymous_lists_hide_draft_only_records(tracker, anon, viewer, path, hidden) -> None:
    record = tracker.draft.mechanism if hidden == "draft_dialogue" else tracker.draft_source
    assert record.pk not in _ids(anon.get(path))
    assert record.pk in _ids(viewer.get(path))


def test_anonymous_detail_of_draft_only_records_is_404(tracker, anon) -> None:
    assert anon.get(f"/api/dialogues/{tracker.draft.mechanism_id}").status_code == 404
    assert anon.get(f"/api/sources/{tracker.draft_source.pk}").status_code == 404
    assert anon.get(f"/api/dialogues/{tracker.draft.mechanism_id}/brief").status_code == 404


def test_anonymous_search_finds_no_draft(tracker, anon, viewer) -> None:
    kinds = {(h["kind"], h["id"]) for h in anon.get("/api/search", {"q": "Brussels"}).json()["items"]}
    assert ("meeting", tracker.draft.pk) not in kinds
    kinds = {(h["kind"], h["id"]) for h in viewer.get("/api/search", q="Brussels").json()["items"]}
    assert ("meeting", tracker.draft.pk) in kinds


def test_review_queue_needs_token(tracker, anon, viewer) -> None:
    assert anon.get("/api/review").status_code == 401
    assert _ids(viewer.get("/api/review")) == {tracker.draft.pk}
