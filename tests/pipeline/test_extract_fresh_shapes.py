"""More shapes of real readouts, from series and styles the other corpora lack (issue 13).

Each case is written for this test and asserts one general shape: a headline's plan, a
translated ministry release, a Japanese foreign-ministry readout, a wire story that names the
place only where it names the talks, a next round agreed for "the seventh dialogue".
"""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, MeetingRecord


def _meetings(text: str, published: str | None = "2025-03-14") -> tuple[MeetingRecord, ...]:
    return extract_meetings(CleanDocument(origin="test", text=text, published=published))


def _one(text: str, published: str | None = "2025-03-14") -> MeetingRecord:
    meetings = _meetings(text, published)
    assert len(meetings) == 1, meetings
    return meetings[0]


def test_extract_fresh_shapes_headline_infinitive_is_a_plan() -> None:
    text = (
        "Oman, EU to hold human rights dialogue next week\n\n"
        "Muscat, 14 March 2025 - Oman and the European Union will hold their human rights dialogue in Muscat next week, "
        "the foreign ministry said."
    )
    assert _meetings(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # a translated release: "carried out yesterday"
        "Quito, 14 March 2025. The Government of Ecuador and the European Union carried out yesterday the third "
        "edition of the Ecuador-European Union Human Rights Dialogue.",
        # a headline in the present: "begin"
        "Canada, Vietnam begin human rights dialogue in Hanoi\n\nThe talks cover the rights of ethnic minorities.",
    ],
)
def test_extract_fresh_shapes_held(text: str) -> None:
    assert len(_meetings(text)) == 1


def test_extract_fresh_shapes_carried_out_yesterday_is_dated() -> None:
    text = (
        "Quito, 14 March 2025. The Government of Ecuador and the European Union carried out yesterday in Quito the "
        "third edition of the Ecuador-European Union Human Rights Dialogue."
    )
    meeting = _one(text)
    assert (meeting.date, meeting.round, meeting.place and meeting.place.city) == ("2025-03-13", 3, "Quito")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a translated release: "presided by", "under the co-presidency of"
        ("The Ecuadorian delegation was presided by the Vice Minister of Foreign Affairs, Ambassador Lucia Ortega.", ["Lucia Ortega"]),
        ("It was held under the co-presidency of Mr. Pablo Ruiz, Director General, and Mrs. Eva Lind, Deputy Managing Director.", ["Pablo Ruiz", "Eva Lind"]),
        # a Japanese readout: "was represented by", a surname in capitals
        ("The Japanese side was represented by Mr. TANAKA Hiroshi, Director-General, and the Ecuadorian side by Dr. Lucia Ortega, Vice Minister.", ["TANAKA Hiroshi", "Lucia Ortega"]),
        # a lower-case position with "and" inside it does not end the list of chairs
        ("It was co-chaired by Lucia Ortega, deputy director-general for global governance and continental agenda, and the EU's special representative for human rights, Eva Lind.", ["Lucia Ortega", "Eva Lind"]),
    ],
)
def test_extract_fresh_shapes_chairs(sentence: str, names: list[str]) -> None:
    held = "Ecuador and the European Union held their third Human Rights Dialogue in Quito on 12 March 2025. "
    assert [chair.name for chair in _one(held + sentence).chairs] == names


def test_extract_fresh_shapes_another_side_after_and_is_not_the_first_side() -> None:
    text = (
        "Ecuador and the EU held their third Human Rights Dialogue in Quito on 12 March 2025. It brought together an EU "
        "delegation led by Eva Lind, head of division at the diplomatic service, and an Ecuadorian team headed by "
        "Deputy Foreign Minister Lucia Ortega."
    )
    assert sorted((chair.name, chair.party) for chair in _one(text).chairs) == [("Eva Lind", "EU"), ("Lucia Ortega", "EC")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides agreed to hold the fourth Human Rights Dialogue in Brussels in 2026.",
        "Both delegations agreed to hold the fourth edition of the Dialogue in Brussels in 2026.",
        "The dialogue will take place again in Brussels in 2026.",
    ],
)
def test_extract_fresh_shapes_next_meeting(sentence: str) -> None:
    held = "Ecuador and the European Union held their third Human Rights Dialogue in Quito on 12 March 2025. "
    next_meeting = _one(held + sentence).next_meeting
    assert next_meeting is not None
    assert (next_meeting.date, next_meeting.place and next_meeting.place.city) == ("2026", "Brussels")


