"""Every page renders, and anonymous visitors see only published records."""

from __future__ import annotations

from typing import Any

import pytest
from page_factories import ingest_text, make_user

pytestmark = pytest.mark.django_db


def _pages(meeting: Any) -> list[str]:
    """The public pages about one meeting."""
    source = meeting.reports.get().source
    person = meeting.participations.first().person
    return [
        "/", "/dialogues/", f"/dialogues/{meeting.mechanism_id}/", f"/meetings/{meeting.pk}/",
        f"/sources/{source.pk}/", "/people/", f"/people/{person.pk}/", "/themes/",
        "/themes/rule_of_law/", "/countries/", "/countries/KZ/", "/search/?q=Astana",
    ]


def test_every_public_page_renders_a_published_meeting(client: Any) -> None:
    meeting = ingest_text(publish=True)
    for url in _pages(meeting):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b'<main id="main"' in response.content, url


def test_dialogue_page_draws_timeline_with_axis_and_labels(client: Any) -> None:
    meeting = ingest_text(publish=True)
    html = client.get(f"/dialogues/{meeting.mechanism_id}/").content.decode()
    assert '<svg class="timeline"' in html
    assert ">2024</text>" in html  # the year axis
    assert "Round 3" in html
    assert "Astana" in html
    assert "Date of meeting (year)" in html
    assert "Themes by round" in html
    assert "Rule of law" in html
    assert "Next round due" in html  # the promised round is on the timeline


def test_anonymous_cannot_see_a_draft(client: Any) -> None:
    draft = ingest_text()
    source = draft.reports.get().source
    assert client.get(f"/meetings/{draft.pk}/").status_code == 404
    assert client.get(f"/sources/{source.pk}/").status_code == 404
    assert client.get(f"/dialogues/{draft.mechanism_id}/").status_code == 404
    assert b"Round 3" not in client.get("/").content


def test_signed_in_viewer_sees_a_draft(client: Any) -> None:
    draft = ingest_text()
    client.force_login(make_user("viewer"))
    response = client.get(f"/meetings/{draft.pk}/")
    assert response.status_code == 200
    assert b"draft" in response.content
    assert b"Accept and publish" not in response.content  # viewers cannot decide


@pytest.mark.parametrize("url", ["/review/", "/review/count/", "/history/meeting/1/", "/sources/add/"])
def test_anonymous_is_sent_to_login(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/accounts/login/")


def test_private_site_shows_anonymous_nothing(client: Any, settings: Any) -> None:
    meeting = ingest_text(publish=True)
    settings.RAPPORT_PRIVATE = True
    for url in _pages(meeting):
        response = client.get(url)
        assert response.status_code == 302, url
    client.force_login(make_user("viewer"))
    assert client.get("/").status_code == 200


def test_dialogue_list_filters(client: Any) -> None:
    meeting = ingest_text(publish=True)
    name = meeting.mechanism.name.encode()
    assert name in client.get("/dialogues/?party=KZ").content
    assert name not in client.get("/dialogues/?party=FR").content
    assert name in client.get("/dialogues/?theme=rule_of_law").content
    assert name not in client.get("/dialogues/?theme=death_penalty").content
    assert client.get("/dialogues/?activity=dormant").status_code == 200


def test_home_lists_overdue_promises(client: Any) -> None:
    from datetime import date

    from rapport.web.followup.services import promise_refresh_statuses

    ingest_text(publish=True)
    promise_refresh_statuses(as_of=date(2026, 6, 1))
    html = client.get("/").content.decode()
    assert "Promises overdue" in html
    assert "Washington" in html


def test_search_finds_a_published_source_with_filters(client: Any) -> None:
    meeting = ingest_text(publish=True)
    html = client.get("/search/?q=Kazykhan").content.decode()
    assert "<mark>Kazykhan</mark>" in html
    assert "Readout" in html
    assert "Readout" not in client.get("/search/?q=Kazykhan&year=1999").content.decode()
    assert "Readout" in client.get(f"/search/?q=Kazykhan&dialogue={meeting.mechanism_id}&party=US").content.decode()


def test_search_hides_draft_sources_from_anonymous(client: Any) -> None:
    ingest_text()
    assert "Readout" not in client.get("/search/?q=Kazykhan").content.decode()
    client.force_login(make_user("viewer"))
    assert "Readout" in client.get("/search/?q=Kazykhan").content.decode()
