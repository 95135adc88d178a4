"""Browser test: a source pasted without outlet or title shows cleanly (no bare ▾, no dangling
separators) on its meeting, in search and in the review queue.
"""

from __future__ import annotations

from typing import Any

from conftest import screenshot, sign_in

READOUT = (
    "LIRAVEL, 9 October 2026. Nerevia and Wendaria held the twentieth round of the Wendaria–Nerevia "
    "Human Rights Dialogue in Liravel on 8 October 2026.\n\nThe Wendarian delegation was led by Ambassador "
    "Corrine Waddell-Pike; the Nerevian delegation by Deputy Minister Tran Quoc Vinhlong.\n\n"
    "The delegations discussed freedom of religion and agreed to hold the next round in Estravel in 2027."
)
DANGLING = r"^\s*(·|,)|(·|,)\s*$"


def test_source_without_outlet_or_title_shows_cleanly(page: Any, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/sources/add/")
    page.get_by_label("Or paste the text of a readout").fill(READOUT)
    page.get_by_role("button", name="Add and read").click()
    meeting = page.get_by_role("status").get_by_role("link").first.get_attribute("href")
    page.goto(f"{server}{meeting}")
    summaries = page.locator("details.claim summary").all_inner_texts()
    assert summaries
    assert all(s.strip() for s in summaries), "a claim without a name (a bare ▾)"
    bylines = page.locator("ul.queue li .muted.small").all_inner_texts()
    assert bylines
    assert not [b for b in bylines if b.startswith(("·", ",", " ·"))]
    screenshot(page, "plain-source-meeting")
    page.goto(f"{server}/search/?q=Vinhlong")
    lines = page.locator("#hits-sources li .muted.small").all_inner_texts()
    assert lines == [""] or all(not line.strip().startswith(("·", ",")) for line in lines)
    assert page.locator("#hits-sources li a").first.inner_text().strip()
    page.goto(f"{server}/review/")
    item = page.locator("[data-queue-item]").filter(has_text="Vinhlong")
    assert ", ," not in item.inner_text()
    assert "sources: ," not in item.inner_text()
