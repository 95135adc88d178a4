"""Shapes of reports from a fourth set of unseen series: answers to questions, digests, correction
notices, gapped chair lists, names in Korean order and spellings with diacritics.

Each case is written for this test and asserts one general shape of language.
"""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.extract.names import find_names
from rapport.pipeline.extract.parties import find_countries
from rapport.pipeline.extract.places import find_cities
from rapport.pipeline.types import CleanDocument, MeetingRecord


def _meetings(text: str, published: str | None = "2026-04-20") -> tuple[MeetingRecord, ...]:
    return extract_meetings(CleanDocument(origin="test", text=text, published=published))


def _one(text: str, published: str | None = "2026-04-20") -> MeetingRecord:
    meetings = _meetings(text, published)
    assert len(meetings) == 1, meetings
    return meetings[0]


def test_a_question_does_not_report_the_meeting_its_answer_dates() -> None:
    text = (
        "Question 2\nDid Norway and Mongolia hold human rights consultations in March?\n\n"
        "Answer 2\nYes. On 9 and 10 March 2026 the third round of the human rights consultations between "
        "Norway and Mongolia took place in Oslo."
    )
    meeting = _one(text)
    assert (meeting.date, meeting.round) == ("2026-03-09", 3)


def test_a_modal_governing_another_verb_does_not_put_the_meeting_in_the_future() -> None:
    text = (
        "Canada should explain what it achieved at the Ottawa human rights dialogue\n\n"
        "The Canada-Laos human rights dialogue took place in Ottawa on 14 April, co-chaired by "
        "Ambassador Helen Roy and Deputy Minister Somphet Keola."
    )
    meeting = _one(text)
    assert meeting.date == "2026-04-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Human rights defenders could be raised at the upcoming human rights dialogue.",
        "The EU must not hold the human rights dialogue while the lawyers remain in detention.",
    ],
)
def test_a_modal_on_the_meeting_itself_still_means_no_meeting(sentence: str) -> None:
    assert _meetings(sentence) == ()


def test_a_correction_notice_does_not_report_a_second_meeting() -> None:
    text = (
        "Ireland and Viet Nam held the sixth round of their human rights dialogue in Dublin on Thursday 16 April.\n\n"
        "Correction (18 April 2026): An earlier version of this article said that the dialogue took place on "
        "Wednesday 15 April and described it as the seventh round."
    )
    meeting = _one(text)
    assert (meeting.date, meeting.round) == ("2026-04-16", 6)


def test_a_plan_ahead_of_a_round_with_a_long_name_is_no_report_of_it() -> None:
    text = (
        "Ahead of the second EU-Papua New Guinea Human Rights Dialogue, scheduled for next month, a coalition of "
        "groups hosted a roundtable in Brussels on Tuesday."
    )
    assert _meetings(text) == ()


def test_an_earlier_item_of_a_digest_keeps_its_own_next_meeting() -> None:
    text = (
        "Chile and the EU meet in Santiago\n"
        "The seventh EU-Chile Human Rights Dialogue was held in Santiago on 2 April 2026. "
        "The next dialogue is to take place in Brussels.\n\n"
        "EU and Peru hold talks in Lima\n"
        "A week later, on 9 April 2026, the EU-Peru Human Rights Dialogue was held in Lima. "
        "Both sides agreed to hold the next round in 2027."
    )
    first, second = _meetings(text)
    assert first.next_meeting is not None
    assert first.next_meeting.place is not None
    assert first.next_meeting.place.city == "Brussels"
    assert second.next_meeting is not None
    assert second.next_meeting.date == "2027"


def test_looking_forward_to_continuing_the_dialogue_names_the_next_meeting() -> None:
    text = (
        "The EU-Uruguay Human Rights Dialogue was held in Montevideo on 3 April 2026. "
        "We look forward to continuing the dialogue in Brussels next year."
    )
    meeting = _one(text)
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.place is not None
    assert meeting.next_meeting.place.city == "Brussels"
    assert meeting.next_meeting.date == "2027"


@pytest.mark.parametrize(
    "text",
    [
        "The fourth Ghana-EU Human Rights Dialogue was held in Accra on 7 April 2026. Ghana's delegation was led by "
        "Deputy Minister Kofi Mensah Boateng; the EU's by Managing Director Clara Lindholm.",
        "The fourth Ghana-EU Human Rights Dialogue was held in Accra on 7 April 2026. The EU delegation was headed by "
        "Managing Director Clara Lindholm, and Ghana's by the Deputy Minister, Kofi Mensah Boateng.",
    ],
)
def test_the_second_side_elided_as_a_possessive(text: str) -> None:
    meeting = _one(text)
    assert {(chair.name, chair.party) for chair in meeting.chairs} == {
        ("Kofi Mensah Boateng", "GH"),
        ("Clara Lindholm", "EU"),
    }


