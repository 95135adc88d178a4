"""Leave-one-series-out for a rule-based extractor: does a series stand on rules of its own?

A learned model would be retrained without the series; rules are not learned, so the honest
counterpart is to take away what may be memory of the series. For each series S, the rules
(:mod:`rapport.evaluation.rules`) that fire in S's articles and in no other article of the
corpus are the ones that may have been written for S. S is scored again by an extractor built
without them, and the drop of its field and detection F1 is reported: a series that drops is
held up by rules only it uses; a series with no rules of its own cannot drop.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapport.evaluation import isolated
from rapport.evaluation.gold import GoldArticle
from rapport.evaluation.rules import (
    Rule,
    firing,
    load_rules,
    resource_root,
    rules_only_in,
    write_filtered,
)
from rapport.evaluation.runner import ArticleRun, CorpusRun
from rapport.evaluation.scorer import Score, score_article
from rapport.evaluation.series import NEGATIVES, SeriesScore, article_series, score_by_series
from rapport.pipeline.types import MeetingRecord, RawDocument

Extract = Callable[
    [Sequence[RawDocument], Path], list[tuple[tuple[MeetingRecord, ...], str | None]]
]
"""Documents and a resource directory → each document's meetings and error."""


@dataclass(frozen=True)
class SeriesDrop:
    """One series scored with every rule and without the rules that fire only in it."""

    key: str
    mechanism: str | None
    articles: tuple[str, ...]
    own_rules: tuple[Rule, ...]
    full: Score
    held_out: Score

    @property
    def field_drop(self) -> float:
        """How much the series' overall field F1 falls without its own rules."""
        return self.full.overall.f1 - self.held_out.overall.f1

    @property
    def detection_drop(self) -> float:
        """How much the series' detection F1 falls without its own rules."""
        return self.full.detection.f1 - self.held_out.detection.f1


def rules_per_series(
    run: CorpusRun, root: Path | None = None
) -> dict[str, tuple[list[str], list[Rule]]]:
    """Each series' articles and the rules that fire in them and in no other article."""
    articles = [article_run.article for article_run in run.articles]
    fired = firing(load_rules(root), {article.id: article.text for article in articles})
    members: dict[str, list[str]] = {}
    for article in articles:
        for key in article_series(article.meetings):
            members.setdefault(key, []).append(article.id)
    return {key: (ids, rules_only_in(fired, ids)) for key, ids in members.items()}


def leave_one_series_out(
    run: CorpusRun,
    root: Path | None = None,
    extract: Extract | None = None,
) -> list[SeriesDrop]:
    """Every series of ``run`` scored with and without its own rules (``run`` holds the former).

    ``extract`` runs an extractor built from a resource directory (by default a separate
    process, :func:`rapport.evaluation.isolated.extract_with_resources`).
    """
    root = root or resource_root()
    extract = extract or isolated.extract_with_resources
    full = {entry.key: entry for entry in score_by_series(run)}
    by_id = {article_run.article.id: article_run.article for article_run in run.articles}
    drops = []
    for key, (ids, own) in rules_per_series(run, root).items():
        held_out = full[key].score
        if own:
            held_out = _score_without(key, [by_id[i] for i in ids], own, root, extract)
        entry = full[key]
        drops.append(
            SeriesDrop(key, entry.mechanism, tuple(ids), tuple(own), entry.score, held_out)
        )
    return sorted(
        drops,
        key=lambda drop: (drop.key == NEGATIVES, -drop.field_drop, -drop.detection_drop, drop.key),
    )


def _score_without(
    key: str, articles: list[GoldArticle], own: list[Rule], root: Path, extract: Extract
) -> Score:
    """Series ``key``'s score on ``articles`` by an extractor built without the rules ``own``."""
    with tempfile.TemporaryDirectory(prefix="rapport-loso-") as scratch:
        copy = Path(scratch) / "resources"
        write_filtered(root, copy, own)
        outputs = extract([article.raw_document() for article in articles], copy)
    run = CorpusRun()
    for article, (predicted, error) in zip(articles, outputs, strict=True):
        score = score_article(predicted, article.meetings, article.id)
        run.articles.append(ArticleRun(article, predicted, score, None, error))
        run.score.add(score)
    series: dict[str, SeriesScore] = {entry.key: entry for entry in score_by_series(run)}
    return series[key].score
