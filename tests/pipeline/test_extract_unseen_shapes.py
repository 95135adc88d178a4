"""Shapes of language met in real readouts of series the rules were not written for (issue 13).

Each case is a sentence or two written for this test in the style of a kind of source
(wire story, briefing transcript, embassy page, repost) and asserts one general shape:
how a meeting is named, said to have happened, dated, placed or chaired.
"""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, MeetingRecord


def _meetings(text: str, published: str | None = "2024-06-20") -> tuple[MeetingRecord, ...]:
    return extract_meetings(CleanDocument(origin="test", text=text, published=published))


def _one(text: str, published: str | None = "2024-06-20") -> MeetingRecord:
    meetings = _meetings(text, published)
    assert len(meetings) == 1, meetings
    return meetings[0]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a meeting noun with a space, lower case: "sub group", "Subgroup"
        ("On 3 May 2024 in Accra, the EU and Ghana held their annual meeting of the Sub group on Governance and Human Rights.", ("EU", "GH")),
        ("Officials met on Monday for the EU-Nepal Subgroup on Good Governance and Human Rights, the release said.", ("EU", "NP")),
        # "talks on human rights", "began a new round of their dialogue on human rights"
        ("Ottawa - Canada and Peru on Tuesday began a new round of their dialogue on human rights.", ("CA", "PE")),
        # a briefing: "this was the 12th round of ..."
        ("MR SMITH: So, as you know, this was the 12th round of the U.S.-Laos Human Rights Dialogue. It went well.", ("LA", "US")),
        # the lead reports what was raised at the dialogue
        ("WASHINGTON - The United States on Thursday pressed Egypt on prisoners.\nTopping the list of concerns raised at a human rights dialogue was the detention of reporters.", ("EG", "US")),
        # a held participle dated in the days around publication reports the news
        ("The EU voiced its concern while discussing the preparation for the upcoming election in the biennial meeting of the sub group on human rights in the framework of the EU-Nepal Cooperation Agreement held in the capital on Tuesday.", ("EU", "NP")),
        # "led the U.S. side at"
        ("HANOI, Nov 4 (Wire) - Assistant Secretary Jane Roe led the U.S. side at the annual U.S.-Laos human rights dialogue on Tuesday.", ("LA", "US")),
        # an earlier round after "after" dates this one
        ("The EU and Cuba held their fifth human rights dialogue in Brussels on Thursday, a year after the previous round in Havana.", ("CU", "EU")),
    ],
)
def test_extract_unseen_shapes_meeting_held(text: str, parties: tuple[str, ...]) -> None:
    assert _one(text).parties == parties


@pytest.mark.parametrize(
    "text",
    [
        # preparing the next meeting is not holding it
        "Officials of Nepal and the European Union met in Kathmandu on Sunday to prepare the next meeting of the Sub-Group on Good Governance and Human Rights.",
        # an earlier round in passing
        "Mr. Speaker, the Canada-Peru Human Rights Dialogue was last held in 2006 in Lima.",
        # a mention recalled at another meeting is no report of the dialogue
        "GENEVA - Peru's record was examined on Tuesday at the UN.\nThe delegation was headed by a deputy minister.\nThe EU recalled that these issues were also discussed at the EU-Peru Human Rights Dialogue.",
    ],
)
def test_extract_unseen_shapes_nothing_held(text: str) -> None:
    assert _meetings(text) == ()


def test_extract_unseen_shapes_question_is_no_future_lead() -> None:
    text = (
        "Question: Could the Spokesperson give details of the human rights dialogue with the European Union?\n"
        "Spokesperson: On 9 May 2024, the 13th Human Rights Dialogue between Laos and the European Union took place in Vientiane."
    )
    meeting = _one(text)
    assert (meeting.round, meeting.date) == (13, "2024-05-09")