def test_a_surname_in_capitals_before_the_given_name() -> None:
    text = "The delegation was led by LEE Soo-min, Director-General for Human Rights, and the other by KIM Dae-ho."
    assert [name.text for name in find_names(text, 0, len(text))] == ["LEE Soo-min", "KIM Dae-ho"]


@pytest.mark.parametrize("acronym", ["The EEAS Managing Director", "The OHCHR Senior Adviser"])
def test_an_acronym_before_a_title_is_no_surname(acronym: str) -> None:
    text = f"{acronym} attended."
    assert find_names(text, 0, len(text)) == []


def test_a_sheikh_and_a_family_name_with_a_particle() -> None:
    text = "Oman's side was headed by Sheikh Salim bin Nasser al-Habsi, Head of the Department."
    assert [name.text for name in find_names(text, 0, len(text))] == ["Salim bin Nasser al-Habsi"]


def test_country_and_city_names_written_with_diacritics() -> None:
    text = "Finland and Việt Nam held their dialogue in Hà Nội; Côte d'Ivoire and Cote d'Ivoire."
    assert [country.code for country in find_countries(text)] == ["FI", "VN", "CI", "CI"]
    cities = find_cities(text, 0, len(text))
    assert [(text[city.start : city.end], city.place.city) for city in cities] == [("Hà Nội", "Hanoi")]


def test_this_morning_dates_a_live_blog_entry() -> None:
    text = "09:40 The EU-Jordan Sub-Committee on Human Rights, Governance and Democracy met this morning in Amman."
    assert _one(text, "2026-04-15").date == "2026-04-15"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Joint Secretary Maya Gurung led the Nepali side, while EEAS official Pieter Claes represented the EU, "
            "the ministry said.",
            {("Maya Gurung", "NP"), ("Pieter Claes", "EU")},
        ),
        (
            "Nepal was represented by Joint Secretary Maya Gurung, while the EU was represented by Pieter Claes, "
            "Head of Division.",
            {("Maya Gurung", "NP"), ("Pieter Claes", "EU")},
        ),
    ],
)
def test_a_party_represented_by_one_person(sentence: str, expected: set[tuple[str, str]]) -> None:
    text = f"The EU-Nepal Human Rights Dialogue was held in Kathmandu on 8 April 2026. {sentence}"
    assert {(chair.name, chair.party) for chair in _one(text).chairs} == expected


def test_a_party_represented_by_several_people_names_no_head() -> None:
    text = (
        "The EU-Nepal Human Rights Dialogue was held in Kathmandu on 8 April 2026. Nepal was represented by "
        "Maya Gurung, Joint Secretary, and Ram Thapa, Director, as well as other officials. The EU delegation "
        "was led by Pieter Claes."
    )
    assert [(chair.name, chair.party) for chair in _one(text).chairs] == [("Pieter Claes", "EU")]


def test_a_person_representing_a_ministry_is_no_chair() -> None:
    text = (
        "The EU-Nepal Human Rights Dialogue was held in Kathmandu on 8 April 2026. Ram Thapa represented the "
        "Ministry of Home Affairs, and the EU delegation was led by Pieter Claes."
    )
    assert [chair.name for chair in _one(text).chairs] == ["Pieter Claes"]


@pytest.mark.parametrize(
    ("sentence", "themes"),
    [
        ("The delegations also compared notes on their national human rights institutions.", {"national_institutions"}),
        ("The two sides talked about juvenile justice.", {"children_rights", "justice_reform"}),
        ("The EU raised the mass detentions under the state of emergency.", {"arbitrary_detention"}),
    ],
)
def test_discussed_themes_in_other_words(sentence: str, themes: set[str]) -> None:
    text = f"The EU-Nepal Human Rights Dialogue was held in Kathmandu on 8 April 2026. {sentence}"
    assert set(_one(text).themes) == themes


def test_a_minister_who_held_talks_with_the_other_delegation() -> None:
    text = (
        "Deputy Foreign Minister Daniyar Sembayev held talks with the delegation of Ireland headed by Director "
        "Fiona Walsh within the framework of the second round of the Kazakhstan-Ireland human rights dialogue, "
        "held in Astana on 8 April 2026."
    )
    assert {chair.name for chair in _one(text).chairs} == {"Daniyar Sembayev", "Fiona Walsh"}


