"""Shapes of reports from unseen series: whether and when a meeting was held, and its round.

Answers to questions, digests, correction notices, translated and PDF-extracted releases, weeks
and weekdays relative to publication. Each case is written for this test and asserts one general
shape of language.
"""

from __future__ import annotations

import pytest
from readouts import meetings, one


def test_a_question_does_not_report_the_meeting_its_answer_dates() -> None:
    text = (
        "Question 2\nDid Norway and Mongolia hold human rights consultations in March?\n\n"
        "Answer 2\nYes. On 9 and 10 March 2026 the third round of the human rights consultations between "
        "Norway and Mongolia took place in Oslo."
    )
    meeting = one(text)
    assert (meeting.date, meeting.round) == ("2026-03-09", 3)


def test_a_modal_governing_another_verb_does_not_put_the_meeting_in_the_future() -> None:
    text = (
        "Canada should explain what it achieved at the Ottawa human rights dialogue\n\n"
        "The Canada-Laos human rights dialogue took place in Ottawa on 14 April, co-chaired by "
        "Ambassador Helen Roy and Deputy Minister Somphet Keola."
    )
    meeting = one(text)
    assert meeting.date == "2026-04-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Human rights defenders could be raised at the upcoming human rights dialogue.",
        "The EU must not hold the human rights dialogue while the lawyers remain in detention.",
    ],
)
def test_a_modal_on_the_meeting_itself_still_means_no_meeting(sentence: str) -> None:
    assert meetings(sentence) == ()


def test_a_correction_notice_does_not_report_a_second_meeting() -> None:
    text = (
        "Ireland and Viet Nam held the sixth round of their human rights dialogue in Dublin on Thursday 16 April.\n\n"
        "Correction (18 April 2026): An earlier version of this article said that the dialogue took place on "
        "Wednesday 15 April and described it as the seventh round."
    )
    meeting = one(text)
    assert (meeting.date, meeting.round) == ("2026-04-16", 6)


def test_a_plan_ahead_of_a_round_with_a_long_name_is_no_report_of_it() -> None:
    text = (
        "Ahead of the second EU-Papua New Guinea Human Rights Dialogue, scheduled for next month, a coalition of "
        "groups hosted a roundtable in Brussels on Tuesday."
    )
    assert meetings(text) == ()


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
    meeting = one(text)
    assert {(chair.name, chair.party) for chair in meeting.chairs} == {
        ("Kofi Mensah Boateng", "GH"),
        ("Clara Lindholm", "EU"),
    }


def test_this_morning_dates_a_live_blog_entry() -> None:
    text = "09:40 The EU-Jordan Sub-Committee on Human Rights, Governance and Democracy met this morning in Amman."
    assert one(text, "2026-04-15").date == "2026-04-15"


def test_a_minister_who_held_talks_with_the_other_delegation() -> None:
    text = (
        "Deputy Foreign Minister Daniyar Sembayev held talks with the delegation of Ireland headed by Director "
        "Fiona Walsh within the framework of the second round of the Kazakhstan-Ireland human rights dialogue, "
        "held in Astana on 8 April 2026."
    )
    assert {chair.name for chair in one(text).chairs} == {"Daniyar Sembayev", "Fiona Walsh"}


def test_the_heads_who_led_the_talks_report_the_meeting() -> None:
    text = (
        "Paraguay's ties with the EU have long been close, and the human rights dialogue, launched in 2015, is one "
        "of its steadier channels.\n\n"
        "Last week's session, the sixth, was calm. Vice Minister Ana Benítez and the EU's Managing Director "
        "Pablo Serrano led the talks in Asunción on 14 April."
    )
    meeting = one(text, "2026-04-22")
    assert meeting.date == "2026-04-14"
    assert meeting.place is not None
    assert meeting.place.city == "Asunción"
    assert {chair.name for chair in meeting.chairs} == {"Ana Benítez", "Pablo Serrano"}


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
    assert one(text).round == expected


def test_a_roman_numeral_after_the_dialogue_name() -> None:
    text = "The Ministry of Foreign Affairs today hosted the EU-Liberia Human Rights Dialogue III in Monrovia."
    assert one(text).round == 3


def test_since_the_dialogue_was_launched_is_no_earlier_meeting() -> None:
    text = (
        "MANAMA: Bahrain and Norway yesterday opened two days of human rights consultations in Oslo, the third such "
        "meeting since the dialogue was launched in 2019."
    )
    meeting = one(text, "2026-03-11")
    assert (meeting.date, meeting.round) == ("2026-03-10", 3)


def test_meeting_several_times_is_the_series_not_a_meeting() -> None:
    text = (
        "Between 2014 and 2019 Norway and Myanmar met four times for what diplomats called a human rights dialogue. "
        "Nothing came of it."
    )
    assert meetings(text) == ()


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
    meeting = one(text, "2026-03-18")
    assert (meeting.date, meeting.round) == ("2026-03-17", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Benin and the European Union closed on Wednesday two days of talks on human rights in Cotonou.",
        "Our coalition takes note of the holding, on 7 and 8 April in Cotonou, of the third session of the human "
        "rights dialogue between Benin and the European Union.",
    ],
)
def test_closed_and_the_holding_of_report_the_meeting(text: str) -> None:
    assert one(text, "2026-04-09").place is not None


def test_closed_door_is_no_report() -> None:
    assert meetings("Activists called for an end to closed-door human rights dialogues with Benin.") == ()


