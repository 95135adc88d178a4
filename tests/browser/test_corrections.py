"""Browser tests: an editor corrects every kind of field of a meeting (chairs added, removed,
renamed and merged; themes; instruments; next meeting; dialogue; parties), each shown in the
history; a future date is warned about; viewers see no correction forms.
"""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from conftest import screenshot, sign_in


def _open_meeting(page: Any, server: str, dialogue: str, which: str = "first") -> str:
    """Open a meeting of the dialogue whose name matches ``dialogue``; return its URL."""
    page.goto(f"{server}/dialogues/")
    page.get_by_role("link", name=re.compile(dialogue)).first.click()
    links = page.locator("table a[href^='/meetings/']")
    (links.first if which == "first" else links.last).click()
    page.wait_for_url(re.compile(r".*/meetings/\d+/$"))
    return str(page.url)


def _correct(page: Any, field: str, value: str) -> str:
    form = page.get_by_role("form", name="Correct a field")
    form.get_by_label("Field").select_option(field)
    form.get_by_label("New value").fill(value)
    with page.expect_navigation():  # read the page the form leads to, not the one it left
        form.get_by_role("button", name="Save correction").click()
    return str(page.locator(".messages").first.inner_text())


def _fill(page: Any, form: str, values: dict[str, str], button: str) -> None:
    """Fill the labelled fields of the form named ``form`` and press its ``button``."""
    found = page.get_by_role("form", name=form)
    for label, value in values.items():
        found.get_by_label(label).fill(value)
    with page.expect_navigation():
        found.get_by_role("button", name=button).click()


def _history(page: Any, url: str) -> str:
    page.goto(url)
    with page.expect_navigation():
        page.get_by_role("link", name="History").first.click()
    return str(page.locator("main").inner_text())


def test_editor_corrects_chairs_themes_instruments_and_next_meeting(page: Any, server: str) -> None:
    sign_in(page, server)
    url = _open_meeting(page, server, "Dravenia", "last")
    # Chairs: add one, remove one.
    _fill(page, "Add a chair", {"Chair's name": "Mira Quellstone", "Chair's party (code)": "XD",
                                "Chair's position": "Deputy Minister of Justice"}, "Add chair")
    assert "Chair Mira Quellstone added" in page.locator(".messages").inner_text()
    chairs = page.locator("#field-chairs")
    assert "Mira Quellstone" in chairs.inner_text()
    removed = page.locator("ul.chair-edit li").first.inner_text().split(" (")[0].strip()
    assert removed != "Mira Quellstone"
    with page.expect_navigation():
        page.get_by_role("button", name=f"Remove {removed} from the chairs").click()
    assert removed not in " ".join(page.locator("#field-chairs td > div").all_inner_texts())
    # Themes: tick one more, untick all others.
    themes = page.get_by_role("form", name="Correct the themes")
    for box in themes.locator("input[type=checkbox]").all():
        box.set_checked(False)
    themes.get_by_label("Death penalty").check()
    themes.get_by_label("Internet freedom").check()
    with page.expect_navigation():
        themes.get_by_role("button", name="Save themes").click()
    # all_inner_texts reads at once: wait for the page the form leads to before reading it
    expect(page.locator("#field-themes a.tag")).to_have_text(["Death penalty", "Internet freedom"])
    # Instruments, as text.
    _correct(page, "instruments", "law: Law on Public Associations (2024-05); plan: Rights Action Plan")
    assert "Law on Public Associations" in page.locator("#field-instruments").inner_text()
    assert "Rights Action Plan" in page.locator("#field-instruments").inner_text()
    # The next meeting, in its own three fields.
    _fill(page, "Correct the next meeting", {"Next meeting: date": "2027-03", "Next meeting: city": "Vesklin",
                                             "Next meeting: country (code)": "XD"}, "Save next meeting")
    assert "Next meeting corrected" in page.locator(".messages").inner_text()
    promises = page.locator("h2:has-text('Promises') + ul").inner_text()
    assert "Vesklin" in promises
    assert "2027" in promises
    screenshot(page, "meeting-corrected")
    history = _history(page, url)
    for expected in ("chair Mira Quellstone added", f"chair {removed} removed", "Themes set by reviewer",
                     "Instruments set by reviewer", "Next meeting set by reviewer", "Death penalty", "Vesklin"):
        assert expected in history, expected
    assert "corrections" not in history
    screenshot(page, "meeting-corrected-history")


