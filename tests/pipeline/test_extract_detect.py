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
        "Washington hosted the fourth round of the U.S.-Kazakhstan High-Level Dialogue on Human Rights and Democratic Reforms this week.",
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
        "The 11th Australia-Laos Human Rights Dialogue is scheduled to take place in Canberra on 4 December 2026.",
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
        "The EU and Mongolia convened their Joint Committee in Brussels on 9 October, reviewing trade, development and human rights cooperation.",
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
        "The dialogue provided room for a candid discussion of freedom of assembly.\n\n"
        "Both sides agreed that the following EU-Uzbekistan Human Rights Dialogue should be held in Tashkent in 2016."
    )
    meetings = _meetings(text, None)
    assert len(meetings) == 1
    assert meetings[0].parties == ("EU", "UZ")


def test_extract_detect_mechanism_names() -> None:
    text = "On March 11 in Washington, U.S. and Kazakh officials opened the fifth U.S.-Kazakhstan High-Level Dialogue on Human Rights and Democratic Reforms."
    assert _meetings(text)[0].mechanism == "High-Level Dialogue on Human Rights and Democratic Reforms"
    text = "The 39th China-EU Human Rights Dialogue took place in Chongqing on 16 June."
    assert _meetings(text)[0].mechanism == "EU-China Human Rights Dialogue"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The 8th meeting of the EU-Pakistan Sub-group on Democracy, Governance, Rule of Law and Human Rights was held in Islamabad.", ("EU", "PK")),
        ("Sri Lanka and the European Union held the seventh meeting of the Working Group on Governance, Rule of Law and Human Rights in Colombo.", ("EU", "LK")),
        ("The 11th meeting of the Bangladesh-EU Sub-Group on Good Governance and Human Rights was held in Dhaka.", ("BD", "EU")),
        ("The Philippines and the EU convened the fifth Sub-Committee on Good Governance, Rule of Law and Human Rights in Manila.", ("EU", "PH")),
    ],
)
def test_extract_detect_partnership_bodies_as_dialogues(text: str, parties: tuple[str, ...]) -> None:
    meetings = _meetings(text)
    assert [m.parties for m in meetings] == [parties]


@pytest.mark.parametrize(
    "headline",
    [
        "EU holds human rights dialogues with Tajikistan and Turkmenistan",
        "Australia holds human rights talks with Vietnam and Cambodia",
    ],
)
def test_extract_detect_plural_dialogues_with_two_partners_are_not_one_pair(headline: str) -> None:
    text = (
        f"{headline}\n\n"
        "The 13th EU-Tajikistan Human Rights Dialogue took place in Dushanbe on 20 November 2023.\n\n"
        "The 14th EU-Turkmenistan Human Rights Dialogue was held in Ashgabat on 22 November 2023."
    )
    meetings = _meetings(text, "2023-11-27")
    assert [(m.parties, m.round) for m in meetings] == [(("EU", "TJ"), 13), (("EU", "TM"), 14)]


def test_extract_detect_other_meeting_anaphor_is_not_the_dialogue() -> None:
    text = (
        "The 26th session of the Sri Lanka-EU Joint Commission was held in Colombo on 18 November 2024.\n\n"
        "The meeting took note of the discussions held at the Working Group on Governance, Rule of Law and Human Rights in June."
    )
    assert _meetings(text, "2024-11-20") == ()


@pytest.mark.parametrize(
    "lead",
    [
        "The EU-China Human Rights Dialogue will not take place in 2025, an EU spokesperson confirmed on Wednesday.",
        "The next EU-China Human Rights Dialogue is scheduled for the autumn.",
    ],
)
def test_extract_detect_round_in_passing_under_a_future_lead_is_not_a_record(lead: str) -> None:
    text = f"{lead}\n\nThe 39th round was held in Chongqing in June 2024."
    assert _meetings(text, "2025-11-05") == ()


def test_extract_detect_travelled_to_lead_a_delegation() -> None:
    text = "Gregory Ashford traveled to Hanoi, Vietnam, to lead the American delegation at the 30th U.S.-Vietnam Human Rights Dialogue."
    assert [(m.parties, m.round) for m in _meetings(text)] == [(("US", "VN"), 30)]
    assert _meetings(text.replace("traveled", "will travel")) == ()


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May, Vienna was the venue of the 11th EU-Azerbaijan Human Rights Dialogue.",
        "Tbilisi played host to the 18th EU-Georgia Human Rights Dialogue on 7 May 2024.",
        "Officials reviewed progress at the EU-Moldova Human Rights Dialogue, which was held on 6 May 2024 in Chisinau.",
        "The 30th U.S.-Vietnam Human Rights Dialogue ended on May 15, 2024 in Hanoi.",
        "The 40th EU-China Human Rights Dialogue wrapped up in Brussels on 16 May 2024.",
        "Officials of the EU and Egypt assembled in Cairo on 2 May 2024 for the EU-Egypt Human Rights Dialogue.",
        "Delegations from Norway and Cuba sat down in Havana on Tuesday for the Norway-Cuba Human Rights Dialogue.",
        "Representatives of the EU and Cambodia gathered in Phnom Penh on 20 May 2024 for the 7th EU-Cambodia Human Rights Dialogue.",
        "Geneva was the setting for the 5th EU-Pakistan Human Rights Dialogue on 4 May 2024.",
    ],
)
def test_extract_detect_venue_and_ending_wordings(text: str) -> None:
    assert len(_meetings(text)) == 1
