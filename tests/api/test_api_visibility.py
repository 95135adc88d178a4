"""Anonymous callers see published records only; signed-in callers see drafts too."""

from __future__ import annotations

import pytest

from rapport.web.sources.models import Report


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


def test_a_source_lists_only_the_meetings_its_caller_may_see(tracker, anon, viewer) -> None:
    """A source reporting a published meeting and a draft names the draft to signed-in callers only."""
    published = tracker.meetings[0]
    source = Report.objects.filter(meeting=published).first().source
    Report.objects.create(source=source, position=1, record={"parties": ["EU", "KZ"]}, party_key="EU,KZ",
                          meeting=tracker.draft)
    for caller, expected in ((anon, [published.pk]), (viewer, sorted([published.pk, tracker.draft.pk]))):
        detail = caller.get(f"/api/sources/{source.pk}")
        assert detail.status_code == 200, detail.content
        assert detail.json()["meeting_ids"] == expected
        listed = {item["id"]: item["meeting_ids"] for item in caller.get("/api/sources", limit=500).json()["items"]}
        assert listed[source.pk] == expected