def test_extract_unseen_shapes_next_general_election_is_not_a_next_meeting() -> None:
    text = "The EU and Nepal discussed the next general election at the Sub-Group on Governance and Human Rights, held in Kathmandu on 3 June 2024."
    assert _one(text).date == "2024-06-03"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("On July 10, Peru and the European Union met at the IX edition of the High Level Bilateral Dialogue on Human Rights.", 9),
        ("On July 10th, the XIV High Level Dialogue on Human Rights took place between the European Union and Chile.", 14),
        ("The EU and Chile held the third such meeting of their Human Rights Dialogue in Santiago on 2 May 2024.", 3),
    ],
)
def test_extract_unseen_shapes_bare_roman_and_such_rounds(text: str, number: int) -> None:
    assert _one(text).round == number


def test_extract_unseen_shapes_first_such_meeting_since_is_no_round() -> None:
    assert _one("Chile and the EU held a Human Rights Dialogue in Santiago on 2 May 2024, the first such meeting since 2019.").round is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The first EU-Laos Human Rights Dialogue was held in Laos' capital Vientiane on Tuesday.", "Vientiane"),
        ("In Bishkek on Tuesday, the EU and Kyrgyzstan held the 15th round of their human rights dialogue.", "Bishkek"),
        # "held in the capital": the one city of a party's country the story names
        ("The EU delegation in Dhaka said the EU-Bangladesh Sub-Group on Governance and Human Rights was held in the capital on Tuesday.", "Dhaka"),
        # spellings of the same capital
        ("The EU-Myanmar Human Rights Dialogue was held in Naypyidaw on 20 May 2024.", "Nay Pyi Taw"),
    ],
)
def test_extract_unseen_shapes_places(text: str, city: str) -> None:
    place = _one(text).place
    assert place is not None
    assert place.city == city


def test_extract_unseen_shapes_the_capital_needs_one_city() -> None:
    text = "The EU-Bangladesh Sub-Group on Governance and Human Rights was held in the capital on Tuesday."
    assert _one(text).place is None


def test_extract_unseen_shapes_hard_wrapped_indented_feed() -> None:
    text = (
        "   U.S. and Vietnamese officials discuss the sensitive topic of human\n"
        "   rights during talks that began on Tuesday, 14 May 2024, in central\n"
        "   Vietnam. Washington and Hanoi agreed last month to hold the two-day\n"
        "   U.S.-Vietnam Human Rights Dialogue in Da Nang, the coastal city of\n"
        "   central Vietnam, where officials from both sides met on Tuesday and\n"
        "   raised the rights of ethnic minorities and religious freedom.\n"
    )
    place = _one(text).place
    assert place is not None
    assert place.city == "Da Nang"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The agenda went on with exchanges between the leaders of the American and Laotian teams, "
            "Jane Roe, Assistant Secretary of State, and Khamphao Ernthavanh, Director General. The 12th U.S.-Laos Human Rights Dialogue was held in Vientiane on 2 May 2024.",
            ["Jane Roe", "Khamphao Ernthavanh"],
        ),
        (
            "This was the 12th round of the U.S.-Laos Human Rights Dialogue. My counterpart was Khamphao Ernthavanh, the director general of the department.",
            ["Khamphao Ernthavanh"],
        ),
        (
            "The EU-Peru Human Rights Dialogue was held online and was co-chaired by the undersecretary for Human Rights of the Peruvian Foreign Ministry, "
            "Rosa Quispe Mamani, and by the European Union special representative for Human Rights, Olof Skoog.",
            ["Rosa Quispe Mamani", "Olof Skoog"],
        ),
        (
            "The EU-Tunisia Sub-Committee on Human Rights and Democracy held its meeting on 23 February 2024. "
            "It was co-chaired, on the Tunisian side, by Nadia Belhaj, Director-General, and, on the European side, by Marco Ferri, Head of Division.",
            ["Nadia Belhaj", "Marco Ferri"],
        ),
    ],
)
def test_extract_unseen_shapes_chairs(text: str, names: list[str]) -> None:
    assert [chair.name for chair in _one(text).chairs] == names


