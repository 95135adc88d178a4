"""Evaluation gate: extraction scores on the pinned gold corpora may not fall below their floors.

Floors sit a little below the figures the extractor reaches (measured with ``rapport eval``);
raise them when the extractor improves, and never lower one without saying why in the commit.
The acceptance target on the dev set is overall field F1 ≥ 0.85 and detection F1 ≥ 0.95.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from rapport.evaluation.gold import load_gold_dir
from rapport.evaluation.runner import CorpusRun, run_extraction

REPO = Path(__file__).resolve().parents[1]
TEST_CORPUS = REPO / "tests" / "corpus"
BLIND_CORPUS = REPO / "tests" / "corpus_blind"
DEV_CORPUS = REPO.parent / "shared" / "eval" / "dev"

# Pinned floors: (overall field F1, meeting detection F1). Measured 2026-11-26 (fields / detection):
# tests/corpus 0.886 / 0.955 (44 articles); dev 0.978 / 1.000 (41 articles).
TEST_CORPUS_FLOORS = (0.87, 0.94)
DEV_FLOORS = (0.96, 0.98)
# tests/corpus_blind (40 articles written to probe generalisation): 0.993 / 1.000, measured
# 2026-11-26 (0.892 / 0.899 before the rules it prompted).
BLIND_CORPUS_FLOORS = (0.97, 0.97)
# Per-field F1 floors on the dev set, so that one field cannot regress behind a stable average.
# Measured: parties, round, city, chairs 1.000; date 0.955; themes 0.969; next_date and
# next_city 1.000 on only 3 and 2 values, where one miss costs 0.2, hence their lower floors.
DEV_FIELD_FLOORS: dict[str, float] = {
    "parties": 0.97,
    "round": 0.97,
    "date": 0.93,
    "city": 0.97,
    "next_date": 0.75,
    "next_city": 0.65,
    "chairs": 0.97,
    "themes": 0.95,
}

pytest.importorskip("rapport.pipeline.process", reason="the extractor is not built yet")


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


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=f"{DEV_CORPUS} is not present")
def test_eval_floors_dev_corpus() -> None:
    _assert_floors(_run(DEV_CORPUS), DEV_FLOORS)


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=f"{DEV_CORPUS} is not present")
@pytest.mark.parametrize("field", sorted(DEV_FIELD_FLOORS))
def test_eval_floors_dev_field(field: str) -> None:
    f1 = _run(DEV_CORPUS).score.fields[field].f1
    assert f1 >= DEV_FIELD_FLOORS[field], (
        f"{field} F1 {f1:.3f} fell below its floor {DEV_FIELD_FLOORS[field]}"
    )
