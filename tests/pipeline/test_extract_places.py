"""Places: where the meeting was held, current city names, no datelines, none for video calls."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, Place


def _place(text: str) -> Place | None:
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-05-21"))
    assert len(meetings) == 1
    return meetings[0].place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The 2nd EU-Kazakhstan Human Rights Dialogue took place in Nur-Sultan on 10 November 2020.", Place("Astana", "KZ")),
        ("The EU and Ukraine held the 5th Human Rights Dialogue in Kiev on 4 June.", Place("Kyiv", "UA")),
        ("The 26th U.S.-Vietnam Human Rights Dialogue was held in Washington, DC on 30 March.", Place("Washington", "US")),
        ("During the 39th session of the China-EU Human Rights Dialogue held in southwest China's Chongqing, the sides met.", Place("Chongqing", "CN")),
        ("On February 17, Brussels hosted the 14th EU-Armenia Human Rights Dialogue.", Place("Brussels", "BE")),
        ("Dafna Rand traveled to Hanoi, Vietnam, leading the U.S. delegation to the 28th U.S.-Vietnam Human Rights Dialogue.", Place("Hanoi", "VN")),
        ("The EU-Myanmar Human Rights Dialogue took place in Rangoon on Monday.", Place("Yangon", "MM")),
    ],
)
def test_extract_places_city_and_country(text: str, place: Place) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA - The third meeting of the High-Level Dialogue on Human Rights and Democratic Reforms between Kazakhstan and the United States was co-chaired on May 20 by the two envoys.",
        "The 9th EU-Indonesia Human Rights Dialogue was held on 27 May 2021 by videoconference with Indonesia as host.",
        "The Mongolia-EU Sixth Human Rights Dialogue was held virtually on 18 July.",
        "The EU and Indonesia held their 10th Human Rights Dialogue on 15 July.",
    ],
)
def test_extract_places_none(text: str) -> None:
    assert _place(text) is None


def test_extract_places_other_event_city_is_not_the_place() -> None:
    text = (
        "The EU and Kazakhstan held their 13th Human Rights Dialogue on 20 May. "
        "The participants also discussed initiatives of the C5+1 Summit held in New York last year."
    )
    assert _place(text) is None