def test_a_special_representative_who_travelled_to_co_chair_two_dialogues() -> None:
    text = (
        "The EU Special Representative for Human Rights, Marta Lindqvist, travelled to the Andes this week to "
        "co-chair two human rights dialogues. The EU-Peru Human Rights Dialogue was held in Lima on 8 April 2026."
    )
    assert "Marta Lindqvist" in {chair.name for chair in _one(text).chairs}


def test_a_venue_then_its_city() -> None:
    text = (
        "The Government and the European Union on Tuesday held the fourth session of the Ghana-EU Human Rights "
        "Dialogue at the Ministry of Foreign Affairs, Accra."
    )
    meeting = _one(text)
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Accra", "GH")


def test_the_heads_who_led_the_talks_report_the_meeting() -> None:
    text = (
        "Paraguay's ties with the EU have long been close, and the human rights dialogue, launched in 2015, is one "
        "of its steadier channels.\n\n"
        "Last week's session, the sixth, was calm. Vice Minister Ana Benítez and the EU's Managing Director "
        "Pablo Serrano led the talks in Asunción on 14 April."
    )
    meeting = _one(text, "2026-04-22")
    assert meeting.date == "2026-04-14"
    assert meeting.place is not None
    assert meeting.place.city == "Asunción"
    assert {chair.name for chair in meeting.chairs} == {"Ana Benítez", "Pablo Serrano"}


@pytest.mark.parametrize(
    "sentence",
    [
        "During the dialogue, the EU stressed freedom of expression both offline and online.",
        "Virtually every subject on the agenda drew comment from both sides.",
    ],
)
def test_online_and_virtually_in_other_senses_leave_the_place(sentence: str) -> None:
    text = f"The EU-Fiji Human Rights Dialogue was held in Suva on 8 April 2026. {sentence}"
    meeting = _one(text)
    assert meeting.place is not None
    assert meeting.place.city == "Suva"


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU-Fiji Human Rights Dialogue was held online on 8 April 2026, from Suva and Brussels.",
        "The EU-Fiji Human Rights Dialogue took place on 8 April 2026 in a virtual format, from Suva and Brussels.",
    ],
)
def test_a_meeting_held_online_has_no_place(sentence: str) -> None:
    assert _one(sentence).place is None


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("held the 4th Human Rights Dialogue at the Ministry of Foreign Affairs at Tower Hill, Freetown.", "Freetown"),
        ("held the 4th Human Rights Dialogue at its offices on Victoria Parade, Suva.", "Suva"),
        ("held the 4th Human Rights Dialogue at the Ministry in Anosy, Antananarivo.", "Antananarivo"),
        ("met in Port-Louis for the 4th round of their Human Rights Dialogue.", "Port Louis"),
    ],
)
def test_a_city_after_its_venue_or_district_or_with_a_hyphen(sentence: str, city: str) -> None:
    meeting = _one(f"The European Union and the Government yesterday {sentence}")
    assert meeting.place is not None
    assert meeting.place.city == city


def test_a_list_of_cities_is_no_venue_and_its_city() -> None:
    text = "Since 2019 the dialogue has met in Brussels, Ankara and Baku."
    assert [city.place.city for city in find_cities(text, 0, len(text))] == ["Brussels"]


@pytest.mark.parametrize(
    ("sentence", "date", "city"),
    [
        ("A fifth round was expected in Suva next year.", "2027", "Suva"),
        ("The fifth Dialogue is foreseen in Brussels in 2027.", "2027", "Brussels"),
        ("The fifth round should take place in Brussels.", None, "Brussels"),
        ("Fiji will host the fifth Dialogue in Suva in 2027.", "2027", "Suva"),
        ("See you in Suva next year!", "2027", "Suva"),
    ],
)
def test_more_ways_to_name_the_next_meeting(sentence: str, date: str | None, city: str) -> None:
    meeting = _one(f"The fourth EU-Fiji Human Rights Dialogue was held in Brussels on 8 April 2026. {sentence}")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == date
    assert meeting.next_meeting.place is not None
    assert meeting.next_meeting.place.city == city


