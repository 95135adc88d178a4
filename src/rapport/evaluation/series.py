"""Scores per series (one mechanism between its parties) and their macro-average.

An article belongs to the series of its gold meetings; a negative article to the pseudo-series
``NEGATIVES``. A corpus score is split between series without being recomputed differently:
each aligned (predicted, gold) pair of an article counts for the gold meeting's series, each
missed gold meeting for its own series, and each spurious predicted meeting for the article's
series whose gold parties it shares (else the article's first series), so the series' counts
add up to the corpus counts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapport.evaluation.runner import ArticleRun, CorpusRun
from rapport.evaluation.scorer import Score, score_article
from rapport.pipeline.types import MeetingRecord

NEGATIVES = "(negatives)"
"""The pseudo-series of articles that report no meeting."""

_KEY_DATE = re.compile(r"-\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def series_key(meeting: Mapping[str, Any]) -> str:
    """A gold meeting's series: its event key without the date ("EU-KZ-HRD"), else parties+mechanism."""
    key = meeting.get("event_key")
    if isinstance(key, str) and _KEY_DATE.search(key):
        return _KEY_DATE.sub("", key)
    parties = "-".join(sorted(meeting.get("parties") or ()))
    return f"{parties} {meeting.get('mechanism') or ''}".strip() or "(unknown)"


def article_series(meetings: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The series an article's gold meetings belong to, in order of first mention."""
    keys = tuple(dict.fromkeys(series_key(meeting) for meeting in meetings))
    return keys or (NEGATIVES,)


@dataclass
class SeriesScore:
    """One series: its label, its articles and the part of the corpus score that is its own."""

    key: str
    mechanism: str | None = None
    articles: list[str] = field(default_factory=list)
    score: Score = field(default_factory=Score)


@dataclass(frozen=True)
class MacroAverage:
    """Means over series (the negatives excluded) of field and detection precision/recall/F1."""

    series: int
    field_precision: float
    field_recall: float
    field_f1: float
    detection_precision: float
    detection_recall: float
    detection_f1: float


def score_by_series(run: CorpusRun) -> list[SeriesScore]:
    """Each series' articles and score, sorted by series key (the negatives last)."""
    table: dict[str, SeriesScore] = {}
    for article_run in run.articles:
        gold = article_run.article.meetings
        for key in article_series(gold):
            entry = table.setdefault(key, SeriesScore(key))
            entry.articles.append(article_run.article.id)
        for meeting in gold:
            entry = table[series_key(meeting)]
            entry.mechanism = entry.mechanism or meeting.get("mechanism")
        for key, score in _article_parts(article_run):
            table[key].score.add(score)
    return sorted(table.values(), key=lambda entry: (entry.key == NEGATIVES, entry.key))


def macro_average(series: Sequence[SeriesScore]) -> MacroAverage:
    """The unweighted mean over series with gold meetings: each series counts once."""
    scored = [entry.score for entry in series if entry.key != NEGATIVES]
    if not scored:
        return MacroAverage(0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)

    def mean(values: list[float]) -> float:
        return sum(values) / len(values)

    overall = [score.overall for score in scored]
    detection = [score.detection for score in scored]
    return MacroAverage(
        series=len(scored),
        field_precision=mean([c.precision for c in overall]),
        field_recall=mean([c.recall for c in overall]),
        field_f1=mean([c.f1 for c in overall]),
        detection_precision=mean([c.precision for c in detection]),
        detection_recall=mean([c.recall for c in detection]),
        detection_f1=mean([c.f1 for c in detection]),
    )


def _article_parts(article_run: ArticleRun) -> list[tuple[str, Score]]:
    """An article's score split into (series, score) parts that add up to the whole."""
    article = article_run.article
    gold, predicted = article.meetings, article_run.predicted
    series = article_series(gold)
    pairs = article_run.score.alignment
    parts = [
        (series_key(gold[j]), score_article([predicted[i]], [gold[j]], article.id))
        for i, j in pairs
    ]
    matched_gold = {j for _, j in pairs}
    matched_predicted = {i for i, _ in pairs}
    parts.extend(
        (series_key(meeting), score_article([], [meeting], article.id))
        for j, meeting in enumerate(gold)
        if j not in matched_gold
    )
    parts.extend(
        (_spurious_series(meeting, gold, series), score_article([meeting], [], article.id))
        for i, meeting in enumerate(predicted)
        if i not in matched_predicted
    )
    return parts


def _spurious_series(
    meeting: MeetingRecord, gold: Sequence[Mapping[str, Any]], series: tuple[str, ...]
) -> str:
    """The series of the article's gold meeting that shares the spurious meeting's parties."""
    parties = set(meeting.parties)
    for candidate in gold:
        gold_parties = set(candidate.get("parties") or ())
        if parties and gold_parties and (parties <= gold_parties or gold_parties <= parties):
            return series_key(candidate)
    return series[0]
