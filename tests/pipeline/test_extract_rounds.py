"""Rounds: ordinals in words or digits written with the dialogue; gaps ("first since 2010") are not."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.extract.rounds import ordinal_value, written_ordinal
from rapport.pipeline.types import CleanDocument


def _round(text: str) -> int | None:
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-05-21"))
    assert len(meetings) == 1
    return meetings[0].round


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kazakhstan and the United States convened the fifth meeting of their yearly High-level Dialogue on Human Rights and Democratic Reforms in Almaty.", 5),
        ("China and the EU convened the 41st session of their joint Human Rights Dialogue in Kunming.", 41),
        ("Uzbekistan and the European Union met in Samarkand for the eight round of their Human Rights Dialogue.", 8),
        ("The Mongolia- European Union Ninth Human Rights Dialogue took place by videoconference on 3 March.", 9),
        ("The inaugural EU-Kyrgyzstan Human Rights Dialogue was held in Bishkek.", 1),
        ("The first-ever EU-Mongolia Human Rights Dialogue was held in Ulaanbaatar.", 1),
        ("The United States and Kazakhstan opened a new High-Level Dialogue on Human Rights on June 14, holding the inaugural session in Washington.", 1),
        ("The twenty-first EU-China Human Rights Dialogue took place in Beijing.", 21),
        ("Moldova and the European Union met in Brussels for the seventeenth round of their yearly Human Rights Dialogue.", 17),
    ],
)
def test_extract_rounds_written_ordinals(text: str, number: int) -> None:
    assert _round(text) == number


@pytest.mark.parametrize(
    "text",
    [
        "Norway and China held a human rights dialogue in Oslo on Monday, the first since 2010.",
        "Norway and China hold first human rights dialogue in 14 years\n\nThe talks took place in Oslo.",
        "The EU and Indonesia held their Human Rights Dialogue in Brussels, after 38 rounds of talks with other partners.",
    ],
)
def test_extract_rounds_not_an_ordinal(text: str) -> None:
    assert _round(text) is None


@pytest.mark.parametrize(("word", "value"), [("third", 3), ("39th", 39), ("Twenty-Second", 22), ("inaugural", 1)])
def test_extract_rounds_ordinal_value(word: str, value: int) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize("word", ["2024", "one", "three"])
def test_extract_rounds_cardinals_and_years_are_not_written_ordinals(word: str) -> None:
    assert written_ordinal(word) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Norway and Vietnam held the XIIth round of their human rights dialogue in Oslo.", 12),
        ("The XIth India-EU Human Rights Dialogue was held in Brussels on 21 April.", 11),
        ("The EU and Kenya held the IVth EU-Kenya Human Rights Dialogue in Nairobi.", 4),
        ("The XXIst EU-China Human Rights Dialogue took place in Beijing.", 21),
    ],
)
def test_extract_rounds_roman_ordinals(text: str, number: int) -> None:
    assert _round(text) == number


@pytest.mark.parametrize(
    ("word", "number"),
    [("XIIth", 12), ("IXth", 9), ("XIVth", 14), ("IInd", 2), ("XLth", 40), ("XII", None), ("Ivth", None), ("th", None)],
)
def test_extract_rounds_roman_values(word: str, number: int | None) -> None:
    assert written_ordinal(word) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Round XII of the EU-Kazakhstan Human Rights Dialogue was held in Astana earlier this month.", 12),
        ("The EU-Kazakhstan Human Rights Dialogue was convened for the twelfth time in Astana.", 12),
        ("The EU-Laos Human Rights Dialogue was held for the first time in Vientiane.", 1),
    ],
)
def test_extract_rounds_number_after_the_noun(text: str, number: int) -> None:
    assert _round(text) == number


@pytest.mark.parametrize(
    "text",
    [
        # the first after a gap: no ordinal ("the third of its kind" is one: see test_extract_report_shapes)
        "The Australia-Vietnam Human Rights Dialogue, the first since 2019, was convened in Canberra.",
        "The EU-Laos Human Rights Dialogue was held for the first time since 2019 in Vientiane.",
    ],
)
def test_extract_rounds_not_a_round_number(text: str) -> None:
    assert _round(text) is None
