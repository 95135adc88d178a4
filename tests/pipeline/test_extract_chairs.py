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
            "Kazakhstan and the United States convened their High-Level Dialogue on Human Rights and Democratic Reforms in Shymkent, "
            "a session co-chaired by Kazakh Deputy Foreign Minister Aidos Temirbekov and the "
            "U.S. Under Secretary of State for Civilian Security, Democracy, and Human Rights Margaret Holloway.",
            [("Aidos Temirbekov", "KZ"), ("Margaret Holloway", "US")],
        ),
        (
            "Yerevan hosted the 6th EU-Armenia Human Rights Dialogue. The Armenian delegation was headed by Mr Garen Harutyunyan, "
            "Deputy Minister of Foreign Affairs. The EU delegation was led by Ms Elena Tisdale, a Head of Division in the European External Action Service.",
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
        "Officials met in Shymkent for the Kazakhstan-US High-Level Dialogue on Human Rights and Democratic Reforms last week. "
        "The meeting was co-chaired by Assistant to the President Zh. Nurlanov and U.S. Under Secretary of State Margret Holloway. "
        "Deputy Secretary of State M. Holloway voiced continued support."
    )
    assert _chairs(text) == [("Margret Holloway", "US"), ("Zh. Nurlanov", "KZ")]


def test_extract_chairs_surname_resolved_to_full_name() -> None:
    text = (
        "A training workshop was opened by Australia's Ambassador for Human Rights Harriet Calloway and Khamphet Vongsavanh, "
        "Director General at the Lao Ministry of Foreign Affairs. "
        "Both later attended the 10th Australia-Lao PDR Human Rights Dialogue, co-chaired by Ms Calloway and Mr Vongsavanh."
    )
    assert _chairs(text) == [("Harriet Calloway", "AU"), ("Khamphet Vongsavanh", "LA")]


def test_extract_chairs_party_by_elimination() -> None:
    text = (
        "Da Nang hosted the 30th U.S.-Vietnam Human Rights Dialogue. The talks were led by Acting Assistant Secretary for Democracy, "
        "Human Rights, and Labor Gregory Ashford. Director General Tran Van Khoa headed the Vietnamese delegation."
    )
    assert _chairs(text) == [("Gregory Ashford", "US"), ("Tran Van Khoa", "VN")]


@pytest.mark.parametrize(
    "text",
    [
        # several people listed for a party are its delegation, not its head
        "The EU-Uzbekistan Human Rights Dialogue took place in Brussels. Uzbekistan was represented by Nigmatulla Yusupov, "
        "Minister for Justice, and Akbar Tursunov, Director of the National Centre, as well as other officials.",
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


def test_extract_chairs_counterpart_after_co_chaired_with() -> None:
    text = (
        "On 4 April 2024, Thomas Fairweather co-chaired the 12th Australia-Cambodia Human Rights Dialogue "
        "in Phnom Penh with Sok Vannak, Secretary of State at the Ministry of Foreign Affairs."
    )
    # Neither position names a country: both are chairs, and neither is given a side by guess.
    assert _chairs(text) == [("Sok Vannak", None), ("Thomas Fairweather", None)]
    text = text.replace("Thomas Fairweather co-chaired", "Australia's Thomas Fairweather co-chaired")
    assert _chairs(text) == [("Sok Vannak", "KH"), ("Thomas Fairweather", "AU")]


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        (
            "The 8th EU-Armenia Human Rights Dialogue took place in Yerevan. Heading the Armenian delegation was "
            "Deputy Foreign Minister Aram Petrosyan. Leading the talks for the EU was Ambassador Ingrid Holm.",
            [("Aram Petrosyan", "AM"), ("Ingrid Holm", "EU")],
        ),
        (
            "The 4th EU-Mongolia Human Rights Dialogue was held in Ulaanbaatar. The delegation of Mongolia was headed by "
            "Mr. Temuulen Bat, Director at the Ministry. Carla Duarte served as head of the EU delegation.",
            [("Carla Duarte", "EU"), ("Temuulen Bat", "MN")],
        ),
        (
            "The 9th EU-Georgia Human Rights Dialogue was held in Tbilisi. Co-chairing the dialogue were Nino Kvaratskhelia, "
            "Deputy Minister of Foreign Affairs of Georgia, and Pieter de Vries, EEAS.",
            [("Nino Kvaratskhelia", "GE"), ("Pieter de Vries", "EU")],
        ),
        (
            "The 3rd EU-Sri Lanka Human Rights Dialogue was held in Colombo. It was co-chaired by Ms Hanna Lind for the EU "
            "and Mr Nimal Silva for Sri Lanka.",
            [("Hanna Lind", "EU"), ("Nimal Silva", "LK")],
        ),
        (
            "The two delegations, led respectively by Mr Otto Brandt (EU) and Ms Dilnoza Rakhimova (Uzbekistan), held the "
            "15th EU-Uzbekistan Human Rights Dialogue in Tashkent.",
            [("Dilnoza Rakhimova", "UZ"), ("Otto Brandt", "EU")],
        ),
        (
            "Delegations met in Bern for the 16th Switzerland-Vietnam Human Rights Dialogue. Heading the Swiss delegation was "
            "Ambassador Lena Frei, while Deputy Minister Pham Quang Vinh led the Vietnamese side.",
            [("Lena Frei", "CH"), ("Pham Quang Vinh", "VN")],
        ),
        (
            "Assistant Secretary Mark Ellison traveled to Hanoi, Vietnam, to lead the American delegation at the "
            "30th U.S.-Vietnam Human Rights Dialogue.",
            [("Mark Ellison", "US")],
        ),
    ],
)
def test_extract_chairs_inverted_and_side_after_name(text: str, chairs: list[tuple[str, str | None]]) -> None:
    assert _chairs(text) == sorted(chairs)


def test_extract_chairs_were_the_co_chairs() -> None:
    text = "The 9th Australia-Laos Human Rights Dialogue was held in Vientiane. Ms. Joan Pike and Mr. Khamla Sisouk were the co-chairs."
    assert [name for name, _ in _chairs(text)] == ["Joan Pike", "Khamla Sisouk"]