def test_extract_fresh_shapes_place_where_the_talks_are_named() -> None:
    text = (
        "Ecuador and the EU pledged to deepen their cooperation after a day of closed-door talks in Guayaquil.\n\n"
        "The 5th round of the EU-Ecuador Human Rights Dialogue took place at the provincial government building on Thursday."
    )
    place = _one(text).place
    assert place is not None
    assert place.city == "Guayaquil"


def test_extract_fresh_shapes_place_of_a_next_meeting_is_not_this_ones() -> None:
    text = (
        "The 5th round of the EU-Ecuador Human Rights Dialogue took place at the foreign ministry on Thursday. "
        "The sides agreed to hold the next dialogue in Brussels in 2026."
    )
    assert _one(text).place is None


def test_extract_fresh_shapes_sub_committee_named_in_quotes() -> None:
    text = (
        'ALGIERS - The fourth meeting of the Algeria-European Union subcommittee "Political dialogue, security and '
        'human rights" was held last Tuesday in Alger.'
    )
    meeting = _one(text)
    assert (meeting.parties, meeting.round, meeting.place and meeting.place.city) == (("DZ", "EU"), 4, "Algiers")


def test_extract_fresh_shapes_held_talks_with_a_delegation_is_reported() -> None:
    text = (
        "Kazakhstan, UK discuss human rights\n\n"
        "ASTANA - Deputy Foreign Minister of Kazakhstan Arman Issetov held talks with the British delegation within "
        "the framework of the fourth round of the Kazakhstan-British dialogue on human rights."
    )
    meeting = _one(text)
    assert (meeting.parties, meeting.round) == (("GB", "KZ"), 4)


def test_extract_fresh_shapes_statement_on_a_dialogue_held_on_a_weekday() -> None:
    text = (
        "Statement: closed doors are not enough\n\n"
        "20 March 2025\n\n"
        "The Harbour Rights Network notes the human rights dialogue held between New Zealand and the People's "
        "Republic of China in Beijing on Tuesday. We call on the Government to publish the cases it raised."
    )
    meeting = _one(text, published="2025-03-20")
    assert (meeting.parties, meeting.date) == (("CN", "NZ"), "2025-03-18")


def test_extract_fresh_shapes_both_groups_agreed_to_meet_again() -> None:
    text = (
        "On Monday the EU-Cambodia Working Group on Governance and Human Rights met in Phnom Penh. "
        "Two days later the EU-Lao PDR Working Group on Human Rights and Governance met in Vientiane. "
        "Both Working Groups agreed to meet again in 2026."
    )
    meetings = _meetings(text)
    assert [meeting.next_meeting and meeting.next_meeting.date for meeting in meetings] == ["2026", "2026"]


def test_extract_fresh_shapes_one_meetings_next_round_is_not_the_others() -> None:
    text = (
        "On Monday the EU-Cambodia Working Group on Governance and Human Rights met in Phnom Penh. "
        "Two days later the EU-Lao PDR Working Group on Human Rights and Governance met in Vientiane. "
        "The Lao side agreed to hold the next meeting in Brussels in 2026."
    )
    meetings = _meetings(text)
    assert [meeting.next_meeting is not None for meeting in meetings] == [False, True]


def test_extract_fresh_shapes_background_after_the_subject_keeps_the_subject() -> None:
    text = (
        "The EU and South Africa held the 11th Human Rights Dialogue in Pretoria on 20 November 2024. The two "
        "delegations discussed a binding instrument on business and human rights, which South Africa has "
        "championed since 2014."
    )
    assert _one(text).themes == ("business_human_rights",)