def test_extract_unseen_shapes_bodies_are_not_chairs() -> None:
    text = (
        "The US Department of State, led by Acting Assistant Secretary Jane Roe, participated in the 18th round of the "
        "US-Laos Human Rights Dialogue in Luang Prabang, the capital of Luang Prabang Province, on July 30-31, 2013."
    )
    assert [chair.name for chair in _one(text, "2013-08-02").chairs] == ["Jane Roe"]


def test_extract_unseen_shapes_dates() -> None:
    text = "On Tuesday and Wednesday of this week we took part in the 18th round of the U.S.-Laos Human Rights Dialogue."
    assert _one(text, "2013-08-02").date == "2013-07-30"
    # a day and month without a year borrow one only from an event tied to the meeting in time
    tied = "On 4 July, the EU and Chile held the 10th session of the Human Rights Dialogue.\nThe Dialogue was preceded by the Civil Society Seminar held on 1 July 2022 in Brussels."
    assert _one(tied, None).date == "2022-07-04"
    untied = "On 20 May, the first EU-Laos Human Rights Dialogue took place in Vientiane.\nThis dialogue is a follow-up to the EU-Laos Task Force held in November 2013."
    assert _one(untied, None).date is None
    assert _one("In 2023, Australia and Laos held their 18th Human Rights Dialogue in Canberra.").date == "2023"


def test_extract_unseen_shapes_agenda_to_come_is_no_theme() -> None:
    text = (
        "China and Laos on Wednesday began a new round of their dialogue on human rights.\n"
        "The two days of discussions will include freedom of religion and labour rights, the ministry said."
    )
    assert _one(text).themes == ()


def test_extract_unseen_shapes_themes_before_a_next_cue() -> None:
    text = (
        "The EU and Peru held their Human Rights Dialogue in Lima on 3 June 2024. "
        "They also exchanged views on business and human rights, including resolutions to be tabled at its next session."
    )
    assert "business_human_rights" in _one(text).themes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The EU-Egypt Subcommittee on Political Matters, Human Rights and Democracy convened in Cairo on 10 June 2024.", "EU-Egypt Subcommittee on Political Matters, Human Rights and Democracy"),
        ("The EU and Belarus Human Rights Dialogue took place in Minsk on 6 June 2024.", "EU-Belarus Human Rights Dialogue"),
        ("The EU and Nepal held the Sub-Group on Governance and Human Rights in Kathmandu on 6 June 2024.", "EU-Nepal Sub-Group on Governance and Human Rights"),
        ("Canada and Mongolia held the Democracy and Human Rights Dialogue in Ulaanbaatar on 12 June 2024.", "Canada-Mongolia Democracy and Human Rights Dialogue"),
        ("The EU and Thailand held their first dialogue on democracy and human rights in Bangkok on 12 June 2024.", "Dialogue on Democracy and Human Rights"),
    ],
)
def test_extract_unseen_shapes_mechanism_names(text: str, name: str) -> None:
    assert _one(text).mechanism == name


@pytest.mark.parametrize(
    "text",
    [
        "Japan puts human rights dialogue with Laos on hold\nTOKYO - Japan has suspended its human rights dialogue with Laos, an official said.",
        "Mr. Speaker, the Canada-Peru Human Rights Dialogue was not renewed after a review concluded that it had produced few results.",
    ],
)
def test_extract_unseen_shapes_dialogue_not_held(text: str) -> None:
    assert _meetings(text) == ()


def test_extract_unseen_shapes_next_round_would_take_place() -> None:
    text = "The EU and Belarus held the second round of their human rights dialogue in Minsk on 21 June 2016. The two sides agreed that the third round would take place in Brussels in 2017."
    upcoming = _one(text, "2016-06-22").next_meeting
    assert upcoming is not None
    assert upcoming.date == "2017"
    assert upcoming.place is not None
    assert upcoming.place.city == "Brussels"