def test_the_series_described_after_the_held_verb_leaves_the_report() -> None:
    text = (
        "Benin and the European Union closed on Wednesday two days of talks on human rights in Cotonou, the third "
        "round of a dialogue the two sides have held since 2016."
    )
    meeting = one(text, "2026-03-12")
    assert (meeting.date, meeting.round) == ("2026-03-10", 3)  # two days that closed on Wednesday 11 March


def test_a_span_of_days_dates_a_meeting_that_concluded_yesterday() -> None:
    text = (
        "Windhoek, 4 September 2026 - Namibia and the European Union concluded yesterday the fifth Namibia-EU Human "
        "Rights Dialogue, which took place from 2 to 3 September in Windhoek."
    )
    assert one(text, "2026-09-04").date == "2026-09-02"


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
    assert one(text, published).date == date


def test_consultations_recalled_at_a_review_are_no_report() -> None:
    text = (
        "GENEVA - The UN working group reviewed Turkmenistan on Tuesday.\n\n"
        "Switzerland recommended access for independent monitors and recalled the human rights consultations it "
        "held with Turkmenistan in Ashgabat in November."
    )
    assert meetings(text, "2026-05-06") == ()


def test_a_text_from_a_pdf_with_hyphenated_words_and_running_heads() -> None:
    from rapport.pipeline.clean import strip_clutter

    text = strip_clutter(
        "MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE\nPage 1 of 2\n\nThe second round of the Sri Lanka - Norway Hu-\n"
        "man Rights Dialogue was held in Colombo on 12 May 2026. The two dele-\ngations discussed, in a frank and\n"
        "open atmosphere, the rights of\nMINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE\nPage 2 of 2\nthe Tamil minority."
    )
    assert "Page" not in text
    assert "PRESS RELEASE" not in text
    meeting = one(text, "2026-05-13")
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
    meeting = one(text, published)
    assert meeting.place is not None
    assert (meeting.round, meeting.place.city) == expected


def test_a_meeting_to_prepare_for_the_round_is_another_meeting() -> None:
    text = (
        "Manila - Thirty organisations met at the Alliance's office on Monday to prepare a joint submission to the "
        "Canadian embassy ahead of the human rights consultations between Canada and the Philippines."
    )
    assert meetings(text, "2026-10-28") == ()


def test_the_end_of_a_month_is_that_month() -> None:
    text = "The third session of the South Africa-China Human Rights Dialogue took place in Pretoria at the end of September."
    assert one(text, "2026-10-20").date == "2026-09"


def test_a_sentence_broken_over_two_lines_by_a_pdf() -> None:
    text = (
        "The second round of the Sri Lanka-Norway Human Rights Dialogue was held in Colombo on 12 May 2026.\n\n"
        "It was agreed that the third round of the Dialogue will\nbe held in London next year."
    )
    meeting = one(text, "2026-05-13")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.place is not None
    assert (meeting.next_meeting.date, meeting.next_meeting.place.city) == ("2027", "London")


def test_a_written_question_about_a_round_to_come_makes_the_last_round_background() -> None:
    text = (
        "Written question to the Minister of Foreign Affairs\n\n"
        "Will the Government hold a new round of the human rights dialogue with Cuba in 2026?\n\n"
        "The second round of the Norway-Cuba human rights dialogue took place in Oslo in November 2024."
    )
    assert meetings(text, "2026-01-08") == ()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Year in review\n\nIn June, a Dutch delegation led by Ambassador Anna de Vries travelled to Cairo for the "
            "second round of human rights consultations with Egypt.",
            "2026-12-20",
            (2, "2026-06"),
        ),
        (
            "Colombia and Switzerland hold their human rights dialogue every year. The mechanism, whose fifth round ran "
            "from Monday to Wednesday in Bogota, covered land restitution.",
            "2026-03-13",
            (5, "2026-03-09"),
        ),
        ("III. Turkey-Japan Human Rights Dialogue Meeting Held in Ankara\n\nThe meeting was held on 4 May.", "2026-05-06", (3, "2026-05-04")),
        (
            "Malaysia and the United Kingdom held human rights talks in London on 4 May 2026. The talks, the fourth under "
            "a dialogue the two governments launched in 2018, covered the death penalty.",
            "2026-05-06",
            (4, "2026-05-04"),
        ),
    ],
)
def test_reports_in_a_year_in_review_a_mechanism_and_numbered_headings(
    text: str, published: str, expected: tuple[int, str]
) -> None:
    meeting = one(text, published)
    assert (meeting.round, meeting.date) == expected


def test_progress_since_the_last_meeting_leaves_the_report() -> None:
    text = (
        "The fourth round of the human rights dialogue between The Gambia and the European Union was held on Tuesday "
        "in Banjul, with both delegations encouraged by the progress made since the last meeting."
    )
    meeting = one(text, "2026-02-19")
    assert (meeting.round, meeting.date) == (4, "2026-02-17")


def test_a_round_told_a_year_later_is_no_news() -> None:
    text = (
        "Report: one year on, promises unkept\n\n"
        "A year ago, on 4 March 2025, the EU and Haiti held the third round of their human rights dialogue in "
        "Port-au-Prince."
    )
    assert meetings(text, "2026-03-05") == ()


def test_their_fourth_dialogue_refers_to_the_series_named_before() -> None:
    text = (
        "Two of the EU's human rights dialogues in Africa met this spring.\n\n"
        "The EU and The Gambia held their fourth dialogue in Banjul on 17 February."
    )
    meeting = one(text, "2026-06-01")
    assert (meeting.parties, meeting.round, meeting.date) == (("EU", "GM"), 4, "2026-02-17")
