"""``rapport ingest``: read documents and corpora into the tracker, resumably and once only."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from rapport.cli.arguments import iso_date
from rapport.cli.django_setup import setup_django
from rapport.ingest.cluster import parse_cluster

HELP = "ingest documents, folders and JSONL corpora into the tracker (re-runs skip done work)"
EXAMPLE = "rapport ingest corpus.jsonl.gz pages/ --batch-size 200"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH..., --as-of, --batch-size, --max-bytes."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="an .html/.htm/.txt file, a folder (recursive), a .jsonl(.gz) corpus, or -")
    parser.add_argument("--as-of", type=iso_date, metavar="DATE",
                        help="date against which promise statuses are computed (default: today)")
    parser.add_argument("--batch-size", type=int, default=100, metavar="N",
                        help="documents written per transaction (default: 100)")
    parser.add_argument("--max-bytes", type=int, default=None, metavar="N",
                        help="largest document or JSONL line read, in bytes (default: 5 MiB)")
    parser.add_argument("--dask", metavar="CLUSTER", type=_cluster,
                        help="extract on Dask: local[:N] (N worker processes here, default one per CPU) "
                        "or the scheduler address tcp://HOST:PORT; the results are the same")


def _cluster(value: str) -> str:
    try:
        parse_cluster(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


class _ProgressBar:
    """A one-line counter on stderr, redrawn at most ten times a second."""

    def __init__(self) -> None:
        self.started = self.shown = time.monotonic()

    def __call__(self, counts: Counter[str]) -> None:
        now = time.monotonic()
        if now - self.shown < 0.1:
            return
        self.shown = now
        rate = counts["read"] / max(now - self.started, 1e-6)
        sys.stderr.write(
            f"\r  read {counts['read']:>7}  new {counts['new']:>7}  duplicate "
            f"{counts['duplicate'] + counts['skipped']:>6}  rejected {counts['rejected']:>5}  "
            f"({rate:.0f}/s)"
        )
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")


def run(args: argparse.Namespace) -> int:
    """Ingest, print the summary; exit 1 when any input was rejected."""
    setup_django()
    # Django's models import only once setup_django() has configured Django
    from rapport.ingest.runner import ingest_paths
    from rapport.web.core.actor import acting_as

    bar = _ProgressBar() if sys.stderr.isatty() else None
    with acting_as(label="cli:ingest"):
        options = {"batch_size": args.batch_size, "max_bytes": args.max_bytes, "as_of": args.as_of, "progress": bar}
        if args.dask:
            # Django's models import only once setup_django() has configured Django
            from rapport.ingest.dask_runner import ingest_on_dask

            summary = ingest_on_dask(args.dask, args.paths, **options)
        else:
            summary = ingest_paths(args.paths, **options)
    if bar is not None:
        bar.close()
    c = summary.counts
    print(f"read {c['read']}, new {c['new']}, duplicate {c['duplicate'] + c['skipped']} "
          f"({c['skipped']} done in an earlier run), rejected {c['rejected']}")
    if summary.promises:
        print("promises: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.promises.items())))
    for rejection in summary.rejections:
        print(f"rejected {rejection.message()}")
    return 1 if summary.rejections else 0
