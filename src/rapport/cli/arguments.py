"""Argument types shared by the sub-commands."""

from __future__ import annotations

import argparse
from datetime import date


def iso_date(value: str) -> date:
    """An ``--as-of``-style argument: a date YYYY-MM-DD, or a usage error saying so."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None
