"""Scores per series: which series an article belongs to, and counts that add up to the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from rapport.evaluation.gold import GoldArticle
from rapport.evaluation.runner import run_extraction
from rapport.evaluation.series import (
    NEGATIVES,
    article_series,
    macro_average,
    score_by_series,
    series_key,
)
from rapport.pipeline.types import ExtractionResult, MeetingRecord, Place, RawDocument, SourceInfo


def _gold(key: str, parties: list[str], date: str, city: str | None = None) -> dict[str, Any]:
    return {
        "event_key": key,
        "mechanism": f"{'-'.join(parties)} Human Rights Dialogue",
        "parties": parties,
        "round": None,
        "date": date,
        "place": {"city": city, "country": parties[0]} if city else None,
        "chairs": [],
        "themes": ["torture"],
        "next_meeting": None,
    }


def test_series_key_is_the_event_key_without_its_date() -> None:
    assert series_key({"event_key": "EU-KZ-HRD-2024-11-13"}) == "EU-KZ-HRD"
    assert series_key({"event_key": "CN-DE-HRD-2024-06"}) == "CN-DE-HRD"
    assert series_key({"event_key": "EU-KG-HRD-2017"}) == "EU-KG-HRD"


def test_series_key_without_a_dated_event_key_is_parties_and_mechanism() -> None:
    meeting = {"event_key": "x", "parties": ["US", "KZ"], "mechanism": "High-Level Dialogue"}
    assert series_key(meeting) == "KZ-US High-Level Dialogue"


def test_article_series_in_order_of_mention_and_negatives() -> None:
    tj = _gold("EU-TJ-HRD-2025-06-19", ["EU", "TJ"], "2025-06-19")
    kg = _gold("EU-KG-HRD-2025-06-17", ["EU", "KG"], "2025-06-17")
    assert article_series([tj, kg, tj]) == ("EU-TJ-HRD", "EU-KG-HRD")
    assert article_series([]) == (NEGATIVES,)


def _process(predictions: dict[str, tuple[MeetingRecord, ...]]) -> Any:
    def process(document: RawDocument) -> ExtractionResult:
        source = SourceInfo(None, None, None, "en", len(document.text or ""))
        meetings = predictions.get(document.id or "", ())
        return ExtractionResult(source=source, text=document.text or "", meetings=meetings)

    return process


def _article(article_id: str, meetings: list[dict[str, Any]]) -> GoldArticle:
    return GoldArticle(id=article_id, path=f"{article_id}.json", text="t", meetings=tuple(meetings))


def test_series_scores_add_up_to_the_corpus_score() -> None:
    kg = _gold("EU-KG-HRD-2025-06-17", ["EU", "KG"], "2025-06-17", "Bishkek")
    tj = _gold("EU-TJ-HRD-2025-06-19", ["EU", "TJ"], "2025-06-19", "Dushanbe")
    articles = [
        _article("001", [kg, tj]),
        _article("002", [kg]),
        _article("003", []),
    ]
    predictions = {
        # 001: KG found with a wrong city, TJ missed, and a spurious second TJ meeting.
        "001": (
            MeetingRecord(parties=("EU", "KG"), date="2025-06-17", place=Place("Osh", "KG")),
            MeetingRecord(parties=("EU", "TJ"), date="2024-01-01"),
        ),
        "002": (
            MeetingRecord(
                parties=("EU", "KG"),
                date="2025-06-17",
                place=Place("Bishkek", "KG"),
                themes=("torture",),
            ),
        ),
        "003": (MeetingRecord(parties=("EU", "UZ")),),
    }
    run = run_extraction(articles, _process(predictions))
    series = {entry.key: entry for entry in score_by_series(run)}

    assert list(series) == ["EU-KG-HRD", "EU-TJ-HRD", NEGATIVES]
    assert series["EU-KG-HRD"].articles == ["001", "002"]
    assert series["EU-TJ-HRD"].articles == ["001"]
    assert series[NEGATIVES].articles == ["003"]
    for name in ("tp", "fp", "fn"):
        total = sum(getattr(entry.score.overall, name) for entry in series.values())
        assert total == getattr(run.score.overall, name)
        detected = sum(getattr(entry.score.detection, name) for entry in series.values())
        assert detected == getattr(run.score.detection, name)
    kg_detection = series["EU-KG-HRD"].score.detection
    assert (kg_detection.tp, kg_detection.fp, kg_detection.fn) == (2, 0, 0)
    # 001's predicted TJ meeting aligns with the gold TJ meeting although its date is wrong;
    # the spurious UZ meeting of the negative article counts for the negatives.
    tj_detection = series["EU-TJ-HRD"].score.detection
    assert (tj_detection.tp, tj_detection.fp, tj_detection.fn) == (1, 0, 0)
    assert series["EU-TJ-HRD"].score.fields["date"].fp == 1
    assert series[NEGATIVES].score.detection.fp == 1
    assert series["EU-KG-HRD"].mechanism == "EU-KG Human Rights Dialogue"


def test_spurious_meeting_counts_for_the_series_sharing_its_parties() -> None:
    kg = _gold("EU-KG-HRD-2025-06-17", ["EU", "KG"], "2025-06-17")
    tj = _gold("EU-TJ-HRD-2025-06-19", ["EU", "TJ"], "2025-06-19")
    predictions = {
        "001": (
            MeetingRecord(parties=("EU", "KG"), date="2025-06-17"),
            MeetingRecord(parties=("EU", "KG"), date="2019-01-01"),
        )
    }
    run = run_extraction([_article("001", [tj, kg])], _process(predictions))
    series = {entry.key: entry for entry in score_by_series(run)}
    assert series["EU-KG-HRD"].score.detection.fp == 1
    assert series["EU-TJ-HRD"].score.detection.fn == 1
    assert series["EU-TJ-HRD"].score.detection.fp == 0


def test_macro_average_weighs_each_series_once_and_leaves_out_negatives() -> None:
    kg = _gold("EU-KG-HRD-2025-06-17", ["EU", "KG"], "2025-06-17")
    tj = _gold("EU-TJ-HRD-2025-06-19", ["EU", "TJ"], "2025-06-19")
    articles = [_article("001", [kg]), _article("002", [kg]), _article("003", [tj])]
    articles.append(_article("004", []))
    found = MeetingRecord(parties=("EU", "KG"), date="2025-06-17", themes=("torture",))
    predictions = {
        "001": (found,),
        "002": (found,),
        "004": (MeetingRecord(parties=("EU", "UZ")),),
    }
    run = run_extraction(articles, _process(predictions))
    macro = macro_average(score_by_series(run))
    # KG: everything found (F1 1.0, twice); TJ: nothing found (F1 0.0). Micro would be 6/9.
    assert macro.series == 2
    assert macro.detection_f1 == pytest.approx(0.5)
    assert macro.field_f1 == pytest.approx(0.5)
    assert macro.field_precision == pytest.approx(1.0)
    assert macro.field_recall == pytest.approx(0.5)
