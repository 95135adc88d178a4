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
        ("The third meeting of the annual High-level Dialogue on Human Rights and Democratic Reforms between Kazakhstan and the United States took place in Astana.", 3),
        ("The EU and China held the 39th session of joint Human Rights Dialogue in Chongqing.", 39),
        ("The European Union and Uzbekistan held the eight round of their Human Rights Dialogue in Brussels.", 8),
        ("The Mongolia- European Union Sixth Human Rights Dialogue was held virtually on 18 July.", 6),
        ("The inaugural EU-Kyrgyzstan Human Rights Dialogue was held in Bishkek.", 1),
        ("The first-ever EU-Mongolia Human Rights Dialogue was held in Ulaanbaatar.", 1),
        ("The United States and Kazakhstan opened a new High-Level Dialogue on Human Rights on June 14, holding the inaugural session in Washington.", 1),
        ("The twenty-first EU-China Human Rights Dialogue took place in Beijing.", 21),
        ("The European Union and Moldova held the fourteenth round of their annual Human Rights Dialogue in Chisinau.", 14),
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
