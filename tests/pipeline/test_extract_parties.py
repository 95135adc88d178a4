"""Parties: ISO codes from names, adjectives and demonyms; the EU as "EU"."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument


def _parties(text: str) -> tuple[str, ...]:
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-05-21"))
    assert len(meetings) == 1
    return meetings[0].parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The 28th U.S.-Vietnam Human Rights Dialogue took place in Hanoi.", ("US", "VN")),
        ("In Vientiane, Australia and the Lao PDR convened their 10th bilateral Human Rights Dialogue.", ("AU", "LA")),
        ("The Mongolia- European Union Ninth Human Rights Dialogue took place online on 3 March.", ("EU", "MN")),
        ("The Human Rights Dialogue between the EU and the Republic of Moldova took place in Chisinau.", ("EU", "MD")),
        ("China: 41st Human Rights Dialogue with the European Union held in Kunming", ("CN", "EU")),
        ("The fifth High-Level Dialogue on Human Rights between Kazakhstan and the United States convened in Almaty.", ("KZ", "US")),
        ("The Kazakh and American delegations held the human rights dialogue in Astana. The American side raised media freedom.", ("KZ", "US")),
    ],
)
def test_extract_parties_from_names_adjectives_and_pairs(text: str, parties: tuple[str, ...]) -> None:
    assert _parties(text) == parties