def test_extract_unseen_shapes_instruments_one_entry_whole_titles() -> None:
    text = (
        "Tashkent, 14 June 2024 (UzA): The 17th EU-Uzbekistan Human Rights Dialogue was held in Tashkent on 13 June. "
        "The parties discussed the National Human Rights Strategy until 2030, the Law on the Prevention of Domestic Violence "
        "adopted in April 2023, the law on prevention of domestic violence, and the new Labour Code. "
        "The EU welcomed the National Action Plan on Human Rights 2024-2027 in March 2024 and the Action Plan on Human Rights, "
        'as well as the Law "On Mass Media" adopted on 19 June 2024.'
    )
    found = {(item.title, item.date) for item in _one(text).instruments}
    assert found == {
        ("National Human Rights Strategy", None),
        ("Law on the Prevention of Domestic Violence", "2023-04"),
        ("Labour Code", None),
        ("National Action Plan on Human Rights 2024-2027", "2024-03"),
        ('Law "On Mass Media"', "2024-06-19"),
    }


def test_extract_unseen_shapes_dateline_is_no_position() -> None:
    text = "BRUSSELS, June 14 (Wire) - Kazakhstan's Deputy Foreign Minister Roman Vassilenko and EU envoy Luc Devigne co-chaired the EU-Kazakhstan Human Rights Dialogue in Brussels."
    positions = [chair.position for chair in _one(text).chairs]
    assert positions == ["Kazakhstan's Deputy Foreign Minister", "EU envoy"]


def test_extract_unseen_shapes_transcript_speaker_who_led() -> None:
    text = (
        "On-the-Record Briefing on the 12th U.S.-Laos Human Rights Dialogue\n\n"
        "Jane Roe\nAssistant Secretary of State\n\n"
        "MR SMITH: Welcome, everyone, to a briefing by Assistant Secretary Roe.\n\n"
        "ASSISTANT SECRETARY ROE: Thank you. So as you know, this was the 12th round of the U.S.-Laos Human Rights Dialogue. "
        "I led an interagency delegation from several agencies. My counterpart was Khamphao Ernthavanh, the director general."
    )
    assert [chair.name for chair in _one(text).chairs] == ["Jane Roe", "Khamphao Ernthavanh"]


def test_extract_unseen_shapes_header_speaker_who_led() -> None:
    text = (
        "Jane Roe, Press Conference following the U.S.-Laos Human Rights Dialogue, August 2, 2013\n\n"
        "On Tuesday and Wednesday of this week we took part in the 18th round of the U.S.-Laos Human Rights Dialogue in Vientiane. "
        "I was very pleased to lead the U.S. delegation, which included several agencies."
    )
    chairs = _one(text, "2013-08-02").chairs
    assert [(chair.name, chair.party) for chair in chairs] == [("Jane Roe", "US")]


def test_extract_unseen_shapes_signed_post_speaker_who_led() -> None:
    text = (
        "Notes from the road\n\nLast week I had the honour of leading the Swiss delegation to the Human Rights Dialogue "
        "between Switzerland and Laos, held in Vientiane on 14 May 2024. My counterpart was Khamphao Ernthavanh.\n\n"
        "Our next round will be held in Bern next year.\n\nAnna Weber, Ambassador of Switzerland to Laos"
    )
    assert [(chair.name, chair.party) for chair in _one(text).chairs] == [("Khamphao Ernthavanh", "LA"), ("Anna Weber", "CH")]


