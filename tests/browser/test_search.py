"""Browser tests: a search finds dialogues, meetings, people, countries and themes, not only
sources; the search page and ``/api/search`` give the same results; bad filters are reported.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from conftest import screenshot

PAGE = 20  # sources on a page of the search


def _web_results(page: Any, server: str, q: str, extra: str = "") -> dict[str, list[str]]:
    page.goto(f"{server}/search/?q={quote(q)}{extra}")
    kinds = {"dialogue": "#hits-dialogues a", "country": "#hits-countries a", "theme": "#hits-themes a",
             "person": "#hits-people a", "source": "#hits-sources a"}
    found = {kind: page.locator(css).evaluate_all("(links) => links.map((a) => a.getAttribute('href'))")
             for kind, css in kinds.items()}
    table = page.get_by_role("table", name="Meetings matching the search")
    found["meeting"] = table.locator("tbody tr td:first-child a").evaluate_all(
        "(links) => links.map((a) => a.getAttribute('href'))") if table.count() else []
    return found


def _api_results(page: Any, server: str, q: str, extra: str = "") -> dict[str, list[str]]:
    answer = page.request.get(f"{server}/api/search?q={quote(q)}&limit=500{extra}")
    assert answer.ok, answer.text()
    found: dict[str, list[str]] = {k: [] for k in ("dialogue", "country", "theme", "person", "source", "meeting")}
    for item in answer.json()["items"]:
        found[item["kind"]].append(item["url"])
    found["source"] = found["source"][:PAGE]
    return found


def test_a_country_finds_dialogues_meetings_people_and_the_country(page: Any, server: str) -> None:
    found = _web_results(page, server, "Tarvonia")
    screenshot(page, "search-tarvonia")
    assert found["country"] == ["/countries/QT/"]
    assert found["dialogue"]
    assert found["meeting"]
    assert found["person"]
    assert found["source"]
    assert "Tarvonia" in page.locator("#hits-dialogues").inner_text()


def test_torture_finds_the_theme_and_its_meetings(page: Any, server: str) -> None:
    found = _web_results(page, server, "torture")
    assert found["theme"] == ["/themes/torture/"]
    assert found["meeting"]
    assert found["dialogue"]
    assert found["source"]
    screenshot(page, "search-torture")


def test_web_and_api_give_the_same_results(page: Any, server: str) -> None:
    for q in ("tor*", "NEAR(torture", "Tarvonian", '"human rights" OR'):
        web, api = _web_results(page, server, q), _api_results(page, server, q)
        assert web == api, q
    assert _web_results(page, server, "tor*")["theme"] == ["/themes/torture/"]
    web = _web_results(page, server, "dialogue", "&year=2024")
    assert web == _api_results(page, server, "dialogue", "&year=2024")
    assert web["meeting"]


def test_bad_filters_are_reported_not_ignored(page: Any, server: str) -> None:
    page.goto(f"{server}/search/?q=dialogue&year=twenty&party=Tarvonia&theme=astrology")
    alert = page.get_by_role("alert").inner_text()
    for bad in ("twenty", "Tarvonia", "astrology"):
        assert bad in alert
    screenshot(page, "search-bad-filters")
    answer = page.request.get(f"{server}/api/search?q=dialogue&year=twenty")
    assert answer.status == 422
    assert "twenty" in answer.json()["error"]["message"]
