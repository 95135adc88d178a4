"""The review queue and the editor's actions: accept, reject, correct, merge, split; history."""

from __future__ import annotations

from typing import Any

import pytest
from page_factories import ingest_text, make_user

pytestmark = pytest.mark.django_db


def test_queue_lists_drafts_for_a_viewer_without_actions(client: Any) -> None:
    ingest_text()
    client.force_login(make_user("viewer"))
    html = client.get("/review/").content.decode()
    assert "data-queue-item" in html
    assert 'data-action="accept"' not in html
    assert client.get("/review/count/").content == b"1"


def test_viewer_cannot_decide(client: Any) -> None:
    meeting = ingest_text()
    client.force_login(make_user("viewer"))
    response = client.post(f"/meetings/{meeting.pk}/review/", {"decision": "accept"})
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert not meeting.published


def test_editor_accepts_from_the_queue(client: Any) -> None:
    meeting = ingest_text()
    client.force_login(make_user("editor"))
    response = client.post(f"/meetings/{meeting.pk}/review/", {"decision": "accept", "next": "/review/"})
    assert response.headers["Location"] == "/review/"
    meeting.refresh_from_db()
    assert meeting.published
    assert client.get("/review/count/").content == b"0"
    client.logout()
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 200  # now public


def test_editor_rejects(client: Any) -> None:
    meeting = ingest_text()
    client.force_login(make_user("editor"))
    client.post(f"/meetings/{meeting.pk}/review/", {"decision": "reject"})
    meeting.refresh_from_db()
    assert meeting.review_status == "rejected"


def test_correction_is_recorded_in_history(client: Any) -> None:
    meeting = ingest_text(publish=True)
    client.force_login(make_user("editor", name="ed"))
    client.post(f"/meetings/{meeting.pk}/correct/", {"field": "place_city", "value": "Almaty"})
    meeting.refresh_from_db()
    assert meeting.place_city == "Almaty"
    html = client.get(f"/history/meeting/{meeting.pk}/").content.decode()
    assert "ed" in html
    assert "Almaty" in html
    assert "Astana" in html
    assert "set by reviewer" in client.get(f"/meetings/{meeting.pk}/").content.decode()


def test_bad_correction_shows_a_message(client: Any) -> None:
    meeting = ingest_text()
    client.force_login(make_user("editor"))
    response = client.post(f"/meetings/{meeting.pk}/correct/", {"field": "round", "value": "third"}, follow=True)
    assert "not a positive whole number" in response.content.decode()


def test_merge_and_split(client: Any) -> None:
    first = ingest_text(publish=True)
    second = ingest_text(READOUT_OTHER, date="2024-05", round=None, evidence={})
    client.force_login(make_user("editor"))
    if second.pk == first.pk:  # the tracker merged them already: split, then merge back
        report = first.reports.order_by("-id").first()
        response = client.post(f"/meetings/{first.pk}/split/", {"report": report.pk})
        assert response.status_code == 302
        second = report.__class__.objects.get(pk=report.pk).meeting
        assert second.pk != first.pk
    client.post(f"/meetings/{first.pk}/merge/", {"other": second.pk})
    assert first.reports.count() == 2
    assert not first.__class__.objects.filter(pk=second.pk).exists()


READOUT_OTHER = "In May 2024 Kazakhstan and the United States held their human-rights dialogue in Astana."


def test_anonymous_cannot_post_actions(client: Any) -> None:
    meeting = ingest_text()
    for action in ("review", "correct", "merge", "split"):
        response = client.post(f"/meetings/{meeting.pk}/{action}/", {})
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/accounts/login/")


def test_history_needs_login(client: Any) -> None:
    meeting = ingest_text(publish=True)
    assert client.get(f"/history/meeting/{meeting.pk}/").status_code == 302
    client.force_login(make_user("viewer"))
    assert client.get(f"/history/meeting/{meeting.pk}/").status_code == 200
    assert client.get("/history/nothing/1/").status_code == 404


def _thin(text: str) -> Any:
    """Ingest a report with neither date nor round, place nor chairs; return its meeting (None: unplaced)."""
    return ingest_text(text, round=None, date=None, place=None, chairs=(), next_meeting=None, evidence={})


def test_unplaced_report_waits_in_the_queue_until_an_editor_places_it(client: Any) -> None:
    from rapport.web.followup.models import Promise
    from rapport.web.sources.models import Report

    earlier = ingest_text("The dialogue met on 24 January 2023 in Washington.", round=2, date="2023-01-24",
                          place=None, evidence={})
    assert _thin("Officials of both sides have met in the dialogue, observers say.") is None
    assert Promise.objects.filter(meeting=None).count() == 0
    client.force_login(make_user("editor"))
    html = client.get("/review/").content.decode()
    assert "Which meeting?" in html
    assert "data-unplaced" in html
    report = Report.objects.get(meeting__isnull=True)
    client.post(f"/review/place/{report.pk}/", {"meeting": earlier.pk})
    report.refresh_from_db()
    assert report.meeting_id == earlier.pk
    ingest_text("A later readout of round 4 of the dialogue.", round=4, date="2025-03-03", evidence={})
    report.refresh_from_db()
    assert report.meeting_id == earlier.pk  # a reviewer's placement survives the next ingest


def test_close_meetings_are_suggested_for_a_merge_and_can_be_dismissed(client: Any) -> None:
    from rapport.web.review.models import Suggestion

    ingest_text("First readout: the dialogue met on 20 May 2024.", round=None, chairs=())
    ingest_text("Second readout: the dialogue met on 27 May 2024.", round=None, chairs=(), date="2024-05-27",
                evidence={})
    suggestion = Suggestion.objects.get()
    assert (suggestion.kind, suggestion.reason) == ("merge", "7 days apart")
    client.force_login(make_user("editor"))
    assert "Merge or split?" in client.get("/review/").content.decode()
    client.post(f"/review/suggestions/{suggestion.pk}/dismiss/")
    assert not Suggestion.objects.exists()
