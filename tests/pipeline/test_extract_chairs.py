"""Chairs: co-chairs and heads of delegation, as spelled, with party; speakers and openers are not."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument


def _chairs(text: str) -> list[tuple[str, str | None]]:
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-05-21"))
    assert len(meetings) == 1
    return sorted((chair.name, chair.party) for chair in meetings[0].chairs)


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        (
            "The third meeting of the High-Level Dialogue on Human Rights and Democratic Reforms between Kazakhstan and the United States "
            "took place in Astana co-chaired by Assistant to the President of Kazakhstan for International Affairs Erzhan Kazykhan and "
            "U.S. Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya.",
            [("Erzhan Kazykhan", "KZ"), ("Uzra Zeya", "US")],
        ),
        (
            "The 6th EU-Armenia Human Rights Dialogue was held in Yerevan. The Armenian delegation was headed by Mr Garen Harutyunyan, "
            "Deputy Minister of Foreign Affairs. The EU delegation was led by Ms Elena Tisdale, Head of Division at the European External Action Service.",
            [("Elena Tisdale", "EU"), ("Garen Harutyunyan", "AM")],
        ),
        (
            "The 5th Japan-Cambodia Human Rights Dialogue was held in Tokyo. The Japanese side was led by Mr. Kenji Morita, Ambassador, "
            "and the Cambodian side by H.E. Mr. Sok Vanna, Secretary of State.",
            [("Kenji Morita", "JP"), ("Sok Vanna", "KH")],
        ),
        (
            "Vietnam and the United Kingdom held their fifth human rights dialogue in London, with Deputy Director-General "
            "Nguyễn Hoàng Minh and Director Olivia Fairfax as co-chairs.",
            [("Nguyễn Hoàng Minh", "VN"), ("Olivia Fairfax", "GB")],
        ),
        (
            "BEIJING, Feb. 17 (Xinhua) -- China and the European Union held the 38th round of human rights dialogue in Brussels on Feb. 16. "
            "Liu Hong, special representative of the Chinese government on human rights affairs, and Paola Benedetti, deputy managing "
            "director of the European External Action Service, co-chaired the dialogue.",
            [("Liu Hong", "CN"), ("Paola Benedetti", "EU")],
        ),
        (
            "The European Union and Viet Nam held the 12th Human Rights Dialogue in Hanoi, co-chaired by Paola Benedetti (EEAS) "
            "and Le Thi Thu Ha (Ministry of Foreign Affairs).",
            [("Le Thi Thu Ha", "VN"), ("Paola Benedetti", "EU")],
        ),
        (
            "The United States and Laos held the ninth U.S.-Laos Human Rights Dialogue in Vientiane. Acting Assistant Secretary Erin Barkley "
            "led the U.S. delegation, and Director General Phoukhong Sisavath led the Lao delegation.",
            [("Erin Barkley", "US"), ("Phoukhong Sisavath", "LA")],
        ),
    ],
)
def test_extract_chairs_cues_and_parties(text: str, chairs: list[tuple[str, str | None]]) -> None:
    assert _chairs(text) == chairs


def test_extract_chairs_initials_and_misspellings_kept_as_written() -> None:
    text = (
        "The third meeting of the Kazakhstan-US High-Level Dialogue on Human Rights and Democratic Reforms took place in Astana. "
        "The meeting was co-chaired by Assistant to the President Ye. Kazykhan and U.S. Under Secretary of State Uzry Zeya. "
        "Deputy Secretary of State U. Zeya stated continued support."
    )
    assert _chairs(text) == [("Uzry Zeya", "US"), ("Ye. Kazykhan", "KZ")]


def test_extract_chairs_surname_resolved_to_full_name() -> None:
    text = (
        "The Commission signed an agreement with Australia's Ambassador for Human Rights Bronte Moules and Phoukhong Sisoulath, "
        "Director General of the Department of Treaty and Law within the Lao Ministry of Foreign Affairs. "
        "The Commission also participated in the 8th Australia-Lao PDR Human Rights Dialogue, co-chaired by Ms Moules and Mr Sisoulath."
    )
    assert _chairs(text) == [("Bronte Moules", "AU"), ("Phoukhong Sisoulath", "LA")]


def test_extract_chairs_party_by_elimination() -> None:
    text = (
        "The 28th U.S.-Vietnam Human Rights Dialogue took place in Hanoi. The dialogue was led by Assistant Secretary for Democracy, "
        "Human Rights, and Labor Dafna Rand. The Vietnamese delegation was headed by Pham Hai Anh, Director General."
    )
    assert _chairs(text) == [("Dafna Rand", "US"), ("Pham Hai Anh", "VN")]


@pytest.mark.parametrize(
    "text",
    [
        "The EU-Uzbekistan Human Rights Dialogue took place in Brussels. Uzbekistan was represented by Nigmatulla Yusupov, Minister for Justice.",
        "The EU-Georgia Human Rights Dialogue took place in Tbilisi. The Dialogue was opened by Deputy Minister Nino Beridze.",
        "The EU-Georgia Human Rights Dialogue took place in Tbilisi. The meeting was attended by Deputy Minister Nino Beridze.",
        "The EU-Georgia Human Rights Dialogue took place in Tbilisi. Deputy Minister Nino Beridze gave opening remarks.",
    ],
)
def test_extract_chairs_not_for_speakers_or_attendees(text: str) -> None:
    assert _chairs(text) == []


def test_extract_chairs_office_words_are_not_names() -> None:
    text = (
        "The 18th German-Chinese Human Rights Dialogue took place in Berlin. The German delegation was led by the Federal Government "
        "Commissioner for Human Rights Policy and Humanitarian Assistance, Clara Weidner."
    )
    assert _chairs(text) == [("Clara Weidner", "DE")]
