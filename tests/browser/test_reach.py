"""Browser tests: the briefing pack, exports and API docs are linked from the pages; the
promises page filters; recent changes and history read in words with links.
"""

from __future__ import annotations

import re
from typing import Any

from conftest import screenshot, sign_in

RAW_NAMES = ("mechanism_id", "fulfilled_by_id", "party_key", '"reports"', "date_start")


def _first_dialogue(page: Any, server: str) -> str:
    page.goto(f"{server}/dialogues/")
    page.locator("table a[href^='/dialogues/']").first.click()
    page.wait_for_url(re.compile(r".*/dialogues/\d+/$"))
    return str(page.url)


def test_dialogue_page_links_briefing_pack_exports_and_api_docs(page: Any, server: str) -> None:
    dialogue_url = _first_dialogue(page, server)
    pk = dialogue_url.rstrip("/").rsplit("/", 1)[1]
    name = page.locator("h1").inner_text()
    exports = page.get_by_role("navigation", name="Briefing pack and exports of this dialogue")
    screenshot(page, "dialogue-exports")
    # The briefing pack as HTML opens and names the dialogue; the PDF is a PDF.
    exports.get_by_role("link", name="HTML").click()
    page.wait_for_url(re.compile(rf".*/api/dialogues/{pk}/brief\?format=html"))
    assert name in page.content()
    pdf = page.request.get(f"{server}/api/dialogues/{pk}/brief?format=pdf")
    assert pdf.ok
    assert pdf.body()[:5] == b"%PDF-"
    # The CSV link gives this dialogue's meetings only; the JSON link the same rows.
    page.goto(dialogue_url)
    href = exports.locator("[data-export=meetings-csv]").get_attribute("href")
    csv = page.request.get(f"{server}{href}")
    assert csv.ok
    assert "text/csv" in csv.headers["content-type"]
    lines = csv.text().strip().splitlines()
    assert lines[0].startswith("id,dialogue_id")
    assert len(lines) > 1
    assert all(f",{pk}," in line for line in lines[1:])
    href = exports.locator("[data-export=meetings-json]").get_attribute("href")
    data = page.request.get(f"{server}{href}").json()
    assert data["total"] == len(lines) - 1
    # The API docs are one click from the footer of any page.
    page.get_by_role("navigation", name="Data and API").get_by_role("link", name="API docs").click()
    page.wait_for_url(f"{server}/api/docs")
    page.wait_for_selector("text=Rapport API")
    screenshot(page, "api-docs")


def test_meeting_list_and_home_link_exports(page: Any, server: str) -> None:
    page.goto(f"{server}/dialogues/")
    nav = page.get_by_role("navigation", name="Exports of all dialogues")
    assert nav.get_by_role("link", name="API docs").count() == 1
    href = nav.locator("[data-export=dialogues-csv]").get_attribute("href")
    assert page.request.get(f"{server}{href}").text().startswith("id,name,parties")
    page.goto(f"{server}/")
    nav = page.get_by_role("navigation", name="Exports of all meetings")
    href = nav.locator("[data-export=promises-csv]").get_attribute("href")
    assert page.request.get(f"{server}{href}").text().startswith("id,kind,description")


def test_promises_page_filters_by_status_dialogue_country_and_due_date(page: Any, server: str) -> None:
    page.goto(f"{server}/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Promises").click()
    page.wait_for_url(f"{server}/promises/")
    rows = page.locator("#promises tbody tr")
    everything = rows.count()
    assert everything >= 5
    screenshot(page, "promises")
    page.get_by_label("Status").select_option("overdue")
    page.get_by_role("button", name="Filter").click()
    badges = page.locator("#promises tbody .badge").all_inner_texts()
    assert badges
    assert set(badges) == {"overdue"}
    assert rows.count() < everything
    page.goto(f"{server}/promises/")
    page.get_by_label("Country").select_option("XS")
    page.get_by_role("button", name="Filter").click()
    dialogues = set(page.locator("#promises tbody td:nth-child(5)").all_inner_texts())
    assert dialogues
    assert all("Kestria" in d for d in dialogues)
    page.get_by_label("Country").select_option("")
    page.get_by_label("Due from").fill("2026-01-01")
    page.get_by_label("Due to").fill("2026-12-31")
    page.get_by_role("button", name="Filter").click()
    dues = page.locator("#promises tbody td:nth-child(3)").all_inner_texts()
    assert dues
    assert all("2026" in d for d in dues)
    # A filter the page cannot use says so instead of being dropped silently.
    page.goto(f"{server}/promises/?status=kept-maybe&due_from=soon")
    alert = page.get_by_role("alert").inner_text()
    assert "kept-maybe" in alert
    assert "soon" in alert
    assert rows.count() == everything


def test_recent_changes_and_history_read_in_words(page: Any, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/changes/?kind=meeting")
    assert page.locator("ol.changes > li").count() >= 5
    screenshot(page, "recent-changes")
    text = page.locator("main").inner_text()
    for raw in RAW_NAMES:
        assert raw not in text, f"raw field name {raw} shown on the changes page"
    # A change's record is a link; a dialogue named in a change is a link to its page.
    page.locator("ol.changes > li a[href^='/meetings/']").first.click()
    page.get_by_role("link", name="History").click()
    history = page.locator("main")
    assert "Dialogue" in history.inner_text()
    for raw in RAW_NAMES:
        assert raw not in history.inner_text()
    assert history.locator(".history-diff a[href^='/dialogues/']").count() >= 1
    screenshot(page, "history-words")
    page.goto(f"{server}/changes/?kind=planet")
    assert "planet" in page.get_by_role("alert").inner_text()
