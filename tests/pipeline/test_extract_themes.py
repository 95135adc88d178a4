"""Themes: lexicon ids for subjects the text says were discussed, sentence by sentence."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument

HELD = "The 16th EU-Armenia Human Rights Dialogue took place in Yerevan on 9 October."


def _themes(body: str) -> tuple[str, ...]:
    meetings = extract_meetings(CleanDocument(origin="test", text=f"{HELD}\n\n{body}", published="2025-02-20"))
    assert len(meetings) == 1
    return meetings[0].themes


@pytest.mark.parametrize(
    ("body", "themes"),
    [
        ("The parties discussed freedom of expression and media freedom.", ("freedom_of_expression", "media_freedom")),
        ("They agreed on the need to safeguard the freedoms of assembly, association, and expression.",
         ("freedom_of_assembly", "freedom_of_association", "freedom_of_expression")),
        ("The EU reiterated its opposition to the death penalty and raised torture in detention.", ("death_penalty", "torture")),
        ("The EU welcomed the law toughening penalties for domestic violence and violence against children.",
         ("children_rights", "domestic_violence")),
        ("The two sides discussed cooperation at the UN Human Rights Council and the Universal Periodic Review.",
         ("multilateral_cooperation",)),
        ("The EU urged Armenia to adopt an Equality Law and raised discrimination based on sexual orientation and gender identity.",
         ("lgbti_rights", "non_discrimination")),
        ("The parties focused on asset recovery, combating corruption and trafficking in persons.",
         ("asset_recovery", "corruption", "trafficking")),
        ("The delegations exchanged views on the rights of persons with disabilities and of refugees and migrants.",
         ("disability_rights", "refugees_migrants")),
    ],
)
def test_extract_themes_discussed(body: str, themes: tuple[str, ...]) -> None:
    assert _themes(body) == themes


@pytest.mark.parametrize(
    "body",
    [
        # background, not discussion
        "Since 2004, ties between the two sides have rested on a Partnership and Cooperation Agreement.",
        # an NGO's voice before the meeting
        "Earlier, a coalition of NGOs sent a letter urging the EU to raise the death penalty.",
        "Human Rights Watch said the EU should press Armenia on torture.",
        # cues inside names of offices and of the mechanism
        "The EU delegation included the Director for Democracy and Human Rights at the Ministry of Labour and Social Protection.",
        # reaffirmed values, not a discussed subject
        "Both sides reiterated their commitment to the shared values of democracy and the rule of law.",
    ],
)
def test_extract_themes_not_discussed(body: str) -> None:
    assert _themes(body) == ()


def test_extract_themes_high_commissioner_for_refugees_is_not_refugees() -> None:
    assert _themes("They discussed cooperation with the UN High Commissioner for Refugees.") == ("multilateral_cooperation",)


def test_extract_themes_mechanism_name_is_not_a_theme() -> None:
    text = "Kazakh and U.S. officials met in Almaty on March 11 for the High-Level Dialogue on Human Rights and Democratic Reforms."
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-05-21"))
    assert meetings[0].themes == ()


def test_extract_themes_list_items_after_a_colon() -> None:
    body = "The United States urged Vietnam to:\n- Protect the freedoms of expression and association.\n- Release individuals unjustly detained."
    assert _themes(body) == ("arbitrary_detention", "freedom_of_association", "freedom_of_expression")


@pytest.mark.parametrize(
    ("body", "themes"),
    [
        ("The EU raised concerns about the Online Safety Act and the Digital Security Act.", ("internet_freedom",)),
        ("Pakistan briefed on the work of its National Commission for Human Rights.", ("national_institutions",)),
        ("The EU raised the detention of journalists and bloggers.", ("arbitrary_detention", "media_freedom")),
        ("Australia raised the detention of Australian citizens.", ("arbitrary_detention",)),
        ("The talks focused on the use of force against peaceful protesters.", ("freedom_of_assembly",)),
        ("The parties discussed the protection of women from domestic violence.", ("domestic_violence",)),
    ],
)
def test_extract_themes_statutes_institutions_and_detained_groups(body: str, themes: tuple[str, ...]) -> None:
    assert _themes(body) == themes
