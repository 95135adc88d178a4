"""``rapport brief``: the briefing pack on a dialogue for its next round, as HTML or PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from rapport.cli.arguments import iso_date
from rapport.cli.django_setup import setup_django

HELP = "write the briefing pack on a dialogue (last round, promises, themes, sources) as HTML or PDF"
EXAMPLE = 'rapport brief "Norvessa-Tarvonia Human Rights Dialogue" --as-of 2025-06-01 --format pdf -o brief.pdf'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The dialogue, the date of the situation, the format and the output file."""
    parser.add_argument("dialogue", help="the dialogue's id, name, slug or an alias (near misses are matched)")
    parser.add_argument("--as-of", type=iso_date, metavar="DATE", help="situation as of this day (default today)")
    parser.add_argument("--format", choices=("html", "pdf"), default="pdf", help="default pdf")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="where to write it (default briefing-<id>-<date>.<format>; - for stdout)")


def run(args: argparse.Namespace) -> int:
    """Find the dialogue, render the pack and write it."""
    setup_django()
    # Django's models import only once setup_django() has configured Django
    from rapport.web.briefing import brief_html, brief_pdf
    from rapport.web.briefing.lookup import MechanismNotFound, mechanism_find

    try:
        mechanism = mechanism_find(args.dialogue)
    except MechanismNotFound as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    as_of = args.as_of or dt.date.today()
    data = brief_pdf(mechanism, as_of) if args.format == "pdf" else brief_html(mechanism, as_of).encode("utf-8")
    output = args.output or f"briefing-{mechanism.pk}-{as_of.isoformat()}.{args.format}"
    if output == "-":
        sys.stdout.buffer.write(data)
        return 0
    with open(output, "wb") as out:
        out.write(data)
    print(f"wrote the briefing on {mechanism.name!r} as of {as_of} to {output}", file=sys.stderr)
    return 0
