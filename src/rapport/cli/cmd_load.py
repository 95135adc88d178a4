"""``rapport load``: restore a ``rapport dump`` file into an empty database (SQLite or PostgreSQL)."""

from __future__ import annotations

import argparse
import sys

from rapport.cli.django_setup import setup_django

HELP = "load a `rapport dump` file into an empty database (migrates it first)"
EXAMPLE = "RAPPORT_DATABASE_URL=postgresql://rapport@db/rapport rapport load rapport-dump.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The dump file (``-`` for standard input)."""
    parser.add_argument("file", help="a file written by `rapport dump` (- for standard input)")


def run(args: argparse.Namespace) -> int:
    """Migrate the database, refuse if it holds data, then load every row with its key."""
    setup_django(schema=False)
    # Django's models import only once setup_django() has configured Django
    from django.core.management import call_command

    from rapport.web.api.dumps import DumpError
    from rapport.web.api.restore import load_dump

    call_command("migrate", verbosity=0, interactive=False)
    try:
        if args.file == "-":
            count = load_dump(sys.stdin)
        else:
            with open(args.file, encoding="utf-8") as lines:
                count = load_dump(lines)
    except (DumpError, OSError) as error:
        print(f"error: {args.file}: {error}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as error:
        print(f"error: {args.file}: not a Rapport dump (not UTF-8 text at byte {error.start})", file=sys.stderr)
        return 1
    print(f"loaded {count} rows from {args.file}", file=sys.stderr)
    return 0
