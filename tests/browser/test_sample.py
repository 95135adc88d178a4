"""Browser test: the bundled sample says on every page that it is fictional, names no real
state or official, and still exercises every page (several rounds, promises of each status, conflicts,
several outlets).
"""

from __future__ import annotations

import re
from typing import Any

from conftest import screenshot

REAL_OFFICIALS = ("Zeya", "Kazykhan", "Tokayev")
# ISO 3166 codes left to users: the sample's states and union take theirs from these.
USER_ASSIGNED = re.compile(r"Q[M-Z]|X[B-Z]")


def test_sample_parties_are_fictional(page: Any, server: str) -> None:
    dialogues = page.request.get(f"{server}/api/dialogues?limit=100").json()["items"]
    codes = {code for dialogue in dialogues for code in dialogue["parties"]}
    assert len(codes) >= 10
    assert all(USER_ASSIGNED.fullmatch(code) for code in codes), sorted(codes)
    for name in ("Kazakhstan", "European Union", "Brussels", "Washington"):
        assert page.request.get(f"{server}/api/search?q={name}").json()["total"] == 0, name


def test_sample_is_labelled_fictional_and_names_no_real_official(page: Any, server: str) -> None:
    for path in ("/", "/dialogues/", "/promises/", "/people/"):
        page.goto(f"{server}{path}")
        banner = page.get_by_role("note").filter(has_text="Sample data: fictional")
        assert banner.is_visible(), path
    page.goto(f"{server}/people/")
    people = page.locator("main").inner_text()
    for name in REAL_OFFICIALS:
        assert name not in people
        answer = page.request.get(f"{server}/api/search?q={name}").json()
        assert answer["total"] == 0, name
    screenshot(page, "sample-people")


def test_sample_exercises_every_page(page: Any, server: str) -> None:
    page.goto(f"{server}/dialogues/")
    counts = [int(c) for c in page.locator("table tbody tr td:nth-child(3)").all_inner_texts()]
    assert len(counts) >= 6
    assert max(counts) >= 3  # a dialogue with several rounds
    page.goto(f"{server}/promises/")
    statuses = set(page.locator("#promises tbody .badge").all_inner_texts())
    assert {"pending", "fulfilled", "overdue"} <= statuses
    outlets = page.request.get(f"{server}/api/sources?limit=100").json()["items"]
    assert len({s["outlet"] for s in outlets if s["outlet"]}) >= 5
    # Some meeting's reports disagree: the meeting page shows the conflict.
    meetings = page.request.get(f"{server}/api/meetings?limit=100").json()["items"]
    conflicted = [m["id"] for m in meetings
                  if any(f["conflict"] and f["name"] in {"date", "round", "place"}
                         for f in page.request.get(f"{server}/api/meetings/{m['id']}").json()["fields"])]
    assert conflicted
    page.goto(f"{server}/meetings/{conflicted[0]}/")
    assert page.locator(".fields .value-alt").count() >= 1  # the value another report gives
    screenshot(page, "sample-conflict")
