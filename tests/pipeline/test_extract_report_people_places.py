"""Shapes of reports from unseen series: who chaired, where the meeting was, and the next one.

Gapped chair lists, names in Korean order, honorifics, parties represented by one person,
venues before their city, spellings with diacritics, next meetings in translated wording. Each
case is written for this test and asserts one general shape of language.
"""

from __future__ import annotations

import pytest
from readouts import meetings, one

from rapport.pipeline.extract.names import find_names
from rapport.pipeline.extract.parties import find_countries
from rapport.pipeline.extract.places import find_cities


def test_an_earlier_item_of_a_digest_keeps_its_own_next_meeting() -> None:
    text = (
        "Chile and the EU meet in Santiago\n"
        "The seventh EU-Chile Human Rights Dialogue was held in Santiago on 2 April 2026. "
        "The next dialogue is to take place in Brussels.\n\n"
        "EU and Peru hold talks in Lima\n"
        "A week later, on 9 April 2026, the EU-Peru Human Rights Dialogue was held in Lima. "
        "Both sides agreed to hold the next round in 2027."
    )
    first, second = meetings(text)
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
    meeting = one(text)
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.place is not None
    assert meeting.next_meeting.place.city == "Brussels"
    assert meeting.next_meeting.date == "2027"


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
    assert {(chair.name, chair.party) for chair in one(text).chairs} == expected


def test_a_party_represented_by_several_people_names_no_head() -> None:
    text = (
        "The EU-Nepal Human Rights Dialogue was held in Kathmandu on 8 April 2026. Nepal was represented by "
        "Maya Gurung, Joint Secretary, and Ram Thapa, Director, as well as other officials. The EU delegation "
        "was led by Pieter Claes."
    )
    assert [(chair.name, chair.party) for chair in one(text).chairs] == [("Pieter Claes", "EU")]


def test_a_person_representing_a_ministry_is_no_chair() -> None:
    text = (
        "The EU-Nepal Human Rights Dialogue was held in Kathmandu on 8 April 2026. Ram Thapa represented the "
        "Ministry of Home Affairs, and the EU delegation was led by Pieter Claes."
    )
    assert [chair.name for chair in one(text).chairs] == ["Pieter Claes"]


def test_a_special_representative_who_travelled_to_co_chair_two_dialogues() -> None:
    text = (
        "The EU Special Representative for Human Rights, Marta Lindqvist, travelled to the Andes this week to "
        "co-chair two human rights dialogues. The EU-Peru Human Rights Dialogue was held in Lima on 8 April 2026."
    )
    assert "Marta Lindqvist" in {chair.name for chair in one(text).chairs}


def test_a_venue_then_its_city() -> None:
    text = (
        "The Government and the European Union on Tuesday held the fourth session of the Ghana-EU Human Rights "
        "Dialogue at the Ministry of Foreign Affairs, Accra."
    )
    meeting = one(text)
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Accra", "GH")


@pytest.mark.parametrize(
    "sentence",
    [
        "During the dialogue, the EU stressed freedom of expression both offline and online.",
        "Virtually every subject on the agenda drew comment from both sides.",
    ],
)
def test_online_and_virtually_in_other_senses_leave_the_place(sentence: str) -> None:
    text = f"The EU-Fiji Human Rights Dialogue was held in Suva on 8 April 2026. {sentence}"
    meeting = one(text)
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
    assert one(sentence).place is None


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
    meeting = one(f"The European Union and the Government yesterday {sentence}")
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
    meeting = one(f"The fourth EU-Fiji Human Rights Dialogue was held in Brussels on 8 April 2026. {sentence}")
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
    meeting = one(f"The third EU-Uganda Human Rights Dialogue was held in Kampala on 8 April 2026. {sentence}")
    assert {found.name for found in meeting.chairs} == {chair, "Anna Holm"}


def test_looking_forward_to_continuing_a_dialogue_held_months_ago_is_no_report() -> None:
    text = (
        "GENEVA - The Human Rights Council held its interactive dialogue on Cambodia on Tuesday.\n\n"
        "Cambodia's delegation said it had cooperated with the special rapporteur.\n\n"
        "The Republic of Korea said it looked forward to continuing the bilateral human rights dialogue held with "
        "Cambodia in Seoul in July."
    )
    assert meetings(text, "2026-10-07") == ()