def test_editor_renames_and_merges_people(page: Any, server: str) -> None:
    sign_in(page, server)
    url = _open_meeting(page, server, "Zembria")
    _fill(page, "Add a chair", {"Chair's name": "Oskar Vellamy", "Chair's party (code)": "QZ"}, "Add chair")
    page.locator("#field-chairs").get_by_role("link", name="Oskar Vellamy").click()
    page.wait_for_url(re.compile(r".*/people/\d+/$"))
    person_url = page.url
    number = re.search(r"/people/(\d+)/", person_url).group(1)
    _fill(page, "Rename", {"Right name": "Oskar Vellamy-Ruud"}, "Rename")
    assert page.locator("h1").inner_text() == "Oskar Vellamy-Ruud"
    # The same person, entered again under another spelling, is merged into the first.
    page.goto(url)
    _fill(page, "Add a chair", {"Chair's name": "Zed Quorrin", "Chair's party (code)": "QZ"}, "Add chair")
    page.locator("#field-chairs").get_by_role("link", name="Zed Quorrin").click()
    page.wait_for_url(re.compile(r".*/people/\d+/$"))
    other = re.search(r"/people/(\d+)/", page.url).group(1)
    assert other != number
    page.goto(person_url)
    _fill(page, "Merge another person into this one", {"Same person as number": str(other)}, "Merge into this person")
    assert "merged into Oskar Vellamy-Ruud" in page.locator(".messages").inner_text()
    assert "Zed Quorrin" in page.locator("main").inner_text()  # now a spelling of this person
    screenshot(page, "person-merged")
    history = _history(page, person_url)
    assert "renamed from 'Oskar Vellamy'" in history
    assert "merged person" in history
    page.goto(url)
    shown = " ".join(page.locator("#field-chairs td > div").all_inner_texts())
    assert "Zed Quorrin" not in shown
    assert shown.count("Oskar Vellamy-Ruud") == 1


def test_editor_corrects_dialogue_and_parties_and_is_warned_of_a_future_date(page: Any, server: str) -> None:
    sign_in(page, server)
    url = _open_meeting(page, server, "Zembria")
    assert "Date corrected" in _correct(page, "date", "2031-02-03")
    warning = page.locator(".messages").first.inner_text()
    assert "in the future" in warning
    assert page.get_by_text("Date in the future").count() == 1
    screenshot(page, "future-date-warning")
    _correct(page, "date", "2024-06-05")
    assert page.get_by_text("Date in the future").count() == 0
    _correct(page, "parties", "QU, QZ, QT")
    assert "Parties corrected" in page.locator(".messages").inner_text()
    _correct(page, "mechanism", "Varan Rights Roundtable")
    crumbs = page.locator(".crumbs").inner_text()
    assert "Varan Rights Roundtable" in crumbs
    with page.expect_navigation():
        page.locator(".crumbs").get_by_role("link", name="Varan Rights Roundtable").click()
    assert "Tarvonia" in page.locator("main").inner_text()
    history = _history(page, url)
    for expected in ("Parties set by reviewer", "Dialogue set by reviewer", "Varan Rights Roundtable", "Zembria"):
        assert expected in history, expected
    assert "mechanism_id" not in history
    # Bad values are refused with a message saying how to write them.
    page.goto(url)
    assert "two-letter ISO code" in _correct(page, "parties", "Zembrania")


def test_viewer_sees_no_correction_forms(page: Any, server: str) -> None:
    sign_in(page, server, "vi")
    _open_meeting(page, server, "Kestria")
    assert page.get_by_role("form", name="Add a chair").count() == 0
    assert page.get_by_role("form", name="Correct a field").count() == 0