@pytest.mark.parametrize(
    ("sentence", "chair"),
    [
        ("The EU delegation was led by Anna Holm; the government's by Grace Achieng Okello, Minister of State.", "Grace Achieng Okello"),
        ("The EU delegation was led by Anna Holm, and the Ugandan one by Grace Achieng Okello.", "Grace Achieng Okello"),
        ("The Vietnamese delegation was headed by Do Thi Hong Van, and the EU's by Anna Holm.", "Do Thi Hong Van"),
        ("The Liberian delegation was headed by the Deputy Minister, Cllr. Grace T. Kollie, and the EU's by Anna Holm.", "Grace T. Kollie"),
    ],
)
def test_more_chair_shapes(sentence: str, chair: str) -> None:
    meeting = _one(f"The third EU-Uganda Human Rights Dialogue was held in Kampala on 8 April 2026. {sentence}")
    assert {found.name for found in meeting.chairs} == {chair, "Anna Holm"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dialogue, the fifth of its kind, covered prisons.", 5),
        ("The delegations met for the closed-door session, the third since the mechanism was launched in 2019.", 3),
        ("The dialogue, the first since 2021, covered prisons.", None),
        ("Officials said that meeting, the 14th of its kind, covered prisons.", None),
    ],
)
def test_an_ordinal_in_apposition_to_the_meeting(sentence: str, expected: int | None) -> None:
    text = f"Sweden and Viet Nam held their human rights dialogue in Hanoi on 8 April 2026. {sentence}"
    assert _one(text).round == expected


def test_a_roman_numeral_after_the_dialogue_name() -> None:
    text = "The Ministry of Foreign Affairs today hosted the EU-Liberia Human Rights Dialogue III in Monrovia."
    assert _one(text).round == 3


def test_since_the_dialogue_was_launched_is_no_earlier_meeting() -> None:
    text = (
        "MANAMA: Bahrain and Norway yesterday opened two days of human rights consultations in Oslo, the third such "
        "meeting since the dialogue was launched in 2019."
    )
    meeting = _one(text, "2026-03-11")
    assert (meeting.date, meeting.round) == ("2026-03-10", 3)


def test_meeting_several_times_is_the_series_not_a_meeting() -> None:
    text = (
        "Between 2014 and 2019 Norway and Myanmar met four times for what diplomats called a human rights dialogue. "
        "Nothing came of it."
    )
    assert _meetings(text) == ()


def test_looking_forward_to_continuing_a_dialogue_held_months_ago_is_no_report() -> None:
    text = (
        "GENEVA - The Human Rights Council held its interactive dialogue on Cambodia on Tuesday.\n\n"
        "Cambodia's delegation said it had cooperated with the special rapporteur.\n\n"
        "The Republic of Korea said it looked forward to continuing the bilateral human rights dialogue held with "
        "Cambodia in Seoul in July."
    )
    assert _meetings(text, "2026-10-07") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union and government officials yesterday sparred over the press law during the third round of "
        "a human rights dialogue between the two sides, held behind closed doors in Kampala.",
        "Minister Grace Okello and Ambassador Anna Holm led their delegations yesterday at the third dialogue on "
        "human rights between Uganda and the European Union.",
    ],
)
def test_a_meeting_dated_yesterday_is_the_news_whatever_the_verb(sentence: str) -> None:
    text = f"KAMPALA - Uganda's budget passed on Monday.\n\nTaxes on mobile money were cut.\n\n{sentence}"
    meeting = _one(text, "2026-03-18")
    assert (meeting.date, meeting.round) == ("2026-03-17", 3)


def test_organised_here_under_a_dateline() -> None:
    text = (
        "Ulaanbaatar, April 9 (MNA) - The first round of Mongolia-Austria consultations on human rights was "
        "organised here yesterday at the Ministry of Foreign Affairs."
    )
    meeting = _one(text, "2026-04-09")
    assert meeting.place is not None
    assert meeting.place.city == "Ulaanbaatar"


def test_in_the_capital_under_a_capital_dateline_when_another_city_is_named() -> None:
    text = (
        "HARARE. - The Zimbabwean Government and the European Union yesterday held a human rights dialogue in the capital.\n\n"
        "The next round will be held in Bulawayo."
    )
    meeting = _one(text, "2026-04-09")
    assert meeting.place is not None
    assert meeting.place.city == "Harare"


def test_a_surname_alone_after_a_title() -> None:
    text = (
        "The seventh German-Kazakh human rights dialogue took place in Berlin on 8 April 2026. The German "
        "delegation was led by Anna Vogt; her counterpart was Deputy Foreign Minister Zhaksybekov."
    )
    assert {chair.name for chair in _one(text).chairs} == {"Anna Vogt", "Zhaksybekov"}