def test_organised_here_under_a_dateline() -> None:
    text = (
        "Ulaanbaatar, April 9 (MNA) - The first round of Mongolia-Austria consultations on human rights was "
        "organised here yesterday at the Ministry of Foreign Affairs."
    )
    meeting = one(text, "2026-04-09")
    assert meeting.place is not None
    assert meeting.place.city == "Ulaanbaatar"


def test_in_the_capital_under_a_capital_dateline_when_another_city_is_named() -> None:
    text = (
        "HARARE. - The Zimbabwean Government and the European Union yesterday held a human rights dialogue in the capital.\n\n"
        "The next round will be held in Bulawayo."
    )
    meeting = one(text, "2026-04-09")
    assert meeting.place is not None
    assert meeting.place.city == "Harare"


def test_a_surname_alone_after_a_title() -> None:
    text = (
        "The seventh German-Kazakh human rights dialogue took place in Berlin on 8 April 2026. The German "
        "delegation was led by Anna Vogt; her counterpart was Deputy Foreign Minister Zhaksybekov."
    )
    assert {chair.name for chair in one(text).chairs} == {"Anna Vogt", "Zhaksybekov"}


def test_a_minister_delegate_is_a_title_not_a_name() -> None:
    text = (
        "Cameroon and the EU held their dialogue on human rights in Yaounde on 8 April 2026. The meeting was "
        "co-chaired by the Minister Delegate to the Minister of External Relations and by Ambassador Anna Vogt."
    )
    assert [chair.name for chair in one(text).chairs] == ["Anna Vogt"]


@pytest.mark.parametrize(
    ("sentence", "date", "city"),
    [
        ("The two Parties convened to hold the fourth session in Brussels in 2027.", "2027", "Brussels"),
        ("The fourth round is set for Brussels in 2028.", "2028", "Brussels"),
        ("The Parties agreed to realise the fourth edition in Brussels in 2027.", "2027", "Brussels"),
    ],
)
def test_next_meetings_in_translated_wording(sentence: str, date: str, city: str) -> None:
    meeting = one(f"The third session of the EU-Benin Human Rights Dialogue was held in Cotonou on 8 April 2026. {sentence}")
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
    assert {chair.name for chair in one(text).chairs} == {"Siti Aminah Rahman", "Kenji Ota"}


def test_the_first_co_chair_right_after_of() -> None:
    text = (
        "The second Viet Nam - Hungary Human Rights Dialogue was organised in Ha Noi on April 14 under the "
        "co-chairmanship of Pham Quoc Trung, Deputy Director General, and Eszter Szalai, Ambassador-at-Large."
    )
    assert {chair.name for chair in one(text, "2026-04-15").chairs} == {"Pham Quoc Trung", "Eszter Szalai"}


def test_here_far_after_the_held_verb_under_a_dateline() -> None:
    text = (
        "PUTRAJAYA, April 21 (MNW) -- Malaysia and Japan today held the inaugural session of the Malaysia-Japan "
        "Human Rights Dialogue at Wisma Putra here."
    )
    meeting = one(text, "2026-04-21")
    assert meeting.place is not None
    assert meeting.place.city == "Putrajaya"


def test_the_next_comma_third_round_took_place() -> None:
    text = (
        "On the 4th and 5th of November, in the building of the Ministry of Foreign Affairs in Ashgabat, the next, "
        "third, round of consultations on human rights between Turkmenistan and Switzerland took place."
    )
    meeting = one(text, "2026-11-06")
    assert (meeting.date, meeting.round) == ("2026-11-04", 3)


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
    assert {(chair.name, chair.party) for chair in one(text).chairs} == {("Paul Dossou", "BJ"), ("Anna Holm", "EU")}


def test_a_venue_abbreviated_with_initials_does_not_end_the_sentence() -> None:
    text = "Today Australia and the EU concluded the twelfth Australia-EU Human Rights Dialogue at the R.G. Casey Building in Canberra."
    meeting = one(text, "2026-05-06")
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
    assert {chair.name for chair in one(text, "2026-05-06").chairs} == {"Ana Ruiz", "Li Wei"}


