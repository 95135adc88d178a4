"""``rapport dump``: the whole instance as one JSONL file, stable byte for byte."""

from __future__ import annotations

import argparse
import sys

from rapport.cli.django_setup import setup_django

HELP = "dump the whole instance (records, users, tokens, history) to a JSONL file for `rapport load`"
EXAMPLE = "rapport --db rapport.sqlite3 dump rapport-dump.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The output file (``-`` for standard output)."""
    parser.add_argument("file", help="where to write the dump (- for standard output)")


def run(args: argparse.Namespace) -> int:
    """Write the dump; same data, same bytes (deterministic order and formatting)."""
    setup_django()
    # Django's models import only once setup_django() has configured Django
    from rapport.web.api.dumps import write_dump

    if args.file == "-":
        write_dump(sys.stdout)
        return 0
    with open(args.file, "w", encoding="utf-8", newline="\n") as out:
        count = write_dump(out)
    print(f"dumped {count} rows to {args.file}", file=sys.stderr)
    return 0