def test_extract_fresh_shapes_a_position_is_not_a_name() -> None:
    text = (
        "New Zealand and China held their human rights dialogue in Beijing on 17 March 2025. The New Zealand "
        "delegation was led by Hana Rewi, Divisional Manager, Human Rights Division, Ministry of Foreign Affairs and Trade."
    )
    assert [chair.name for chair in _one(text).chairs] == ["Hana Rewi"]


def test_extract_fresh_shapes_delegations_met_after_the_dialogue_is_named() -> None:
    text = (
        "Gulf paper reports on rights talks\n\n"
        "The European Union used its annual human rights talks with Oman on Wednesday to push for a halt to "
        "executions. The EU team, led by Clara Vogt, met Omani officials headed by Undersecretary Said Al Harthy "
        "at the Foreign Ministry in Muscat."
    )
    meeting = _one(text, published="2025-03-14")
    assert (meeting.parties, meeting.date) == (("EU", "OM"), "2025-03-12")
    assert meeting.place is not None
    assert meeting.place.city == "Muscat"
    assert "death_penalty" in meeting.themes


def test_extract_fresh_shapes_delegations_meeting_without_a_dialogue_is_nothing() -> None:
    text = "The EU team, led by Clara Vogt, met Omani officials headed by Undersecretary Said Al Harthy in Muscat."
    assert _meetings(text) == ()


def test_extract_fresh_shapes_discussed_within_the_framework_of_a_meeting() -> None:
    text = (
        "Representatives of Uzbekistan and the EU discussed human rights within the framework of the 16th meeting "
        "of the Human Rights Sub-Committee in Tashkent on 3 March 2025."
    )
    meeting = _one(text)
    assert (meeting.parties, meeting.round, meeting.date) == (("EU", "UZ"), 16, "2025-03-03")


def test_extract_fresh_shapes_within_the_framework_of_a_meeting_to_come_is_not_held() -> None:
    text = "The EU and Uzbekistan will discuss human rights within the framework of the 17th Human Rights Sub-Committee."
    assert _meetings(text) == ()


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # every person named before a plural "led the talks" / "led their delegations"
        ("Undersecretary Rosa Lim and Ambassador Keiko Sato led the talks, which covered migrant workers.", ["Rosa Lim", "Keiko Sato"]),
        ("Rosa Lim, director-general at the foreign ministry, and Keiko Sato, ambassador for human rights, led their delegations.", ["Rosa Lim", "Keiko Sato"]),
        # "conducted the Dialogue with B"
        ("The Commissioner for Human Rights, Dr Rosa Lim, conducted the dialogue with the Director-General, Keiko Sato.", ["Rosa Lim", "Keiko Sato"]),
        # "the meeting ... brought together A and B"
        ("The meeting, the third of its kind, brought together the deputy foreign minister, Rosa Lim, and a delegation led by Keiko Sato.", ["Rosa Lim", "Keiko Sato"]),
        # "Her counterpart was B"
        ("The delegation was led by Rosa Lim. Her counterpart was Keiko Sato, Deputy Director-General.", ["Rosa Lim", "Keiko Sato"]),
    ],
)
def test_extract_fresh_shapes_more_chairs(sentence: str, names: list[str]) -> None:
    held = "Ecuador and the European Union held their third Human Rights Dialogue in Quito on 12 March 2025. "
    assert [chair.name for chair in _one(held + sentence).chairs] == names


def test_extract_fresh_shapes_an_office_after_at_is_not_a_chair() -> None:
    text = (
        "Ecuador and the EU held their third Human Rights Dialogue in Quito on 12 March 2025. It was co-chaired by "
        "Rosa Lim, Deputy Managing Director at the EEAS, and Keiko Sato, Deputy Secretary-General at Wisma Putra."
    )
    assert [chair.name for chair in _one(text).chairs] == ["Rosa Lim", "Keiko Sato"]