def test_a_minister_delegate_is_a_title_not_a_name() -> None:
    text = (
        "Cameroon and the EU held their dialogue on human rights in Yaounde on 8 April 2026. The meeting was "
        "co-chaired by the Minister Delegate to the Minister of External Relations and by Ambassador Anna Vogt."
    )
    assert [chair.name for chair in _one(text).chairs] == ["Anna Vogt"]


@pytest.mark.parametrize(
    ("sentence", "themes"),
    [
        ("The sides discussed the rights of children in conflict with the law.", {"children_rights", "justice_reform"}),
        ("The EU raised freedom of expression and the press.", {"freedom_of_expression", "media_freedom"}),
        ("The talks dwelt on corruption in the courts.", {"corruption", "justice_reform"}),
        # (the places of detention within it read as a matter of conditions of detention too)
        ("The EU raised persons held in unofficial places of detention.", {"arbitrary_detention", "torture"}),
        ("Fiji presented its Alternative Sentences Law.", {"justice_reform"}),
        ("The EU raised allegations of police brutality.", {"justice_reform"}),
        ("The two sides exchanged views on the empowerment of the Bahraini woman.", {"women_rights"}),
        ("The sides discussed the conduct of companies in the extractive sector.", {"business_human_rights"}),
        ("The two sides discussed the fight against insurgency.", {"counter_terrorism"}),
        ("They discussed the sexual exploitation of children online.", {"children_rights"}),
        ("Fiji informed the EU about its political modernisation.", {"democratic_reform"}),
        ("The EU asked about the welfare of detainees.", {"torture"}),
        ("The sides discussed people trapped in scam compounds.", {"trafficking"}),
        ("The sides discussed the working conditions of seasonal pickers.", {"labour_rights"}),
        ("Fiji shared its experience of inclusive education.", {"economic_social_rights"}),
        ("The EU raised restrictions on the practice of religion.", {"freedom_of_religion"}),
        ("The sides discussed the registration and operation of organisations.", {"freedom_of_association"}),
        ("The EU raised the treatment of reporters.", {"media_freedom"}),
        ("The EU welcomed the repeal of the Media Industry Development Act.", {"media_freedom"}),
        ("The EU raised the freedom of people to assemble.", {"freedom_of_assembly"}),
        ("The sides discussed villages threatened by rising seas.", {"environment"}),
        ("The sides discussed the independence of the Human Rights and Anti-Discrimination Commission.", {"national_institutions"}),
    ],
)
def test_themes_in_the_outlets_own_words(sentence: str, themes: set[str]) -> None:
    text = f"The EU-Fiji Human Rights Dialogue was held in Suva on 8 April 2026. {sentence}"
    assert set(_one(text).themes) == themes


@pytest.mark.parametrize(
    ("sentence", "themes"),
    [
        ("The sides discussed the trafficking of children.", {"children_rights", "trafficking"}),
        ("The sides discussed the rights and interests of women and children.", {"children_rights", "women_rights"}),
        ("The EU welcomed progress on equality between women and men.", {"women_rights"}),
        ("The sides discussed the protection of persons with albinism.", {"disability_rights"}),
        ("The EU raised the situation of Maasai communities.", {"minorities"}),
        ("The sides discussed prison congestion.", {"torture"}),
        ("The EU raised the use of force by the police.", {"justice_reform"}),
        ("The sides discussed remand prisoners waiting for years for trial.", {"justice_reform"}),
        ("The EU raised female genital mutilations.", {"violence_against_women"}),
        ("The sides discussed the registration of births.", {"children_rights"}),
        ("The EU raised the suspension of several media outlets.", {"media_freedom"}),
        ("The sides discussed the rights to subsistence and development.", {"economic_social_rights"}),
    ],
)
def test_more_themes_in_other_words(sentence: str, themes: set[str]) -> None:
    text = f"The EU-Benin Human Rights Dialogue was held in Cotonou on 8 April 2026. {sentence}"
    assert set(_one(text).themes) == themes


@pytest.mark.parametrize(
    "text",
    [
        "Benin and the European Union closed on Wednesday two days of talks on human rights in Cotonou.",
        "Our coalition takes note of the holding, on 7 and 8 April in Cotonou, of the third session of the human "
        "rights dialogue between Benin and the European Union.",
    ],
)
def test_closed_and_the_holding_of_report_the_meeting(text: str) -> None:
    assert _one(text, "2026-04-09").place is not None


def test_closed_door_is_no_report() -> None:
    assert _meetings("Activists called for an end to closed-door human rights dialogues with Benin.") == ()


