"""Instruments: laws, action plans, strategies and programmes named, with their dates."""

from __future__ import annotations

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, Instrument


def _instruments(body: str, published: str = "2024-05-21") -> tuple[Instrument, ...]:
    held = "The third meeting of the Kazakhstan-US High-Level Dialogue on Human Rights and Democratic Reforms took place in Astana."
    meetings = extract_meetings(CleanDocument(origin="test", text=f"{held}\n\n{body}", published=published))
    return meetings[0].instruments


def test_extract_instruments_action_plan_dated_relative_to_publication() -> None:
    body = "The parties stressed the implementation of the Action Plan on human rights and the rule of law, signed by the President last December."
    found = _instruments(body)
    assert [(i.kind, i.date) for i in found] == [("action_plan", "2023-12")]
    assert found[0].title.startswith("Action Plan on human rights")


def test_extract_instruments_law_with_its_date() -> None:
    body = "The United States welcomed the law passed on April 15, 2024, which toughened penalties for domestic violence."
    assert [(i.kind, i.date) for i in _instruments(body)] == [("law", "2024-04-15")]


def test_extract_instruments_programme_and_strategy() -> None:
    body = "The parties discussed the Human Rights Technical Cooperation Program and the National Human Rights Strategy."
    assert sorted(i.kind for i in _instruments(body)) == ["programme", "strategy"]