def test_extract_fresh_shapes_a_name_does_not_run_into_the_next_paragraph() -> None:
    text = (
        "Ecuador and the EU held their third Human Rights Dialogue in Quito on 12 March 2025. The Ecuadorian side was "
        "led by Amb. Rosa Lim Vega, while the EU delegation was headed by Karl-Heinz Obermann.\n\nLim Vega said "
        "progress had been made."
    )
    assert [chair.name for chair in _one(text).chairs] == ["Rosa Lim Vega", "Karl-Heinz Obermann"]


def test_extract_fresh_shapes_today_in_a_reposted_wire_is_its_datelines_day() -> None:
    text = (
        "Repost: rights talks behind closed doors\n\nPosted on April 24, 2026 by admin\n\n"
        "HANOI, April 21 (VNW) - Vietnam and Germany held their twelfth human rights dialogue here today."
    )
    meeting = _one(text, published="2026-04-24")
    assert meeting.date == "2026-04-21"
    assert meeting.place is not None
    assert meeting.place.city == "Hanoi"


def test_extract_fresh_shapes_a_dash_in_a_name_after_a_date_is_no_dateline() -> None:
    text = "On 26 February, the third Viet Nam - Republic of Korea Human Rights Dialogue was held in Seoul."
    meeting = _one(text, published="2026-03-05")
    assert (meeting.parties, meeting.date) == (("KR", "VN"), "2026-02-26")


def test_extract_fresh_shapes_this_was_the_fifth_round_though_an_earlier_one_follows() -> None:
    text = (
        "Switzerland and Iran held a round of their bilateral human rights dialogue in Tehran on 9 December 2025. "
        "It was the fifth round of the dialogue; the last round took place in Bern in 2016."
    )
    meeting = _one(text, published="2025-12-11")
    assert meeting.round == 5


def test_extract_fresh_shapes_the_countrys_capital_under_its_dateline() -> None:
    text = (
        "QUITO, Oct 14 (Wire) -- Ecuador and the European Union held this Tuesday in the Ecuadorian capital the "
        "third edition of their bilateral human rights dialogue."
    )
    place = _one(text, published="2025-10-14").place
    assert place is not None
    assert (place.city, place.country) == ("Quito", "EC")


def test_extract_fresh_shapes_another_countrys_capital_is_not_the_place() -> None:
    text = (
        "BRUSSELS, Oct 14 (Wire) -- Ecuador and the European Union held this Tuesday in the Ecuadorian capital the "
        "third edition of their bilateral human rights dialogue."
    )
    assert _one(text, published="2025-10-14").place is None


def test_extract_fresh_shapes_raised_during_a_dialogue_held_last_tuesday() -> None:
    text = (
        "The European Union raised concerns over a media bill during the EU-Maldives human rights dialogue held in "
        "Male last Tuesday, diplomatic sources said."
    )
    meeting = _one(text, published="2026-04-20")
    assert (meeting.parties, meeting.date) == (("EU", "MV"), "2026-04-14")


def test_extract_fresh_shapes_co_chaired_with_and_dialogues_continuing() -> None:
    text = (
        "On 12 February the EUSR travelled to Guatemala City for the first EU-Guatemala Human Rights Dialogue, "
        "co-chaired with the Vice-Minister for Multilateral Affairs, Lucia Mendez. Both dialogues will continue in "
        "Brussels next year."
    )
    meeting = _one(text, published="2026-02-13")
    assert [chair.name for chair in meeting.chairs] == ["Lucia Mendez"]
    assert meeting.next_meeting is not None
    assert (meeting.next_meeting.date, meeting.next_meeting.place and meeting.next_meeting.place.city) == ("2027", "Brussels")


def test_extract_fresh_shapes_an_office_in_capitals_is_not_a_chair() -> None:
    text = (
        "The fourth Mongolia-Japan Human Rights Dialogue was held in Tokyo on 3 June 2026. The Japanese delegation "
        "was headed by Mr. KIMURA Takeshi, Director-General for Global Issues of the Ministry of Foreign Affairs."
    )
    assert [chair.name for chair in _one(text, published="2026-06-12").chairs] == ["KIMURA Takeshi"]