@pytest.mark.parametrize(
    ("sentence", "date", "city"),
    [
        ("The two Parties convened to hold the fourth session in Brussels in 2027.", "2027", "Brussels"),
        ("The fourth round is set for Brussels in 2028.", "2028", "Brussels"),
        ("The Parties agreed to realise the fourth edition in Brussels in 2027.", "2027", "Brussels"),
    ],
)
def test_next_meetings_in_translated_wording(sentence: str, date: str, city: str) -> None:
    meeting = _one(f"The third session of the EU-Benin Human Rights Dialogue was held in Cotonou on 8 April 2026. {sentence}")
    assert meeting.round == 3
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == date
    assert meeting.next_meeting.place is not None
    assert meeting.next_meeting.place.city == city


def test_works_directed_by_and_malaysian_honorifics() -> None:
    text = (
        "The second Japan-Malaysia Human Rights Dialogue was held in Putrajaya on 8 April 2026. The works were "
        "directed by Datin Paduka Siti Aminah Rahman and Ambassador Kenji Ota."
    )
    assert {chair.name for chair in _one(text).chairs} == {"Siti Aminah Rahman", "Kenji Ota"}


def test_the_series_described_after_the_held_verb_leaves_the_report() -> None:
    text = (
        "Benin and the European Union closed on Wednesday two days of talks on human rights in Cotonou, the third "
        "round of a dialogue the two sides have held since 2016."
    )
    meeting = _one(text, "2026-03-12")
    assert (meeting.date, meeting.round) == ("2026-03-10", 3)  # two days that closed on Wednesday 11 March


def test_a_span_of_days_dates_a_meeting_that_concluded_yesterday() -> None:
    text = (
        "Windhoek, 4 September 2026 - Namibia and the European Union concluded yesterday the fifth Namibia-EU Human "
        "Rights Dialogue, which took place from 2 to 3 September in Windhoek."
    )
    assert _one(text, "2026-09-04").date == "2026-09-02"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Last Thursday the Denmark-China human rights dialogue was held in Copenhagen.", "2026-03-26", "2026-03-19"),
        ("On Thursday the Denmark-China human rights dialogue was held in Copenhagen.", "2026-03-26", "2026-03-26"),
        ("The Japan-Malaysia human rights dialogue was held in Tokyo last week.", "2026-10-20", "2026-10"),
        # a week across two months gives no month
        ("The Japan-Malaysia human rights dialogue was held in Tokyo last week.", "2026-10-02", "2026-09"),
        ("The Japan-Malaysia human rights dialogue was held in Tokyo last week.", "2026-10-06", None),
        # any day written for the meeting beats the week's month
        ("This week the Japan-Malaysia human rights dialogue was held in Tokyo on 14 October.", "2026-10-16", "2026-10-14"),
    ],
)
def test_relative_weeks_and_weekdays(text: str, published: str, date: str | None) -> None:
    assert _one(text, published).date == date


def test_the_first_co_chair_right_after_of() -> None:
    text = (
        "The second Viet Nam - Hungary Human Rights Dialogue was organised in Ha Noi on April 14 under the "
        "co-chairmanship of Pham Quoc Trung, Deputy Director General, and Eszter Szalai, Ambassador-at-Large."
    )
    assert {chair.name for chair in _one(text, "2026-04-15").chairs} == {"Pham Quoc Trung", "Eszter Szalai"}


def test_here_far_after_the_held_verb_under_a_dateline() -> None:
    text = (
        "PUTRAJAYA, April 21 (MNW) -- Malaysia and Japan today held the inaugural session of the Malaysia-Japan "
        "Human Rights Dialogue at Wisma Putra here."
    )
    meeting = _one(text, "2026-04-21")
    assert meeting.place is not None
    assert meeting.place.city == "Putrajaya"


def test_the_next_comma_third_round_took_place() -> None:
    text = (
        "On the 4th and 5th of November, in the building of the Ministry of Foreign Affairs in Ashgabat, the next, "
        "third, round of consultations on human rights between Turkmenistan and Switzerland took place."
    )
    meeting = _one(text, "2026-11-06")
    assert (meeting.date, meeting.round) == ("2026-11-04", 3)


