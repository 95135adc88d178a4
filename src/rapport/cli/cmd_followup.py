"""``rapport followup``: recompute promise statuses as of a date and list them."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from rapport.cli.arguments import iso_date
from rapport.cli.django_setup import setup_django

HELP = "recompute which promises (next rounds) are pending, fulfilled (late), overdue or superseded; list them"
EXAMPLE = "rapport followup --as-of 2026-01-01"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--as-of, --status."""
    parser.add_argument("--as-of", type=iso_date, metavar="DATE", help="the date to judge by (default: today)")
    parser.add_argument("--status", metavar="STATUS",
                        help="list only promises with this status (pending, fulfilled, fulfilled_late, overdue, superseded)")


def run(args: argparse.Namespace) -> int:
    """Refresh statuses (recorded as a ``cli:followup`` change) and print one line a promise."""
    setup_django()
    # Django's models import only once setup_django() has configured Django
    from rapport.web.core.actor import acting_as
    from rapport.web.followup.models import PromiseStatus
    from rapport.web.followup.selectors import promise_list
    from rapport.web.followup.services import promise_refresh_statuses

    if args.status and args.status not in PromiseStatus.values:  # the statuses live in one place
        print(f"rapport followup: --status must be one of {', '.join(PromiseStatus.values)}", file=sys.stderr)
        return 2
    as_of = args.as_of or date.today()
    with acting_as(label="cli:followup"):
        counts = promise_refresh_statuses(as_of=as_of)
    for promise in promise_list(status=args.status, as_of=as_of):
        made = promise.meeting
        where = f" in {promise.place}" if promise.place else ""
        kept = ""
        if promise.fulfilled_by:
            kept = f" by meeting #{promise.fulfilled_by_id} ({promise.fulfilled_by.date or 'undated'})"
        print(f"{promise.status:<14} {made} → next meeting {promise.due or 'undated'}{where}{kept}")
    total = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no promises"
    print(f"as of {as_of.isoformat()}: {total}")
    return 0
