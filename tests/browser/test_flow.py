"""Browser tests on a real server: an editor adds, reviews and finds a readout; visibility;
history; and screenshots of the main pages built from the sample corpus.
"""

from __future__ import annotations

import re
from typing import Any

from conftest import WIDER_THAN_SCREEN, screenshot, sign_in

READOUT = (
    "SORENNE, 11 March 2026. Kaveria and Vathenia held the second round of the Kaveria–Vathenia "
    "Human Rights Dialogue in Sorenne on 10 March 2026, the Ministry of Foreign Affairs said.\n\n"
    "The Kaverian delegation was headed by Director-General Kenji Hoshimura; the Vathenian "
    "delegation was led by Secretary of State Sokhom Vireakbotra.\n\n"
    "The two sides discussed freedom of expression, the rights of the child and cooperation "
    "in the UN Human Rights Council. They agreed to hold the third round in Andrevel in 2027."
)





def _add_readout(page: Any, server: str) -> str:
    """Paste the readout on the Add sources page; return the URL of the meeting it produced."""
    page.goto(f"{server}/sources/add/")
    page.get_by_label("Or paste the text of a readout").fill(READOUT)
    page.get_by_label("Title").fill("Kaveria and Vathenia hold second human rights dialogue")
    page.get_by_label("Outlet").fill("Browser Test Wire")
    page.get_by_label("Published (YYYY-MM-DD)").fill("2026-03-11")
    page.get_by_role("button", name="Add and read").click()
    summary = page.get_by_role("status").filter(has_text="Ingest summary")
    assert "new 1" in summary.inner_text()
    link = summary.get_by_role("link").first
    href = link.get_attribute("href")
    assert href
    assert href.startswith("/meetings/")
    return f"{server}{href}"


def test_editor_adds_reviews_and_finds_a_readout(page: Any, server: str) -> None:
    sign_in(page, server)
    meeting_url = _add_readout(page, server)
    # The review queue shows it; accept it with the keyboard (j/k select, a accepts).
    page.goto(f"{server}/review/")
    item = page.locator("[data-queue-item]").filter(has_text="Vireakbotra")
    assert item.count() == 1
    screenshot(page, "review")
    position = page.locator("[data-queue-item]").evaluate_all(
        "(items) => items.findIndex((el) => el.textContent.includes('Vireakbotra'))"
    )
    for _ in range(position):
        page.keyboard.press("j")
    assert "selected" in (item.get_attribute("class") or "")
    with page.expect_navigation():
        page.keyboard.press("a")
    assert page.locator("[data-queue-item]").filter(has_text="Vireakbotra").count() == 0
    # It is on its dialogue's timeline, published.
    page.goto(meeting_url)
    assert "confirmed" in page.locator("h1 + p").inner_text()
    page.locator(".crumbs a").nth(1).click()
    timeline = page.locator("svg.timeline").first
    assert "2026" in timeline.text_content()
    assert "Round 2" in timeline.text_content()
    # Search finds it, with the word highlighted.
    page.goto(f"{server}/")
    page.get_by_role("searchbox").first.fill("Vireakbotra")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/search/\?q=Vireakbotra.*"))
    assert page.locator("mark", has_text="Vireakbotra").count() >= 1
    assert page.get_by_role("link", name=re.compile("Kaveria and Vathenia hold second")).count() == 1


def test_anonymous_visitor_cannot_reach_drafts_queue_or_history(browser: Any, page: Any, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/sources/add/")
    text = READOUT.replace("second", "third").replace("10 March 2026", "2 April 2027").replace("Vireakbotra", "Draftonly")
    page.get_by_label("Or paste the text of a readout").fill(text)
    page.get_by_role("button", name="Add and read").click()
    href = page.get_by_role("status").get_by_role("link").first.get_attribute("href")
    anonymous = browser.new_context().new_page()
    response = anonymous.goto(f"{server}{href}")
    assert response.status == 404
    anonymous.goto(f"{server}/review/")
    assert "/accounts/login/" in anonymous.url
    anonymous.goto(f"{server}/history/meeting/1/")
    assert "/accounts/login/" in anonymous.url
    anonymous.goto(f"{server}/search/?q=Draftonly")
    assert anonymous.locator("mark", has_text="Draftonly").count() == 0
    anonymous.context.close()


def test_editor_correction_appears_in_history(page: Any, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/dialogues/")
    page.get_by_role("link", name=re.compile("Kestria")).first.click()
    page.locator("table a[href^='/meetings/']").first.click()
    page.get_by_label("Field", exact=True).select_option("place_city")
    page.get_by_label("New value").fill("Ambrel")
    page.get_by_role("button", name="Save correction").click()
    assert "City corrected" in page.locator(".messages").inner_text()
    page.get_by_role("link", name="History").click()
    history = page.locator("main").inner_text()
    assert "ed" in history
    assert "corrected" in history
    assert "Ambrel" in history


def test_screenshots_of_the_sample(browser: Any, page: Any, server: str) -> None:
    page.goto(f"{server}/")
    screenshot(page, "home")
    page.goto(f"{server}/dialogues/")
    page.get_by_role("link", name=re.compile("Tarvonia|Kestria")).first.click()
    screenshot(page, "dialogue")
    dialogue_url = page.url
    page.locator("table a[href^='/meetings/']").last.click()
    screenshot(page, "meeting")
    page.locator("ul.queue a[href^='/sources/']").first.click()
    screenshot(page, "source")
    for name in ("themes", "search"):
        page.goto(f"{server}/{name}/" + ("?q=dialogue" if name == "search" else ""))
        screenshot(page, name)
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True).new_page()
    phone.goto(f"{server}/")
    screenshot(phone, "home-phone")
    phone.goto(dialogue_url)
    screenshot(phone, "dialogue-phone")
    wide = phone.evaluate(WIDER_THAN_SCREEN)
    assert not wide, f"elements wider than a phone screen: {wide}"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways page scroll
    phone.context.close()
