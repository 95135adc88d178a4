"""Browser tests: sortable tables, long titles that wrap, a phone (390 px) without sideways
page scrolling, tables scrolling in their box with a hint, and a timeline readable on a phone.
"""

from __future__ import annotations

import re
from typing import Any

from conftest import WIDER_THAN_SCREEN, screenshot, sign_in

LONG_WORD = "Supercalifragilisticexpialidocious" * 5
LONG_TITLE = ("An exceptionally long headline about the Kaveria–Vathenia human rights dialogue " * 6) + LONG_WORD
READOUT = (
    "ANDREVEL, 3 June 2026. Vathenia and Kaveria held the third round of the Kaveria–Vathenia Human "
    "Rights Dialogue in Andrevel on 2 June 2026.\n\nThe Vathenian delegation was headed by Secretary "
    "of State Vannak Sereivuth; the Kaverian delegation was led by Ambassador Haruto Kisaragi.\n\n"
    "They discussed the rights of persons with disabilities and agreed to meet again in Sorenne in 2027."
)
PAGES = ("/", "/dialogues/", "/promises/", "/people/", "/countries/", "/themes/", "/search/?q=dialogue",
         "/changes/", "/review/", "/sources/add/")


def _column(page: Any, table: str, index: int) -> list[str]:
    return [str(c) for c in page.locator(f"{table} tbody tr td:nth-child({index})").evaluate_all(
        "(cells) => cells.map((c) => c.dataset.value ?? c.textContent.trim())")]


def _as_numbers(values: list[str]) -> list[float]:
    return [float(v) for v in values]


def test_tables_sort_by_any_column(page: Any, server: str) -> None:
    page.goto(f"{server}/dialogues/")
    header = page.locator("#dialogues thead th").nth(2)
    header.get_by_role("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    counts = _as_numbers(_column(page, "#dialogues", 3))
    assert counts == sorted(counts)
    assert len(set(counts)) > 1
    header.get_by_role("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert _as_numbers(_column(page, "#dialogues", 3)) == sorted(counts, reverse=True)
    page.locator("#dialogues thead th").first.get_by_role("button").click()
    names = _column(page, "#dialogues", 1)
    assert names == sorted(names, key=str.lower)
    screenshot(page, "dialogues-sorted")
    # Dates sort as dates (not as "24 Apr 2024" text); a dialogue's rounds newest first.
    page.locator("#dialogues tbody td:first-child a").filter(has_text=re.compile("Kestria")).first.click()
    date_header = page.locator("#rounds thead th").first
    date_header.get_by_role("button").click()
    date_header.get_by_role("button").click()
    dates = _column(page, "#rounds", 1)
    assert dates == sorted(dates, reverse=True)
    assert len(dates) >= 3
    page.goto(f"{server}/promises/")
    page.locator("#promises thead th").nth(2).get_by_role("button").click()
    dues = [d for d in _column(page, "#promises", 3) if d]
    assert dues == sorted(dues)


def test_long_titles_wrap_on_laptop_and_phone(browser: Any, page: Any, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/sources/add/")
    page.get_by_label("Or paste the text of a readout").fill(READOUT)
    page.get_by_label("Title").fill(LONG_TITLE)
    page.get_by_label("Outlet").fill("Wire " + LONG_WORD)
    page.get_by_role("button", name="Add and read").click()
    meeting = page.get_by_role("status").get_by_role("link").first.get_attribute("href")
    page.goto(f"{server}{meeting}")
    page.locator("ul.queue a[href^='/sources/']").first.click()
    source = page.url
    urls = [source, f"{server}{meeting}", f"{server}/search/?q=Supercalifragilisticexpialidocious", f"{server}/review/"]
    storage = page.context.storage_state()
    for width in (1280, 390):
        viewer = browser.new_context(viewport={"width": width, "height": 900}, storage_state=storage).new_page()
        for url in urls:
            viewer.goto(url)
            assert viewer.evaluate("document.documentElement.scrollWidth") <= width, f"{url} wider than {width}px"
        screenshot(viewer, f"long-title-{width}")
        viewer.context.close()


def test_phone_pages_do_not_overflow_and_tables_scroll_with_a_hint(browser: Any, page: Any, server: str) -> None:
    sign_in(page, server)
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                storage_state=page.context.storage_state()).new_page()
    page.goto(f"{server}/dialogues/")
    dialogue = page.locator("#dialogues tbody td:first-child a").filter(has_text=re.compile("Kestria")).first.get_attribute("href")
    page.goto(f"{server}{dialogue}")
    meeting = page.locator("#rounds a[href^='/meetings/']").first.get_attribute("href")
    for path in (*PAGES, dialogue, meeting):
        phone.goto(f"{server}{path}")
        wide = phone.evaluate(WIDER_THAN_SCREEN)
        assert not wide, f"{path}: elements wider than a phone: {wide}"
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390, path
    phone.goto(f"{server}{dialogue}")
    wrap = phone.locator("#rounds").locator("xpath=..")
    assert wrap.evaluate("(el) => el.scrollWidth > el.clientWidth")  # the table scrolls in its box
    hint = phone.locator(".scroll-hint:visible").first
    assert "scroll it sideways" in hint.inner_text()
    screenshot(phone, "dialogue-phone-hint")
    phone.context.close()
    # On a laptop the same table fits: no hint.
    page.goto(f"{server}{dialogue}")
    assert page.locator(".scroll-hint:visible").count() == 0


def test_timeline_on_a_phone_lists_every_year(browser: Any, server: str) -> None:
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True).new_page()
    phone.goto(f"{server}/dialogues/")
    phone.locator("#dialogues tbody td:first-child a").filter(has_text=re.compile("Kestria")).first.click()
    years = sorted({d[:4] for d in _column(phone, "#rounds", 1)})
    assert len(years) >= 3
    rounds = phone.get_by_role("list", name="Rounds in date order")
    assert rounds.is_visible()
    assert not phone.locator("svg.timeline").first.is_visible()
    text = rounds.inner_text()
    for year in years:
        assert year in text
    box = rounds.bounding_box()
    assert box["width"] <= 390
    screenshot(phone, "timeline-phone")
    phone.context.close()
