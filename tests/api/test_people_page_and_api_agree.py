"""The people pages and the people API show a visitor the same people and the same meetings;
the source list reads its selector with the API's filters.

Both read ``people/selectors.py``: a person is shown to whoever may see a meeting they chaired,
and only those meetings are listed and counted (anonymous visitors: published ones only).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from api_factories import Tracker
from django.test import Client
from django.urls import reverse

from rapport.web.dialogues.models import Meeting, Participation
from rapport.web.people.models import Person


@pytest.fixture
def people(tracker: Tracker) -> dict[str, Person]:
    """Kazykhan also chairs the draft; one person chairs only the draft, one only a rejected meeting."""
    kz = tracker.kazykhan.party
    Participation.objects.create(meeting=tracker.draft, person=tracker.kazykhan, party=kz)
    draft_only = Person.objects.create(name="Aigerim Draftova", party=kz, name_key="draftova")
    Participation.objects.create(meeting=tracker.draft, person=draft_only, party=kz)
    rejected = Meeting.objects.create(mechanism=tracker.mechanism, party_key="KZ,US", round=9, date="2025-02",
                                      place_city="Almaty", place_country="KZ", review_status="rejected")
    rejected_only = Person.objects.create(name="Bolat Rejectov", party=kz, name_key="rejectov")
    Participation.objects.create(meeting=rejected, person=rejected_only, party=kz)
    return {"kazykhan": tracker.kazykhan, "draft_only": draft_only, "rejected_only": rejected_only}


def _page_counts(client: Client) -> dict[int, int]:
    """Person id -> the "Meetings chaired" figure of the people page."""
    html = client.get(reverse("people:list")).content.decode()
    prefix = re.escape(reverse("people:detail", args=[0]).removesuffix("0/"))
    rows = re.findall(rf'href="{prefix}(\d+)/">[^<]*</a></td><td>[^<]*</td><td class="num">(\d+)</td>', html)
    return {int(pk): int(n) for pk, n in rows}


def _page_meetings(client: Client, pk: int) -> set[int] | None:
    """The meetings a person's page lists, or None when the page is not found."""
    response = client.get(reverse("people:detail", args=[pk]))
    if response.status_code == 404:
        return None
    assert response.status_code == 200
    prefix = re.escape(reverse("dialogues:meeting", args=[0]).removesuffix("0/"))
    return {int(pk) for pk in re.findall(rf'href="{prefix}(\d+)/"', response.content.decode())}


def _api_meetings(get: Any, pk: int) -> set[int] | None:
    """The meetings the API's person detail lists, or None when it answers 404."""
    response = get(f"/api/people/{pk}")
    if response.status_code == 404:
        return None
    assert response.status_code == 200, response.content
    return {m["id"] for m in response.json()["meetings"]}


@pytest.mark.parametrize("who", ["anonymous", "viewer"])
def test_page_and_api_show_the_same_people_and_meetings(people, tracker, anon, viewer, who) -> None:
    page = Client()
    if who == "viewer":
        page.force_login(viewer.user)
    get = anon.get if who == "anonymous" else viewer.get

    api_counts = {p["id"]: p["meeting_count"] for p in get("/api/people").json()["items"]}
    assert _page_counts(page) == api_counts
    published = {m.pk for m in tracker.meetings}
    expected_kazykhan = published if who == "anonymous" else published | {tracker.draft.pk}
    assert api_counts[people["kazykhan"].pk] == len(expected_kazykhan)
    assert (people["draft_only"].pk in api_counts) is (who == "viewer")
    assert people["rejected_only"].pk not in api_counts

    for person in people.values():
        assert _page_meetings(page, person.pk) == _api_meetings(get, person.pk), person.name
    assert _api_meetings(get, people["kazykhan"].pk) == expected_kazykhan
    assert _api_meetings(get, people["draft_only"].pk) == (None if who == "anonymous" else {tracker.draft.pk})
    assert _api_meetings(get, people["rejected_only"].pk) is None


def _source_ids(caller: Any, **params: Any) -> set[int]:
    """The ids of the sources the API lists for ``caller`` (a bare client, or a caller with a token)."""
    response = caller.get("/api/sources", params) if isinstance(caller, Client) else caller.get("/api/sources", **params)
    assert response.status_code == 200, response.content
    return {s["id"] for s in response.json()["items"]}


def test_source_list_filters_by_the_meetings_reported_and_the_outlet(tracker, anon, viewer) -> None:
    second_round = {r.source_id for r in tracker.meetings[1].reports.all()}
    assert _source_ids(anon, theme="torture") == second_round
    assert _source_ids(anon, outlet="ledger") == {
        r.source_id for m in tracker.meetings for r in m.reports.all() if r.source.outlet == "Astana Ledger"}
    assert _source_ids(anon, status="draft") == set()
    assert _source_ids(viewer, status="draft") == {tracker.draft_source.pk}
    assert _source_ids(viewer, party="be") == set()
