"""``rapport eval``: score extraction (and the merge) against a gold corpus directory."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rapport.evaluation.runner import CorpusRun, ItemId, MergeScore
    from rapport.evaluation.scorer import Score
    from rapport.pipeline.types import ExtractionResult

HELP = "score extraction (and merge) against a gold corpus of NNN.json files"
EXAMPLE = "rapport eval ../shared/eval/dev --merge --show-errors --by-series"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The gold directory and what to report."""
    parser.add_argument(
        "directory",
        metavar="DIR",
        help="gold corpus: one NNN.json per article (text, gold.meetings)",
    )
    parser.add_argument(
        "--merge", action="store_true", help="also cluster the records and report B-cubed F1"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument(
        "--show-errors", action="store_true", help="list each article's mismatches with gold"
    )
    parser.add_argument(
        "--by-series",
        action="store_true",
        help="also score each series (mechanism) apart, with their macro-average",
    )
    parser.add_argument(
        "--loso",
        action="store_true",
        help="leave one series out: score each series without the rules that fire only in it",
    )


def run(args: argparse.Namespace) -> int:
    """Score the corpus; exit 0 when it could be scored, 2 when the gold is unreadable."""
    # the scorer and the extractor load trafilatura: here, so `rapport --help` stays fast
    from rapport.evaluation.gold import GoldFormatError, load_gold_dir
    from rapport.evaluation.loso import leave_one_series_out
    from rapport.evaluation.report import loso_as_dict, render_loso, render_series, series_as_dict
    from rapport.evaluation.runner import run_extraction, score_merge
    from rapport.evaluation.series import score_by_series

    try:
        articles = load_gold_dir(args.directory)
    except GoldFormatError as error:
        print(f"rapport eval: {error}", file=sys.stderr)
        return 2
    corpus = run_extraction(articles)
    for article_run in corpus.articles:
        if article_run.error:
            print(
                f"{article_run.article.path}: extraction failed ({article_run.error})",
                file=sys.stderr,
            )
    merge = score_merge(corpus, load_clusterer()) if args.merge else None
    series = score_by_series(corpus) if args.by_series else None
    drops = leave_one_series_out(corpus) if args.loso else None
    if args.json:
        data = _as_dict(corpus, merge)
        if series is not None:
            data["series"] = series_as_dict(series)
        if drops is not None:
            data["loso"] = loso_as_dict(drops)
        print(json.dumps(data, indent=2))
        return 0
    if args.show_errors:
        print(render_errors(corpus))
    if series is not None:
        print(render_series(series))
    if drops is not None:
        print(render_loso(drops, show_rules=args.show_errors))
    print(render_table(corpus.score, len(corpus.articles), merge))
    return 0


def load_clusterer() -> Callable[[list[ExtractionResult]], Sequence[Collection[ItemId]]]:
    """The merge ingest runs, as a function of results to clusters of (article id, meeting index)."""
    # Imported here, as every command does with its heavy imports, so `rapport --help` stays fast.
    from rapport.pipeline.grouping import Item, cluster_items, publication_anchor

    def cluster(results: list[ExtractionResult]) -> list[list[ItemId]]:
        # The decision ingest runs: each record with its source's publication date as anchor.
        ids = [(str(result.id), index) for result in results for index in range(len(result.meetings))]
        items = [
            Item(meeting, publication_anchor(result.source.published, result.source.url))
            for result in results for meeting in result.meetings
        ]
        return [[ids[member] for member in group] for group in cluster_items(items)]

    return cluster


def render_table(score: Score, articles: int, merge: MergeScore | None = None) -> str:
    """The per-field table, detection and the summary lines (the last two always last)."""
    header = f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"
    lines = [f"articles: {articles}", header, "-" * len(header)]
    rows = [*score.fields.items(), ("all fields", score.overall), ("detection", score.detection)]
    for name, counts in rows:
        if name == "all fields":
            lines.append("-" * len(header))
        lines.append(
            f"{name:<12} {counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f} "
            f"{counts.tp:5d} {counts.fp:5d} {counts.fn:5d}"
        )
    lines.append(f"detection F1: {score.detection.f1:.3f}")
    if merge is not None:
        lines.append(
            f"B-cubed precision: {merge.bcubed.precision:.3f}  recall: {merge.bcubed.recall:.3f}"
            f"  ({merge.bcubed.items} predicted records merged into {merge.clusters} meetings)"
        )
        lines.append(f"B-cubed F1: {merge.bcubed.f1:.3f}")
        lines.append(
            f"negative articles merged into real meetings: {len(merge.negatives_in_meetings)}"
            + (
                f" ({', '.join(sorted(merge.negatives_in_meetings))})"
                if merge.negatives_in_meetings
                else ""
            )
        )
    lines.append(f"overall field F1: {score.overall.f1:.3f}")
    lines.append(f"meeting detection F1: {score.detection.f1:.3f}")
    return "\n".join(lines)


def render_errors(corpus: CorpusRun) -> str:
    """Each article's mismatches with gold, one per line, grouped by article."""
    lines = []
    for article_run in corpus.articles:
        if article_run.score.mismatches:
            lines.append(f"== {article_run.article.id} ({article_run.article.path})")
            lines.extend(f"   {mismatch}" for mismatch in article_run.score.mismatches)
    return "\n".join(lines) + "\n" if lines else "no mismatches\n"


def _as_dict(corpus: CorpusRun, merge: MergeScore | None) -> dict[str, Any]:
    data = {"articles": len(corpus.articles), **corpus.score.as_dict()}
    if merge is not None:
        data["merge"] = {
            "bcubed": {
                "precision": merge.bcubed.precision,
                "recall": merge.bcubed.recall,
                "f1": merge.bcubed.f1,
            },
            "negative_articles_in_meetings": sorted(merge.negatives_in_meetings),
            "meetings": merge.clusters,
        }
    return data