@pytest.mark.parametrize(
    ("sentence", "themes"),
    [
        ("The Chinese side introduced its achievements in poverty alleviation.", {"economic_social_rights"}),
        ("The death penalty was again the main point of divergence.", {"death_penalty"}),
        ('"We discussed the protection of civilians and impunity," the envoy told reporters.', {"justice_reform"}),
        ("The EU raised restrictions on freedom of expression and on the press.", {"freedom_of_expression", "media_freedom"}),
        ("The EU asked about the people still detained after the January events.", {"arbitrary_detention"}),
        ("Gender-based violence and the rights of San communities were among the topics discussed.", {"minorities", "violence_against_women"}),
    ],
)
def test_themes_in_sentences_that_report_the_talks_in_other_ways(sentence: str, themes: set[str]) -> None:
    text = f"The EU-Namibia Human Rights Dialogue was held in Windhoek on 8 April 2026. {sentence}"
    assert set(_one(text).themes) == themes


def test_abductions_alone_are_no_theme() -> None:
    text = "The Japan-Cambodia Human Rights Dialogue was held in Tokyo on 8 April 2026. The issue of abductions was raised."
    assert _one(text).themes == ()


def test_consultations_recalled_at_a_review_are_no_report() -> None:
    text = (
        "GENEVA - The UN working group reviewed Turkmenistan on Tuesday.\n\n"
        "Switzerland recommended access for independent monitors and recalled the human rights consultations it "
        "held with Turkmenistan in Ashgabat in November."
    )
    assert _meetings(text, "2026-05-06") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "It was led for Benin by the Secretary-General of the Ministry, Mr Paul Dossou, and for the EU by Ambassador "
        "Anna Holm.",
        "Heading the European Union's delegation was the Director for Southern and Eastern Africa at the European "
        "External Action Service, Ms Anna Holm; Benin's was headed by Mr Paul Dossou.",
    ],
)
def test_sides_named_between_the_verb_and_by_and_a_title_before_the_head(sentence: str) -> None:
    text = f"The third session of the EU-Benin Human Rights Dialogue was held in Cotonou on 8 April 2026. {sentence}"
    assert {(chair.name, chair.party) for chair in _one(text).chairs} == {("Paul Dossou", "BJ"), ("Anna Holm", "EU")}


def test_a_text_from_a_pdf_with_hyphenated_words_and_running_heads() -> None:
    from rapport.pipeline.clean import strip_clutter

    text = strip_clutter(
        "MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE\nPage 1 of 2\n\nThe second round of the Sri Lanka - Norway Hu-\n"
        "man Rights Dialogue was held in Colombo on 12 May 2026. The two dele-\ngations discussed, in a frank and\n"
        "open atmosphere, the rights of\nMINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE\nPage 2 of 2\nthe Tamil minority."
    )
    assert "Page" not in text
    assert "PRESS RELEASE" not in text
    meeting = _one(text, "2026-05-13")
    assert (meeting.round, meeting.date, meeting.themes) == (2, "2026-05-12", ("minorities",))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The second China-Pakistan consultation on human rights was held in Islamabad on 4 May.", "2026-05-06", (2, "Islamabad")),
        ("The Ministry in Havana was the venue, last Tuesday, of the fifth round of the China-Cuba human rights dialogue.", "2026-05-06", (5, "Havana")),
        ("In Cairo, the first round of the China-Egypt consultations on human rights convened on 22 September.", "2026-10-06", (1, "Cairo")),
        ("V German-Indian Human Rights Dialogue\n\nThe dialogue was held in New Delhi on 4 May.", "2026-05-06", (5, "New Delhi")),
    ],
)
def test_more_report_shapes_from_translated_readouts(text: str, published: str, expected: tuple[int, str]) -> None:
    meeting = _one(text, published)
    assert meeting.place is not None
    assert (meeting.round, meeting.place.city) == expected


def test_a_venue_abbreviated_with_initials_does_not_end_the_sentence() -> None:
    text = "Today Australia and the EU concluded the twelfth Australia-EU Human Rights Dialogue at the R.G. Casey Building in Canberra."
    meeting = _one(text, "2026-05-06")
    assert meeting.place is not None
    assert meeting.place.city == "Canberra"


def test_an_acronym_before_a_title_is_no_capitalised_surname() -> None:
    text = "The meeting was co-chaired by DFAT First Assistant Secretary Rebecca Nakamura."
    names = [name.text for name in find_names(text, 0, len(text))]
    assert "Rebecca Nakamura" in names
    assert not any(name.startswith("DFAT") for name in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz and Li Wei attended as the heads of their respective delegations.",
        "The talks were held with Ana Ruiz of the Ministry and Li Wei at the head of the two delegations.",
        "The talks were held with Director Ana Ruiz of the Ministry and Ambassador Li Wei leading the two sides.",
    ],
)
def test_heads_of_the_two_delegations_named_before(sentence: str) -> None:
    text = f"The fourth Spain-China Human Rights Dialogue was held in Madrid on 4 May 2026. {sentence}"
    assert {chair.name for chair in _one(text, "2026-05-06").chairs} == {"Ana Ruiz", "Li Wei"}


