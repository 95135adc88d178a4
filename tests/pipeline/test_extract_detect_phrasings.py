"""Meetings reported held are found, however the sentence is built; announcements and others are not (issue 13)."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument

HELD = [
 "EU, Laos discuss human rights in Vientiane\nThe European Union and Laos discussed human rights, the rule of law and governance at their annual Human Rights Dialogue in Vientiane on Monday.",
 "Laos and the EU have concluded the 12th round of their human rights dialogue in Vientiane.",
 "The human rights dialogue between the EU and Laos took place in Vientiane on Monday, the EEAS said.",
 "Vientiane hosted the EU-Laos Human Rights Dialogue on 3 June.",
 "The EU-Laos Human Rights Dialogue met for the twelfth time in Vientiane on 3 June 2024.",
 "Last week the EU and Laos sat down for their annual human rights dialogue in Vientiane.",
 "Senior officials from the EU and Laos gathered in Vientiane on 3 June for the 12th Human Rights Dialogue.",
 "At the 12th EU-Laos Human Rights Dialogue in Vientiane on Monday, the EU raised the case of Sombath Somphone.",
 "The EU used the Human Rights Dialogue with Laos, held in Vientiane on Monday, to raise the disappearance of Sombath Somphone.",
 "The 12th EU-Laos Human Rights Dialogue, held on 3 June in Vientiane, focused on freedom of expression.",
 "On 3 June, the EU and Laos met in Vientiane for their Human Rights Dialogue.",
 "In Vientiane on Monday, the two sides convened the 12th EU-Laos human rights dialogue.",
 "Laos hosts EU human rights dialogue\nLaos hosted the 12th round of its human rights dialogue with the European Union on Monday.",
 "The EU and Laos have held the 12th Human Rights Dialogue via video conference.",
 "The meeting, moderated by Anna Berg, brought together officials of the EU and Laos for the 12th Human Rights Dialogue in Vientiane on 3 June 2024.",
]
NOT_HELD = [
 "The EU and Laos will hold their next Human Rights Dialogue in Brussels in 2025.",
 "Human Rights Watch urged the EU to use the upcoming EU-Laos Human Rights Dialogue to press for the release of activists.",
 "The EU-Laos Human Rights Dialogue, established in 2005, is held every year.",
 "Ahead of the EU-Laos Human Rights Dialogue, civil society organisations met EU officials in Vientiane on 1 June.",
 "The EU and Laos have held twelve human rights dialogues since 2005.",
 "The previous EU-Laos Human Rights Dialogue took place in Brussels in 2023.",
 "The EU-Laos Joint Committee met in Vientiane on 3 June and discussed trade, development and human rights.",
 "The Foreign Minister of Laos received the EU Ambassador on 3 June and discussed preparations for the Human Rights Dialogue.",
 "The European Parliament's Subcommittee on Human Rights held a hearing on Laos on 3 June 2024.",
 "The UN Human Rights Committee reviewed Laos's report in Geneva on 3 June 2024.",
 "The EU-Laos Human Rights Dialogue scheduled for June has been postponed to the autumn.",
]


@pytest.mark.parametrize("text", HELD)
def test_extract_detect_phrasings_held(text: str) -> None:
    assert len(extract_meetings(CleanDocument(origin="test", text=text, published="2024-06-05"))) == 1


@pytest.mark.parametrize("text", NOT_HELD)
def test_extract_detect_phrasings_not_held(text: str) -> None:
    assert extract_meetings(CleanDocument(origin="test", text=text, published="2024-06-05")) == ()