@pytest.mark.parametrize(
    ("sentence", "next_date", "next_city"),
    [
        ("The next talks are planned for Brussels next year.", "2027", "Brussels"),
        ("The group is to meet next in Havana in 2027.", "2027", "Havana"),
    ],
)
def test_next_meetings_planned_for_a_city(sentence: str, next_date: str, next_city: str) -> None:
    meeting = one(f"The EU-Cuba Human Rights Dialogue was held in Brussels on 4 May 2026. {sentence}", "2026-05-06")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == next_date
    assert meeting.next_meeting.place is not None
    assert meeting.next_meeting.place.city == next_city


def test_co_chaired_on_a_day_at_a_venue_together_with() -> None:
    text = (
        "Ambassador Khaled Mansour, Assistant Foreign Minister, co-chaired on Tuesday, at the Ministry of Foreign "
        "Affairs in Cairo, the first round of Egyptian-Chinese consultations on human rights, together with Ms. Lan "
        "Qiuyue, Deputy Director-General."
    )
    assert {chair.name for chair in one(text, "2026-09-23").chairs} == {"Khaled Mansour", "Lan Qiuyue"}


@pytest.mark.parametrize(
    ("sentence", "chairs"),
    [
        ("It was presided over by Excma. Sra. Dña. Elena Ruiz Ortega and Ambassador Carlos Pérez.", {"Elena Ruiz Ortega", "Carlos Pérez"}),
        ("Ana Ruiz led Canada's delegation; Carlos Pérez led Mexico's.", {"Ana Ruiz", "Carlos Pérez"}),
    ],
)
def test_spanish_honorifics_and_a_second_side_left_out(sentence: str, chairs: set[str]) -> None:
    text = f"The fourth Canada-Mexico Human Rights Dialogue was held in Ottawa on 4 May 2026. {sentence}"
    assert {chair.name for chair in one(text, "2026-05-06").chairs} == chairs


@pytest.mark.parametrize(
    ("sentence", "next_date", "next_city"),
    [
        ("We look forward to welcoming our Malaysian friends for the second round in London next year.", "2027", "London"),
        ("The sides agreed to meet in person for the second dialogue, in Santiago in 2027.", "2027", "Santiago"),
    ],
)
def test_next_meetings_to_welcome_or_to_meet_in_person(sentence: str, next_date: str, next_city: str) -> None:
    meeting = one(f"The first UK-Malaysia Human Rights Dialogue was held by video conference on 4 May 2026. {sentence}", "2026-05-06")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == next_date
    assert meeting.next_meeting.place is not None
    assert meeting.next_meeting.place.city == next_city


def test_a_ministry_abroad_is_no_person_and_an_old_city_name() -> None:
    text = (
        "The second EU-Chad Human Rights Dialogue was held in Fort-Lamy on 12 May 2026. It was co-chaired by the "
        "Secretary-General of the Ministry of Foreign Affairs, African Integration and Chadians Abroad, Mahamat Djibrine, "
        "and Ambassador Katrin Weiss."
    )
    meeting = one(text, "2026-05-14")
    assert meeting.place is not None
    assert meeting.place.city == "N'Djamena"
    assert {chair.name for chair in meeting.chairs} == {"Mahamat Djibrine", "Katrin Weiss"}


def test_a_host_city_opening_the_next_meeting_sentence() -> None:
    text = "The Canada-Mexico Human Rights Dialogue was held in Ottawa on 4 May 2026. Mexico City will host the next round in 2027."
    meeting = one(text, "2026-05-06")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.place is not None
    assert (meeting.next_meeting.date, meeting.next_meeting.place.city) == ("2027", "Mexico City")


def test_who_co_chaired_tuesdays_dialogue() -> None:
    text = (
        "The third EU-Eswatini Human Rights Dialogue took place in Mbabane on Tuesday. Principal Secretary Sibusiso "
        "Dlamini, who co-chaired Tuesday's dialogue with Ambassador Anna Holm, welcomed the talks."
    )
    assert "Sibusiso Dlamini" in {chair.name for chair in one(text, "2026-05-07").chairs}
