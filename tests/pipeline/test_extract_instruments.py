"""Instruments: laws, action plans, strategies and programmes named, with their dates."""

from __future__ import annotations

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, Instrument


def _instruments(body: str, published: str = "2024-05-21") -> tuple[Instrument, ...]:
    held = "The third meeting of the Kazakhstan-US High-Level Dialogue on Human Rights and Democratic Reforms took place in Astana."
    meetings = extract_meetings(CleanDocument(origin="test", text=f"{held}\n\n{body}", published=published))
    return meetings[0].instruments


def test_extract_instruments_action_plan_dated_relative_to_publication() -> None:
    body = "Both delegations reviewed progress under the Action Plan on human rights and access to justice, approved by the Government last December."
    found = _instruments(body)
    assert [(i.kind, i.date) for i in found] == [("action_plan", "2023-12")]
    assert found[0].title.startswith("Action Plan on human rights")


def test_extract_instruments_law_with_its_date() -> None:
    body = "The U.S. delegation commended a law enacted on February 9, 2024, that strengthens protections for journalists."
    assert [(i.kind, i.date) for i in _instruments(body)] == [("law", "2024-02-09")]


def test_extract_instruments_programme_and_strategy() -> None:
    body = "The parties discussed the Human Rights Technical Cooperation Program and the National Human Rights Strategy."
    assert sorted(i.kind for i in _instruments(body)) == ["programme", "strategy"]


def test_extract_instruments_title_stops_before_signing_clause_and_date_is_not_borrowed() -> None:
    body = (
        "The EU welcomed the law on protection of children from family violence signed on April 3 "
        "of this year, and the Action Plan on human rights adopted in December last year."
    )
    found = {i.kind: i for i in _instruments(body)}
    assert found["law"].title == "law on protection of children from family violence"
    assert found["law"].date == "2024-04-03"
    assert found["action_plan"].date == "2023-12"