@pytest.mark.parametrize(
    ("sentence", "next_date", "next_city"),
    [
        ("The next talks are planned for Brussels next year.", "2027", "Brussels"),
        ("The group is to meet next in Havana in 2027.", "2027", "Havana"),
    ],
)
def test_next_meetings_planned_for_a_city(sentence: str, next_date: str, next_city: str) -> None:
    meeting = _one(f"The EU-Cuba Human Rights Dialogue was held in Brussels on 4 May 2026. {sentence}", "2026-05-06")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == next_date
    assert meeting.next_meeting.place is not None
    assert meeting.next_meeting.place.city == next_city


def test_a_meeting_to_prepare_for_the_round_is_another_meeting() -> None:
    text = (
        "Manila - Thirty organisations met at the Alliance's office on Monday to prepare a joint submission to the "
        "Canadian embassy ahead of the human rights consultations between Canada and the Philippines."
    )
    assert _meetings(text, "2026-10-28") == ()


def test_the_end_of_a_month_is_that_month() -> None:
    text = "The third session of the South Africa-China Human Rights Dialogue took place in Pretoria at the end of September."
    assert _one(text, "2026-10-20").date == "2026-09"


@pytest.mark.parametrize(
    ("sentence", "themes"),
    [
        ("The talks ranged over the death penalty.", {"death_penalty"}),
        ("The sides discussed the rights of 2SLGBTQI+ persons.", {"lgbti_rights"}),
        ("The EU raised violence against women and girls.", {"violence_against_women"}),
        ("The sides discussed the fight against hunger and poverty.", {"economic_social_rights"}),
        ("The sides discussed the rights of Sami people.", {"minorities"}),
        ("The sides discussed how to protect children from harm online.", {"children_rights"}),
        ("The EU raised the use of commercial spyware.", {"internet_freedom"}),
        ("The sides discussed the advancement of women.", {"women_rights"}),
        ("The EU raised the situation of persons displaced from the region.", {"refugees_migrants"}),
        ("The EU raised detentions under the anti-terror law.", {"counter_terrorism"}),
        ("The sides discussed Islamophobia.", {"non_discrimination"}),
    ],
)
def test_themes_from_the_fourth_round_of_blind_corpora(sentence: str, themes: set[str]) -> None:
    text = f"The EU-Canada Human Rights Consultations were held in Ottawa on 4 May 2026. {sentence}"
    assert set(_one(text, "2026-05-06").themes) == themes


def test_a_disability_in_a_ministry_name_is_no_theme() -> None:
    text = (
        "The South Africa-China Human Rights Dialogue was held in Pretoria on 4 May 2026. The delegation included "
        "officials of the Department of Women, Youth and Persons with Disabilities."
    )
    assert "disability_rights" not in _one(text, "2026-05-06").themes


def test_co_chaired_on_a_day_at_a_venue_together_with() -> None:
    text = (
        "Ambassador Khaled Mansour, Assistant Foreign Minister, co-chaired on Tuesday, at the Ministry of Foreign "
        "Affairs in Cairo, the first round of Egyptian-Chinese consultations on human rights, together with Ms. Lan "
        "Qiuyue, Deputy Director-General."
    )
    assert {chair.name for chair in _one(text, "2026-09-23").chairs} == {"Khaled Mansour", "Lan Qiuyue"}


def test_a_sentence_broken_over_two_lines_by_a_pdf() -> None:
    text = (
        "The second round of the Sri Lanka-Norway Human Rights Dialogue was held in Colombo on 12 May 2026.\n\n"
        "It was agreed that the third round of the Dialogue will\nbe held in London next year."
    )
    meeting = _one(text, "2026-05-13")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.place is not None
    assert (meeting.next_meeting.date, meeting.next_meeting.place.city) == ("2027", "London")


def test_a_written_question_about_a_round_to_come_makes_the_last_round_background() -> None:
    text = (
        "Written question to the Minister of Foreign Affairs\n\n"
        "Will the Government hold a new round of the human rights dialogue with Cuba in 2026?\n\n"
        "The second round of the Norway-Cuba human rights dialogue took place in Oslo in November 2024."
    )
    assert _meetings(text, "2026-01-08") == ()
