"""Evaluation gate: extraction scores on the pinned gold corpora may not fall below their floors.

Floors sit a little below the figures the extractor reaches (measured with ``rapport eval``);
raise them when the extractor improves, and never lower one without saying why in the commit.
The acceptance target on the dev set (issue 13) is overall field F1 ≥ 0.95, detection F1 ≥ 0.97
and chairs and date recall ≥ 0.85. Under CI (``CI=true``) a missing dev corpus fails.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest

from rapport.evaluation.gold import load_gold_dir
from rapport.evaluation.runner import CorpusRun, run_extraction

REPO = Path(__file__).resolve().parents[1]
TEST_CORPUS = REPO / "tests" / "corpus"
BLIND_CORPUS = REPO / "tests" / "corpus_blind"
DEV_CORPUS = REPO.parent / "shared" / "eval" / "dev"

# Pinned floors: (overall field F1, meeting detection F1). Measured 2026-12-04 (fields / detection):
# tests/corpus 0.987 / 1.000 (47 articles); dev 0.966 / 1.000 (72 articles; 0.909 / 0.935 when
# 31 of them were new, before the rules they prompted).
TEST_CORPUS_FLOORS = (0.97, 0.97)
DEV_FLOORS = (0.95, 0.98)
# tests/corpus_blind (40 articles written to probe generalisation): 0.993 / 1.000.
BLIND_CORPUS_FLOORS = (0.97, 0.97)
# tests/corpus_styles (56 articles in reporting styles the others lack, annotated before any
# extraction): 0.875 / 0.932 on first contact with the extractor, 0.962 / 1.000 after the rules
# it prompted (0.978 / 1.000 on 2026-12-04); the floor keeps most of that gain.
STYLES_CORPUS = REPO / "tests" / "corpus_styles"
STYLES_CORPUS_FLOORS = (0.95, 0.97)
# The blind corpora of fresh series: readouts of series no other corpus has, gold written from
# the texts alone, by annotators who had not read the rules, before any extraction was run on
# them. Each comment gives (fields / detection) on first contact with the extractor, then after
# the general shapes it showed were added (each with a test on sentences of its own).
FRESH_CORPORA_FLOORS: dict[str, tuple[float, float]] = {
    "corpus_fresh": (0.90, 0.93),  # 30 readouts, 23 series: 0.793 / 0.863, then 0.932 / 0.963
    "corpus_fresh2": (0.89, 0.95),  # 30 readouts, 22 series: 0.861 / 0.981, then 0.915 / 0.981
    "corpus_fresh3": (0.89, 0.95),  # 24 readouts, 19 series: 0.863 / 0.952, then 0.921 / 0.977
    "corpus_fresh4": (0.92, 0.97),  # 30 readouts, 12 series: 0.843 / 0.920, then 0.948 / 1.000
    "corpus_fresh5": (0.88, 0.92),  # 30 readouts, 12 series: 0.793 / 0.885, then 0.910 / 0.941
    "corpus_fresh6": (0.92, 0.97),  # 30 readouts, 12 series: 0.828 / 0.947, then 0.954 / 1.000
    "corpus_fresh7": (0.92, 0.94),  # 30 readouts, 14 series: 0.898 / 0.941, then 0.949 / 0.960
    "corpus_fresh8": (0.89, 0.93),  # 30 readouts, 15 series: 0.799 / 0.894, then 0.910 / 0.958
    "corpus_fresh9": (0.92, 0.95),  # 30 readouts, 15 series: 0.858 / 0.920, then 0.955 / 0.981
    "corpus_fresh10": (0.92, 0.95),  # 30 readouts, 15 series: 0.887 / 0.923, then 0.950 / 0.980
    "corpus_fresh11": (0.92, 0.97),  # 30 readouts, 13 series: 0.875 / 0.957, then 0.947 / 1.000
    "corpus_fresh12": (0.84, 0.90),  # 30 readouts, 15 series: 0.817 / 0.893, then 0.865 / 0.929
}
# Per-field F1 floors on the dev set, so that one field cannot regress behind a stable average.
# Measured: parties, round, date, city 1.000; chairs 0.983; themes 0.937; next_date 0.889 and
# next_city 1.000 on only 5 and 2 values, where one miss costs 0.2, hence their lower floors.
DEV_FIELD_FLOORS: dict[str, float] = {
    "parties": 0.98,
    "round": 0.98,
    "date": 0.97,
    "city": 0.97,
    "next_date": 0.75,
    "next_city": 0.65,
    "chairs": 0.96,
    "themes": 0.92,
}
# Recall floors the issue that set them asks for (issue 13: chairs and date recall >= 0.85);
# measured 0.966 and 1.000.
DEV_RECALL_FLOORS: dict[str, float] = {"chairs": 0.90, "date": 0.90}

# Under CI a missing gold corpus is a failure, never a skip: the gate must not open silently.
_DEV_MISSING = not DEV_CORPUS.is_dir()
_REQUIRE_DEV = os.environ.get("CI", "").lower() in ("1", "true", "yes")
_skip_without_dev = pytest.mark.skipif(
    _DEV_MISSING and not _REQUIRE_DEV, reason=f"{DEV_CORPUS} is not present (outside CI)"
)


def _is_gold_dir(directory: Path) -> bool:
    for path in sorted(directory.glob("*.json"))[:1]:
        data = json.loads(path.read_text(encoding="utf-8"))
        return isinstance(data, dict) and "gold" in data
    return False


def _test_corpus_dirs() -> list[Path]:
    candidates = [TEST_CORPUS, *sorted(p for p in TEST_CORPUS.rglob("*") if p.is_dir())]
    return [d for d in candidates if d.is_dir() and _is_gold_dir(d)]


@cache
def _run(directory: Path) -> CorpusRun:
    return run_extraction(load_gold_dir(directory))


def _assert_floors(run: CorpusRun, floors: tuple[float, float]) -> None:
    field_f1, detection_f1 = run.score.overall.f1, run.score.detection.f1
    assert field_f1 >= floors[0], (
        f"overall field F1 {field_f1:.3f} fell below its floor {floors[0]}"
    )
    assert detection_f1 >= floors[1], (
        f"detection F1 {detection_f1:.3f} fell below its floor {floors[1]}"
    )
    failures = [f"{a.article.id}: {a.error}" for a in run.articles if a.error]
    assert not failures, f"extraction crashed: {failures}"


@pytest.mark.parametrize("directory", _test_corpus_dirs(), ids=lambda p: str(p.relative_to(REPO)))
def test_eval_floors_test_corpus(directory: Path) -> None:
    _assert_floors(_run(directory), TEST_CORPUS_FLOORS)


def test_eval_floors_blind_corpus() -> None:
    _assert_floors(_run(BLIND_CORPUS), BLIND_CORPUS_FLOORS)


def test_eval_floors_styles_corpus() -> None:
    _assert_floors(_run(STYLES_CORPUS), STYLES_CORPUS_FLOORS)


@pytest.mark.parametrize("corpus", sorted(FRESH_CORPORA_FLOORS))
def test_eval_floors_fresh_corpora(corpus: str) -> None:
    _assert_floors(_run(REPO / "tests" / corpus), FRESH_CORPORA_FLOORS[corpus])


@_skip_without_dev
def test_eval_floors_dev_corpus() -> None:
    _assert_floors(_run(DEV_CORPUS), DEV_FLOORS)


_DEV_METRIC_FLOORS = [("f1", field, floor) for field, floor in sorted(DEV_FIELD_FLOORS.items())] + [
    ("recall", field, floor) for field, floor in sorted(DEV_RECALL_FLOORS.items())
]


@_skip_without_dev
@pytest.mark.parametrize(("metric", "field", "floor"), _DEV_METRIC_FLOORS, ids=lambda v: str(v))
def test_eval_floors_dev_field(metric: str, field: str, floor: float) -> None:
    value = getattr(_run(DEV_CORPUS).score.fields[field], metric)
    assert value >= floor, f"{field} {metric} {value:.3f} fell below its floor {floor}"