def test_extract_unseen_shapes_first_person_without_a_known_speaker() -> None:
    text = (
        "Notes from the road\n\nLast week I had the honour of leading the Swiss delegation to the Human Rights Dialogue "
        "between Switzerland and Laos, held in Vientiane on 14 May 2024. My counterpart was Khamphao Ernthavanh."
    )
    assert [chair.name for chair in _one(text).chairs] == ["Khamphao Ernthavanh"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Both stressed that the election of Chile as a non-permanent member of the Security Council opens new opportunities.", "elections"),
        ("The EU informed about the Rule of Law Mechanism and the Anti-Corruption Package adopted in May 2023.", "corruption"),
    ],
)
def test_extract_unseen_shapes_names_that_are_no_subjects(sentence: str, absent: str) -> None:
    text = f"The EU and Chile held their Human Rights Dialogue in Santiago on 3 June 2024. {sentence}"
    assert absent not in _one(text).themes


def test_extract_unseen_shapes_agreement_to_hold_another_round() -> None:
    text = (
        "The 18th round of the US-Laos Human Rights Dialogue took place in Vientiane on July 30, 2013. "
        "The only agreement reached by the two sides was to hold another round of the dialogue in 2014."
    )
    upcoming = _one(text, "2013-08-05").next_meeting
    assert upcoming is not None
    assert upcoming.date == "2014"


def test_extract_unseen_shapes_would_be_and_earlier_dates_are_no_next_round() -> None:
    text = (
        "Held in Vientiane on August 13 and 14, 2015, the 19th session of the would-be annual US-Laos Human Rights Dialogue reconvened after a gap. "
        "Some feared that the 19th session would meet a similar fate after a visit in February 2015."
    )
    meeting = _one(text, None)
    assert (meeting.round, meeting.date, meeting.next_meeting) == (19, "2015-08-13", None)


def test_extract_unseen_shapes_statement_date_is_not_the_meeting_date() -> None:
    text = (
        "Uzbekistan and the EU have held the 15th round of the human rights dialogue, the Foreign Ministry said on Tuesday. "
        "The talks were held in Tashkent on 4 June 2024."
    )
    assert _one(text, "2024-06-20").date == "2024-06-04"


def test_extract_unseen_shapes_pair_after_the_name_names_it() -> None:
    text = "The 14th annual session of the Human Rights Dialogue between Vietnam and Switzerland was convened in Bern from 3 to 4 June 2024."
    meeting = _one(text)
    assert (meeting.mechanism, meeting.date) == ("Vietnam-Switzerland Human Rights Dialogue", "2024-06-03")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Washington and Hanoi held their annual human rights dialogue on 3 June 2024 in Washington.", ("US", "VN")),
        ("Brussels and Beijing held the 39th round of their human rights dialogue in Chongqing on 16 June 2024.", ("CN", "EU")),
        ("Bern hosted the Sino-Swiss human rights dialogue on 3 June 2024.", ("CH", "CN")),
        ("Japan held its 7th human rights dialogue with Cambodia in Phnom Penh on 3 June 2024.", ("JP", "KH")),
    ],
)
def test_extract_unseen_shapes_parties_by_capitals_and_prefixes(text: str, parties: tuple[str, ...]) -> None:
    assert _one(text).parties == parties


def test_extract_unseen_shapes_a_lone_capital_is_a_place_not_a_party() -> None:
    meeting = _one("The EU and Laos held their Human Rights Dialogue in Brussels on 3 June 2024.")
    assert meeting.parties == ("EU", "LA")
    assert meeting.place is not None
    assert meeting.place.city == "Brussels"


def test_extract_unseen_shapes_past_perfect_round_is_earlier() -> None:
    text = "The EU and Laos held their 12th Human Rights Dialogue by video conference on 3 June 2024. The 11th round had been held in Vientiane in 2023."
    meeting = _one(text)
    assert (meeting.round, meeting.date, meeting.place) == (12, "2024-06-03", None)


def test_extract_unseen_shapes_past_perfect_in_reported_speech_is_this_meeting() -> None:
    text = "The ministry said the 12th EU-Laos Human Rights Dialogue had taken place in Vientiane on 3 June 2024 in a frank atmosphere."
    assert _one(text).date == "2024-06-03"
