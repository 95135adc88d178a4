"""Field and detection scores on small hand-built articles, with hand-computed expectations."""

from __future__ import annotations

from typing import Any

import pytest

from rapport.evaluation.names import match_names, same_person
from rapport.evaluation.scorer import FIELDS, Counts, score_article, score_corpus
from rapport.pipeline.types import Chair, MeetingRecord, NextMeeting, Place


def _gold_kz_us() -> dict[str, Any]:
    return {
        "event_key": "KZ-US-2024",
        "mechanism": "High-Level Dialogue on Human Rights and Democratic Reforms",
        "parties": ["KZ", "US"],
        "round": 3,
        "date": "2024-05-20",
        "place": {"city": "Astana", "country": "KZ"},
        "chairs": [
            {"name": "Erzhan Kazykhan", "party": "KZ"},
            {"name": "Uzra Zeya", "party": "US"},
        ],
        "themes": ["corruption", "media_freedom", "rule_of_law"],
        "next_meeting": {"date": "2025", "place": {"city": "Washington", "country": "US"}},
    }


def test_scorer_perfect_prediction_scores_one() -> None:
    score = score_article([_gold_kz_us()], [_gold_kz_us()], "a")
    assert score.overall == Counts(tp=11, fp=0, fn=0)  # 6 scalars + 2 chairs + 3 themes
    assert score.detection == Counts(tp=1)
    assert score.overall.f1 == 1.0


def test_scorer_mixed_prediction_counts_by_hand() -> None:
    predicted = {
        "parties": ["US", "KZ"],  # order does not matter: compared sorted
        "round": 3,
        "date": "2024-05",  # wrong precision: FP + FN
        "place": None,  # FN
        "chairs": [{"name": "Yerzhan Kazykhan"}, {"name": "Antony Blinken"}],  # TP, FP; FN Zeya
        "themes": ["corruption", "elections"],  # TP, FP; FN media_freedom, rule_of_law
        "next_meeting": {"date": "2025", "place": {"city": None, "country": "US"}},  # TP, FN city
    }
    score = score_article([predicted], [_gold_kz_us()], "a")
    expected = {
        "parties": Counts(1, 0, 0),
        "round": Counts(1, 0, 0),
        "date": Counts(0, 1, 1),
        "city": Counts(0, 0, 1),
        "next_date": Counts(1, 0, 0),
        "next_city": Counts(0, 0, 1),
        "chairs": Counts(1, 1, 1),
        "themes": Counts(1, 1, 2),
    }
    assert score.fields == expected
    assert score.overall == Counts(tp=5, fp=3, fn=6)
    assert score.overall.precision == pytest.approx(5 / 8)
    assert score.overall.recall == pytest.approx(5 / 11)
    assert score.overall.f1 == pytest.approx(10 / 19)
    assert {m.field for m in score.mismatches} == {"date", "city", "next_city", "chairs", "themes"}


def test_scorer_prediction_in_negative_article_counts_every_value_as_fp() -> None:
    predicted = {
        "parties": ["EU", "MN"],
        "round": 2,
        "date": "2018-04",
        "themes": ["death_penalty", "torture"],
    }
    score = score_article([predicted], [], "neg")
    assert score.overall == Counts(tp=0, fp=5, fn=0)
    assert score.detection == Counts(fp=1)
    assert score.detection.f1 == 0.0


def test_scorer_missed_gold_meeting_counts_every_value_as_fn() -> None:
    score = score_article([], [_gold_kz_us()], "a")
    assert score.overall == Counts(tp=0, fp=0, fn=11)
    assert score.detection == Counts(fn=1)


def test_scorer_aligns_the_reported_round_not_the_previous_one() -> None:
    gold = {"parties": ["AM", "EU"], "round": 14, "date": "2025-02-17"}
    previous = {"parties": ["AM", "EU"], "round": 13, "date": "2024-01-18"}
    reported = {"parties": ["AM", "EU"], "round": 14, "date": "2025-02-17"}
    score = score_article([previous, reported], [gold], "a")
    assert score.alignment == [(1, 0)]
    assert score.detection == Counts(tp=1, fp=1)
    assert score.fields["round"] == Counts(tp=1, fp=1)  # the previous round's value is an FP


def test_scorer_never_aligns_different_dialogues_sharing_a_party() -> None:
    score = score_article(
        [{"parties": ["CN", "EU"], "round": 3}], [{"parties": ["EU", "MN"], "round": 3}]
    )
    assert score.alignment == []
    assert score.detection == Counts(fp=1, fn=1)


@pytest.mark.parametrize(
    ("predicted", "aligned"),
    [
        ({"parties": [], "date": "2024-05-20"}, True),  # no parties, but the date agrees
        ({"parties": [], "date": "2023-01-01"}, False),  # nothing agrees
        ({"parties": ["KZ"], "date": "2023-01-01"}, True),  # parties within gold's
        ({"parties": ["KZ", "US", "EU"]}, True),  # gold's parties within predicted
    ],
)
def test_scorer_alignment_needs_some_agreement(predicted: dict[str, Any], aligned: bool) -> None:
    score = score_article([predicted], [_gold_kz_us()])
    assert (score.detection.tp == 1) is aligned


def test_scorer_city_ignores_case_and_diacritics() -> None:
    score = score_article(
        [{"parties": ["EU", "MD"], "place": {"city": "Chişinău", "country": "MD"}}],
        [{"parties": ["EU", "MD"], "place": {"city": "Chisinau", "country": "MD"}}],
    )
    assert score.fields["city"] == Counts(tp=1)


def test_scorer_accepts_meeting_records_like_dicts() -> None:
    record = MeetingRecord(
        mechanism="High-Level Dialogue on Human Rights and Democratic Reforms",
        parties=("KZ", "US"),
        round=3,
        date="2024-05-20",
        place=Place("Astana", "KZ"),
        chairs=(Chair("Erzhan Kazykhan", "KZ"), Chair("Uzra Zeya", "US")),
        themes=("rule_of_law", "media_freedom", "corruption"),
        next_meeting=NextMeeting("2025", Place("Washington", "US")),
    )
    assert (
        score_article([record], [_gold_kz_us()]).fields
        == score_article([_gold_kz_us()], [_gold_kz_us()]).fields
    )


def test_scorer_corpus_sums_articles() -> None:
    total = score_corpus(
        [("a", [_gold_kz_us()], [_gold_kz_us()]), ("b", [], [_gold_kz_us()]), ("c", [], [])]
    )
    assert total.detection == Counts(tp=1, fn=1)
    assert total.overall == Counts(tp=11, fn=11)
    assert total.overall.f1 == pytest.approx(22 / 33)  # P = 1, R = 1/2
    assert set(total.as_dict()["fields"]) == set(FIELDS)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Erzhan Kazykhan", "Yerzhan Kazykhan", True),  # transliteration
        ("Uzra Zeya", "Uzry Zeya", True),  # typo
        ("Brontë Moules", "Bronte Moules", True),  # diacritics
        ("Dafna Rand", "D. Rand", True),  # surname and first initial
        ("Ms. Uzra Zeya", "Uzra Zeya", True),  # honorific
        ("Dafna Rand", "Uzra Zeya", False),
        ("Anna Smith", "John Smith", False),  # same surname, other initial
    ],
)
def test_names_same_person(first: str, second: str, same: bool) -> None:
    assert same_person(first, second) is same


def test_names_match_is_one_to_one_closest_first() -> None:
    assert match_names(["Yerzhan Kazykhan", "Erzhan Kazykhan"], ["Erzhan Kazykhan"]) == [(1, 0)]
