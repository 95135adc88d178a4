"""The meeting page and the API read a meeting's field values through one rule (issue 17): for
a meeting whose reports disagree, both give the same chosen value, sources and conflicts."""

from __future__ import annotations

from typing import Any

import pytest
from tracker_factories import ingest, make_record, place

from rapport.web.core.actor import acting_as
from rapport.web.dialogues.models import Meeting
from rapport.web.dialogues.services import meeting_field_correct, meeting_merge, meeting_review

pytestmark = pytest.mark.django_db

REPORTS = [  # (outlet, date, city): four outlets on one round, disagreeing on its day and city
    ("Outlet A", "2024-03-05", "Geneva"),
    ("Outlet B", "2024-03-05", "Bern"),
    ("Outlet C", "2024-03", "Geneva"),
    ("Outlet D", "2024-05-20", "Geneva"),
]


@pytest.fixture
def meeting() -> Meeting:
    """The four reports in one meeting (merged by a reviewer), its city corrected to Bern, published."""
    for outlet, date, city in REPORTS:
        ingest(make_record(date=date, round=4, place=place(city, "CH")), outlet=outlet)
    target, *others = list(Meeting.objects.order_by("id"))
    with acting_as(label="test:review"):
        for other in others:
            meeting_merge(target=target, other=other)
        meeting_field_correct(meeting=target, field="place_city", value="Bern")
        meeting_review(meeting=Meeting.objects.get(pk=target.pk), status="confirmed", note="")
    found = Meeting.objects.get(pk=target.pk)
    assert found.reports.count() == len(REPORTS)
    return found


def _outlets(references: list[str]) -> set[str]:
    """The outlets of sources named by reference."""
    from rapport.web.sources.models import Source

    outlet = {s.reference: s.outlet for s in Source.objects.all()}
    return {outlet[r] for r in references}


def _api_fields(client: Any, meeting: Meeting) -> dict[str, dict[str, Any]]:
    body = client.get(f"/api/meetings/{meeting.pk}").json()
    return {f["name"]: f for f in body["fields"]}


def _page_fields(client: Any, meeting: Meeting) -> dict[str, Any]:
    response = client.get(f"/meetings/{meeting.pk}/")
    assert response.status_code == 200
    return {f.name: f for f in response.context["fields"]}


def _chosen_sources(field: dict[str, Any]) -> set[str]:
    return _outlets([s for v in field["values"] if v["chosen"] for s in v["sources"]])


def _page_outlets(groups: list[Any]) -> set[str]:
    return {c.report.source.outlet for g in groups for c in g.claims}


def test_page_and_api_agree_on_a_day_reports_disagree_on(client: Any, meeting: Meeting) -> None:
    api, page = _api_fields(client, meeting)["date"], _page_fields(client, meeting)["date"]
    assert page.value == api["chosen"] == "2024-03-05"
    chosen = [g for g in page.groups if g.chosen]
    assert _page_outlets(chosen) == _chosen_sources(api) == {"Outlet A", "Outlet B"}
    # The month agrees with the day; only the day in May conflicts, on the page as in the API.
    assert [g.value for g in page.conflicting] == ["2024-05-20"]
    assert _page_outlets(page.conflicting) == {"Outlet D"}
    assert api["conflict"] is True
    assert {v["value"] for v in api["values"]} == {g.value for g in page.groups}
    assert page.corrected is api["corrected"] is False


def test_page_and_api_agree_on_a_corrected_city(client: Any, meeting: Meeting) -> None:
    api, page = _api_fields(client, meeting), _page_fields(client, meeting)["place"]
    city, country = api["place_city"], api["place_country"]
    assert (city["chosen"], country["chosen"]) == ("Bern", "CH")
    assert page.value == "Bern, Switzerland"
    assert page.corrected is city["corrected"] is True
    chosen = [g for g in page.groups if g.chosen]
    assert _page_outlets(chosen) == _chosen_sources(city) == {"Outlet B"}
    assert _page_outlets(page.conflicting) == _outlets(
        [s for v in city["values"] if not v["chosen"] for s in v["sources"]]) == {"Outlet A", "Outlet C", "Outlet D"}
    assert bool(page.conflicting) is (city["conflict"] or country["conflict"]) is True
    assert country["conflict"] is False


def test_page_shows_the_conflicts_the_api_reports(client: Any, meeting: Meeting) -> None:
    html = client.get(f"/meetings/{meeting.pk}/").content.decode()
    date_row = html.split('id="field-date"')[1].split("</tr>")[0]
    assert "Conflicting:</strong> “2024-05-20” (1)" in date_row
    assert "“2024-03”" not in date_row.split("Conflicting:")[1].split("</div>")[0]
    # Only the conflicting value is shown in red; the month is shown as agreeing.
    assert '<div class="value-alt claims"><strong>“2024-05-20”:</strong>' in date_row
    assert '<div class="claims"><strong>“2024-03”:</strong>' in date_row
