"""Themes in the words of outlets the lexicon was not written for.

Each case is written for this test: a sentence reporting the talks, and the theme ids it names.
"""

from __future__ import annotations

import pytest
from readouts import one


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
    assert set(one(text).themes) == themes


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
    assert set(one(text).themes) == themes


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
    assert set(one(text).themes) == themes


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
    assert set(one(text).themes) == themes


def test_abductions_alone_are_no_theme() -> None:
    text = "The Japan-Cambodia Human Rights Dialogue was held in Tokyo on 8 April 2026. The issue of abductions was raised."
    assert one(text).themes == ()


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
    assert set(one(text, "2026-05-06").themes) == themes


def test_a_disability_in_a_ministry_name_is_no_theme() -> None:
    text = (
        "The South Africa-China Human Rights Dialogue was held in Pretoria on 4 May 2026. The delegation included "
        "officials of the Department of Women, Youth and Persons with Disabilities."
    )
    assert "disability_rights" not in one(text, "2026-05-06").themes


@pytest.mark.parametrize(
    "sentence",
    [
        "The Zambian delegation included officials of the Human Rights Commission and the Ministry of Justice.",
        "The EU side was accompanied by experts on disability rights and on the death penalty.",
    ],
)
def test_who_came_is_not_what_was_discussed(sentence: str) -> None:
    text = f"The EU-Zambia Human Rights Dialogue was held in Lusaka on 8 April 2026. {sentence} The sides discussed torture."
    assert one(text).themes == ("torture",)


@pytest.mark.parametrize(
    ("sentence", "themes"),
    [
        ("The sides discussed work analogous to slavery on farms.", {"labour_rights"}),
        ("The sides discussed the rights of labour migrants.", {"labour_rights", "refugees_migrants"}),
        ("The sides discussed the people displaced within the country.", {"refugees_migrants"}),
        ("The sides discussed the Orang Asli.", {"minorities"}),
        ("The EU raised charges under the Sedition Act.", {"freedom_of_expression"}),
        ("The sides discussed racially motivated attacks on students.", {"non_discrimination"}),
        ("The EU raised the accountability of the security forces.", {"justice_reform"}),
        ("The sides discussed the protection of women against violence.", {"violence_against_women"}),
        ("The sides discussed the protection of women from domestic violence.", {"domestic_violence"}),
    ],
)
def test_themes_from_the_fifth_round_of_blind_corpora(sentence: str, themes: set[str]) -> None:
    text = f"The Brazil-Norway Human Rights Dialogue was held in Oslo on 8 April 2026. {sentence}"
    assert set(one(text).themes) == themes


@pytest.mark.parametrize(
    ("sentence", "themes"),
    [
        ("The EU raised persons deprived of their liberty for political reasons.", {"arbitrary_detention"}),
        ("The sides discussed the situation of faith communities.", {"freedom_of_religion"}),
        ("The sides discussed maternal mortality.", {"economic_social_rights"}),
        ("The EU raised overcrowding in the prisons.", {"torture"}),
    ],
)
def test_themes_from_the_sixth_round_of_blind_corpora(sentence: str, themes: set[str]) -> None:
    text = f"The EU-Chad Human Rights Dialogue was held in N'Djamena on 8 April 2026. {sentence}"
    assert set(one(text).themes) == themes
