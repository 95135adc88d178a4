"""``rapport export``: every meeting, mechanism or promise, reviewed or not, as JSONL, JSON or CSV."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from rapport.cli.arguments import iso_date
from rapport.cli.django_setup import setup_django

HELP = "export meetings, mechanisms or promises (with review status, sources, conflicts)"
EXAMPLE = "rapport export meetings --format csv -o meetings.csv"

KINDS = ("meetings", "mechanisms", "promises")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """WHAT, --format, --as-of, -o."""
    parser.add_argument("what", choices=KINDS, help="which records to export")
    parser.add_argument("--format", choices=("jsonl", "json", "csv"), default="jsonl",
                        help="one JSON object a line (default), one JSON array, or CSV")
    parser.add_argument("--as-of", type=iso_date, metavar="DATE",
                        help="promises: compute statuses as of this date (default: as last refreshed)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def _cell(value: Any) -> str:
    """A CSV cell: lists of scalars joined by '; ', structures as JSON, None empty; text formula-safe."""
    # rapport.web.api imports Django's models: only once setup_django() has run
    from rapport.web.api.exports import formula_safe

    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return formula_safe("; ".join(map(str, value)))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return formula_safe(str(value))


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write ``rows`` in ``fmt`` to ``out``; return how many were written."""
    if fmt == "json":
        items = list(rows)
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(items)
    count = 0
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        count += 1
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return count


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if not path or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        yield handle


def run(args: argparse.Namespace) -> int:
    """Export the chosen records; the count goes to stderr so stdout stays data."""
    setup_django()
    # Django's models import only once setup_django() has configured Django
    from rapport.web.dialogues.exports import mechanism_export_rows, meeting_export_rows
    from rapport.web.followup.selectors import promise_export_rows

    exporters: dict[str, Callable[[], Iterator[dict[str, Any]]]] = {
        "meetings": meeting_export_rows,
        "mechanisms": mechanism_export_rows,
        "promises": lambda: promise_export_rows(as_of=args.as_of),
    }
    rows = exporters[args.what]()
    with _output(args.output) as out:
        count = write_rows(rows, args.format, out)
    print(f"exported {count} {args.what}", file=sys.stderr)
    return 0
