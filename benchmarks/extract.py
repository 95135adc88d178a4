"""Throughput of ``extract`` on one core: HTML and text through the whole pipeline, and trafilatura alone.

Usage: python benchmarks/extract.py [--pages N] [--seed S] [--repeat R]

Pages are synthetic news pages (~9 KB of HTML around ~4 KB of article text, with navigation,
sidebars, related links and a footer; see ``extract_pages.py``). Trafilatura alone runs
``extract`` plus ``extract_metadata`` on the same pages in the same run, so the ratio says
what the pipeline costs on top of its HTML cleaning. The process is pinned to one CPU where
the OS allows it; each figure is the best of ``--repeat`` rounds after a warm-up, and within a
round each page goes through every way in turn (in alternating order), so drift of the
machine's speed during the run does not skew the ratio.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence

from extract_pages import (  # a sibling: ``python benchmarks/extract.py`` puts it on sys.path
    Page,
    pages,
)


def pin_to_one_core() -> str:
    """Restrict this process to one CPU (Linux); say which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this OS)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def docs_per_second(
    works: Sequence[Callable[[Page], object]], corpus: Sequence[Page], repeat: int
) -> list[float]:
    """Each way's best documents/second over ``repeat`` rounds, after a warm-up.

    Within a round every page goes through each way in turn, and each way's times are summed:
    a machine whose speed drifts (a shared VM) slows all of them alike, even within a round,
    so their ratio stays fair. The order of the ways is reversed on every other page, so that
    no way always runs first (or right after another) on a page.
    """
    for work in works:
        for page in corpus[:5]:
            work(page)
    best = [float("inf")] * len(works)
    forward = list(enumerate(works))
    orders = (forward, forward[::-1])
    clock = time.perf_counter
    for _ in range(repeat):
        spent = [0.0] * len(works)
        for number, page in enumerate(corpus):
            for index, work in orders[number % 2]:
                start = clock()
                work(page)
                spent[index] += clock() - start
        best = [min(old, new) for old, new in zip(best, spent, strict=True)]
    return [len(corpus) / seconds for seconds in best]


def main() -> int:
    """Print the machine, then documents/second for each way of reading the pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import trafilatura

    from rapport.pipeline.process import process_document
    from rapport.pipeline.types import RawDocument

    pinned = pin_to_one_core()
    corpus = pages(args.pages, args.seed)
    html_kb = sum(len(p.html.encode()) for p in corpus) / len(corpus) / 1024
    text_kb = sum(len(p.text.encode()) for p in corpus) / len(corpus) / 1024
    print(
        f"machine: {platform.platform()}, {platform.machine()}, {platform.processor() or 'cpu ?'}"
    )
    print(
        f"cpu count: {os.cpu_count()} ({pinned}); python {platform.python_version()}; "
        f"trafilatura {trafilatura.__version__}"
    )
    print(
        f"pages: {len(corpus)} (mean {html_kb:.1f} KB HTML, {text_kb:.1f} KB text), best of {args.repeat}"
    )

    def pipeline_html(page: Page) -> object:
        return process_document(RawDocument(origin="bench", html=page.html))

    def pipeline_text(page: Page) -> object:
        return process_document(RawDocument(origin="bench", text=page.text))

    def trafilatura_alone(page: Page) -> object:
        return trafilatura.extract(page.html), trafilatura.extract_metadata(page.html)

    html_rate, text_rate, trafilatura_rate = docs_per_second(
        (pipeline_html, pipeline_text, trafilatura_alone), corpus, args.repeat
    )
    print(f"pipeline, HTML input:        {html_rate:8.1f} docs/s")
    print(f"pipeline, text input:        {text_rate:8.1f} docs/s")
    print(f"trafilatura extract+metadata:{trafilatura_rate:8.1f} docs/s")
    print(f"ratio pipeline HTML / trafilatura alone: {html_rate / trafilatura_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
