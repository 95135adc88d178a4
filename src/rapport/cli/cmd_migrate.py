"""``rapport migrate``: create or upgrade the database schema."""

from __future__ import annotations

import argparse

from rapport.cli.django_setup import setup_django

HELP = "create or upgrade the database schema"
EXAMPLE = "rapport --db rapport.sqlite3 migrate"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the database comes from --db or RAPPORT_DATABASE_URL."""


def run(args: argparse.Namespace) -> int:
    """Apply every migration."""
    setup_django(schema=False)
    # Django's models import only once setup_django() has configured Django
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)
    return 0
