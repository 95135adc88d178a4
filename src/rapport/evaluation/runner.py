"""Run the extractor (and optionally the merge) over a gold corpus and score what it produced."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from rapport.evaluation.bcubed import BCubed, bcubed, negative_articles_in_meetings
from rapport.evaluation.gold import GoldArticle
from rapport.evaluation.scorer import Score, score_article
from rapport.pipeline.types import ExtractionResult, MeetingRecord, RawDocument, SourceInfo

Process = Callable[[RawDocument], ExtractionResult]
ItemId = tuple[str, int]
"""A predicted record: (article id, index among that article's predicted meetings)."""


@dataclass(frozen=True)
class ArticleRun:
    """What the extractor predicted for one gold article, and how it scored."""

    article: GoldArticle
    predicted: tuple[MeetingRecord, ...]
    score: Score
    result: ExtractionResult | None = None
    """The extractor's whole result (None when it failed)."""
    error: str | None = None
    """Why extraction failed (its meetings then count as none predicted), or None."""


@dataclass
class CorpusRun:
    """Every article's run and the corpus's summed score."""

    articles: list[ArticleRun] = field(default_factory=list)
    score: Score = field(default_factory=Score)


@dataclass(frozen=True)
class MergeScore:
    """B-cubed of the clustering of predicted records, and negatives merged into real meetings."""

    bcubed: BCubed
    negatives_in_meetings: frozenset[str]
    clusters: int


def default_process() -> Process:
    """The pipeline's extractor (imported late: it loads trafilatura and the resources)."""
    # late: loads trafilatura and the resources
    from rapport.pipeline.process import process_document

    process: Process = process_document
    return process


def run_extraction(articles: Sequence[GoldArticle], process: Process | None = None) -> CorpusRun:
    """Extract every article and score it against its gold meetings."""
    process = process or default_process()
    run = CorpusRun()
    for article in articles:
        result, error = None, None
        try:
            result = process(article.raw_document())
        except Exception as failure:  # one crash must not hide the scores of the rest
            error = f"{type(failure).__name__}: {failure}"
        predicted = result.meetings if result is not None else ()
        score = score_article(predicted, article.meetings, article.id)
        run.articles.append(ArticleRun(article, tuple(predicted), score, result, error))
        run.score.add(score)
    return run


def gold_labels(run: CorpusRun) -> dict[ItemId, str | None]:
    """Each predicted record's gold event key, through the scorer's alignment (None: unaligned)."""
    labels: dict[ItemId, str | None] = {}
    for article_run in run.articles:
        aligned = dict(article_run.score.alignment)
        for index in range(len(article_run.predicted)):
            gold_index = aligned.get(index)
            meeting = article_run.article.meetings[gold_index] if gold_index is not None else None
            key = meeting.get("event_key") if meeting is not None else None
            # A gold meeting without an event key still is a real meeting: give it a unique class.
            labels[(article_run.article.id, index)] = (
                key or f"{article_run.article.id}#{gold_index}" if meeting is not None else None
            )
    return labels


def score_merge(
    run: CorpusRun, cluster: Callable[[list[ExtractionResult]], Sequence[Collection[ItemId]]]
) -> MergeScore:
    """B-cubed of ``cluster`` (records → groups of ItemIds) against the gold event keys."""
    labels = gold_labels(run)
    clusters = cluster(_results(run))
    negatives = {a.article.id for a in run.articles if a.article.is_negative}
    article_of = {item: item[0] for item in labels}
    found = negative_articles_in_meetings(clusters, labels, article_of, negatives)
    return MergeScore(bcubed(clusters, labels), frozenset(found), len(clusters))


def _results(run: CorpusRun) -> list[ExtractionResult]:
    """Each article's ExtractionResult with ``id`` set to the article id, for the merge."""
    results = []
    for article_run in run.articles:
        article = article_run.article
        result = article_run.result or ExtractionResult(
            source=SourceInfo(
                article.title, article.published, article.outlet, "en", len(article.text)
            ),
            text=article.text,
        )
        results.append(
            replace(result, id=article.id, origin=article.path, meetings=article_run.predicted)
        )
    return results
