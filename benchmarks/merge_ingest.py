"""B-cubed of the meetings a real ingest builds, not of the clustering alone.

Usage:
  python benchmarks/merge_ingest.py [GOLD_DIR] [--seeds 3] [--batch-sizes 1,7,100]

Extracts every article of a gold directory (read at run time, never copied), then ingests the
results into a fresh SQLite store several times — in the corpus's order and shuffled, in
batches of each given size — and scores the stored meetings against the gold event keys as
``rapport eval --merge`` scores the pure grouping (a report without a meeting is a meeting of
its own). It also says whether every run left the same meetings.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def main() -> int:
    """Run the ingests and print one line each, then whether their meetings agree."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--seeds", type=int, default=3, help="shuffled orders to try besides the corpus order")
    parser.add_argument("--batch-sizes", default="1,7,100", help="documents per write batch, comma-separated")
    args = parser.parse_args()
    os.environ["RAPPORT_DB"] = str(Path(tempfile.mkdtemp(prefix="rapport-merge-")) / "store.sqlite3")
    os.environ.pop("RAPPORT_DATABASE_URL", None)
    from rapport.cli.django_setup import setup_django

    setup_django()
    from django.core.management import call_command

    from rapport.evaluation.bcubed import bcubed, negative_articles_in_meetings
    from rapport.evaluation.gold import load_gold_dir
    from rapport.evaluation.runner import _results, gold_labels, run_extraction

    call_command("migrate", interactive=False, verbosity=0)
    run = run_extraction(load_gold_dir(args.gold))
    labels = gold_labels(run)
    results = [r for r in _results(run) if r.meetings]
    negatives = {a.article.id for a in run.articles if a.article.is_negative}
    print(f"{len(run.articles)} articles, {len(labels)} records from {args.gold}")
    partitions = set()
    sizes = [int(n) for n in args.batch_sizes.split(",")]
    for seed in range(args.seeds + 1):
        order = results[:]
        if seed:
            random.Random(seed).shuffle(order)
        for size in sizes:
            call_command("flush", interactive=False, verbosity=0)
            started = time.perf_counter()
            clusters = _ingest(order, size)
            elapsed = time.perf_counter() - started
            score = bcubed(clusters, labels)
            found = negative_articles_in_meetings(clusters, labels, {i: i[0] for i in labels}, negatives)
            partitions.add(frozenset(frozenset(c) for c in clusters))
            print(f"order {'corpus' if not seed else f'seed {seed}':<8} batch {size:>4}: B-cubed F1 {score.f1:.3f} "
                  f"(P {score.precision:.3f} R {score.recall:.3f}), {len(clusters)} meetings, "
                  f"negatives in meetings {len(found)}, {elapsed:.2f} s")
    print("same meetings in every run" if len(partitions) == 1 else f"{len(partitions)} different groupings")
    return 0 if len(partitions) == 1 else 1


def _ingest(results: list, size: int) -> list[list[tuple[str, int]]]:
    """Ingest ``results`` in batches of ``size``; the stored meetings as clusters of (article, index)."""
    from rapport.web.core.actor import acting_as
    from rapport.web.sources.models import Report
    from rapport.web.sources.services import source_ingest_many

    with acting_as(label="benchmark:merge"):
        for start in range(0, len(results), size):
            source_ingest_many(results=[(r, r.origin) for r in results[start:start + size]])
    clusters: dict[object, list[tuple[str, int]]] = defaultdict(list)
    for article, position, meeting, pk in Report.objects.values_list("source__input_id", "position", "meeting_id", "pk"):
        clusters[meeting if meeting is not None else ("unplaced", pk)].append((article, position))
    return list(clusters.values())


if __name__ == "__main__":
    sys.exit(main())
