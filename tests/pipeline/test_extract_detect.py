"""Meeting detection: one record per meeting held; announcements, other meetings, passing mentions none."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, MeetingRecord


def _meetings(text: str, published: str | None = "2024-05-21") -> tuple[MeetingRecord, ...]:
    return extract_meetings(CleanDocument(origin="test", text=text, published=published))


@pytest.mark.parametrize(
    "text",
    [
        "The European Union and Moldova held the 15th round of their Human Rights Dialogue in Chisinau on 20 May.",
        "The 6th EU-Mongolia Human Rights Dialogue took place in Ulaanbaatar on 18 July 2023.",
        "The United States and Kazakhstan convened the fourth annual High-Level Dialogue on Human Rights and Democratic Reforms in Washington.",
        "Deputy Minister Aida Serikova and Ambassador John Hale co-chaired the 5th Australia-Laos Human Rights Dialogue in Vientiane.",
        "On 3 April, Brussels hosted the 12th EU-Armenia Human Rights Dialogue.",
        "EU and Indonesia hold 11th Human Rights Dialogue in Jakarta",
    ],
)
def test_extract_detect_meeting_held(text: str) -> None:
    assert len(_meetings(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # announced only
        "The 9th Australia-Laos Human Rights Dialogue is scheduled for Vientiane on 18 November 2025.",
        "The next EU-Uzbekistan Human Rights Dialogue will be held in Tashkent in the autumn.",
        # postponed, cancelled
        "The 28th U.S.-Vietnam Human Rights Dialogue, planned for March, has been postponed.",
        "Switzerland cancelled the human rights dialogue with China that was due to take place in Bern.",
        # a phone call mentioning a round in passing
        "Kazakh minister holds phone talks with U.S. counterpart\n\nThe Minister held a telephone conversation with the U.S. Deputy Secretary of State. "
        "They discussed the results of the third meeting of the High-Level Dialogue on Human Rights and Democratic Reforms held in Astana in April.",
        # a courtesy visit
        "The EU Special Representative for Human Rights paid a courtesy call on the Foreign Minister in Bishkek.",
        # a preparatory meeting
        "Officials met in Ashgabat on Monday for a preparatory meeting ahead of the EU-Turkmenistan Human Rights Dialogue.",
        # an NGO statement reacting to a law
        "Human Rights Watch said today that the new law on foreign agents in Kyrgyzstan violates freedom of association.",
        # not held, or the series rather than one meeting
        "The EU-Vietnam Human Rights Dialogue was not held this year.",
        "Since 2015, the EU and Myanmar have held four human rights dialogues.",
        "The EU-Uzbekistan Human Rights Dialogue, held annually since 2007, is the main forum for such talks.",
        # a meeting of a different kind that touched on human rights
        "The European Union and Indonesia held their fourth Political Dialogue in Brussels on 12 November 2019. They discussed human rights.",
        "The European Union and Mongolia held a Joint Committee meeting on 27 June in Ulaanbaatar, discussing political, economic and human rights cooperation.",
    ],
)
def test_extract_detect_no_meeting(text: str) -> None:
    assert _meetings(text) == ()


def test_extract_detect_earlier_round_in_passing_is_not_a_record() -> None:
    text = (
        "On 20 May, the EU and Moldova held their 15th Human Rights Dialogue in Chisinau. "
        "The previous dialogue took place in Brussels in June 2022."
    )
    meetings = _meetings(text)
    assert len(meetings) == 1
    assert meetings[0].round == 15


def test_extract_detect_announcement_with_earlier_round_is_not_a_record() -> None:
    text = (
        "Mongolia-EU human rights dialogue scheduled for next week\n\n"
        "The 8th Mongolia-EU Human Rights Dialogue is scheduled for 29 October in Ulaanbaatar.\n\n"
        "The 7th dialogue was held in Brussels in 2024."
    )
    assert _meetings(text, "2025-10-20") == ()


def test_extract_detect_two_meetings_in_one_story() -> None:
    text = (
        "The European Union held two human rights dialogues with Central Asian partners this week.\n\n"
        "On Monday, the 13th EU-Kazakhstan Human Rights Dialogue took place in Brussels. The EU raised torture.\n\n"
        "On Wednesday, the 12th EU-Kyrgyzstan Human Rights Dialogue was held in Bishkek. The talks focused on media freedom."
    )
    meetings = _meetings(text, "2022-06-16")
    assert [(m.parties, m.round, m.date) for m in meetings] == [
        (("EU", "KZ"), 13, "2022-06-13"),
        (("EU", "KG"), 12, "2022-06-15"),
    ]


def test_extract_detect_anaphoric_dialogue_after_named_mechanism() -> None:
    text = (
        "The dialogue allowed for an open exchange of views on freedom of expression.\n\n"
        "The next round of the EU-Uzbekistan Human Rights Dialogue is expected to take place in Uzbekistan in 2015."
    )
    meetings = _meetings(text, None)
    assert len(meetings) == 1
    assert meetings[0].parties == ("EU", "UZ")


def test_extract_detect_mechanism_names() -> None:
    text = "The United States and Kazakhstan convened the third annual U.S.-Kazakhstan High-Level Dialogue on Human Rights and Democratic Reforms on May 20."
    assert _meetings(text)[0].mechanism == "High-Level Dialogue on Human Rights and Democratic Reforms"
    text = "The 39th China-EU Human Rights Dialogue took place in Chongqing on 16 June."
    assert _meetings(text)[0].mechanism == "EU-China Human Rights Dialogue"
