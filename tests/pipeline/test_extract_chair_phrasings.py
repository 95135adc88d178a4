"""Chairs are found in the usual ways readouts name them, each with their side (issue 13)."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument

_HELD = "The EU and Laos held their Human Rights Dialogue in Vientiane on 3 June 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU delegation was led by Anna Berg, Head of Division at the EEAS, while the Lao delegation was headed by Deputy Minister Phoxay Keo.",
        "It was co-chaired by Anna Berg, Head of Division at the EEAS, and Phoxay Keo, Deputy Minister of Foreign Affairs of Laos.",
        "Anna Berg, Head of Division at the EEAS, and Deputy Minister Phoxay Keo co-chaired the meeting.",
        "The dialogue was chaired by Anna Berg for the EU and Phoxay Keo for Laos.",
        "Heading the EU delegation was Anna Berg; the Lao side was led by Phoxay Keo.",
        "Anna Berg led the EU side, while Phoxay Keo headed the Lao delegation.",
        "The delegations were led by Anna Berg (EU) and Phoxay Keo (Laos).",
        "Co-chairs were Anna Berg of the EEAS and Phoxay Keo of the Lao Foreign Ministry.",
        "The talks were co-chaired by EU Head of Division Anna Berg and Lao Deputy Foreign Minister Phoxay Keo.",
        "The Lao delegation, led by Deputy Minister Phoxay Keo, met the EU delegation, led by Anna Berg.",
        "It took place under the co-chairmanship of EU Head of Division Anna Berg and Lao Deputy Minister Phoxay Keo.",
        "It was chaired jointly by Anna Berg of the EEAS and Phoxay Keo of the Lao Foreign Ministry.",
        "From the EU side, Ms. Anna Berg, Head of Division at the EEAS, and from the Lao side, Mr. Phoxay Keo, Deputy Minister, attended.",
        "On the EU side, Anna Berg, Head of Division at the EEAS, led the talks; on the Lao side, Deputy Minister Phoxay Keo.",
    ],
)
def test_extract_chair_phrasings_names_and_sides(sentence: str) -> None:
    meetings = extract_meetings(CleanDocument(origin="test", text=_HELD + sentence, published="2024-06-05"))
    assert len(meetings) == 1
    assert sorted((chair.name, chair.party) for chair in meetings[0].chairs) == [("Anna Berg", "EU"), ("Phoxay Keo", "LA")]


def test_extract_chair_phrasings_heads_of_the_two_delegations() -> None:
    text = _HELD + "Anna Berg and Phoxay Keo, the heads of the two delegations, opened the meeting."
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-06-05"))
    assert [chair.name for chair in meetings[0].chairs] == ["Anna Berg", "Phoxay Keo"]


def test_extract_chair_phrasings_a_side_without_a_person_names_no_chair() -> None:
    text = _HELD + "On the Lao side, concerns about land rights were raised by several ministries."
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-06-05"))
    assert meetings[0].chairs == ()


def test_extract_chair_phrasings_courtesy_title_before_the_name_is_no_part_of_the_position() -> None:
    text = _HELD + "The Lao delegation was headed by the Deputy Minister of Foreign Affairs, Ambassador Phoxay Keo."
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-06-05"))
    assert [(chair.name, chair.position) for chair in meetings[0].chairs] == [("Phoxay Keo", "Deputy Minister of Foreign Affairs")]
