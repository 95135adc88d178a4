"""Start Django for the commands that use the tracker (the pipeline commands never do)."""

from __future__ import annotations

import os
import sys


class CommandError(Exception):
    """A problem the user can fix, told in one line (``error: ...``) instead of a traceback."""


def setup_django(*, schema: bool = True) -> None:
    """Configure settings from the environment (``RAPPORT_DB``, ``RAPPORT_DATABASE_URL``) once.

    With ``schema``, the database is made ready too: a new, empty one gets the schema
    (``migrate``), one that lacks some migrations is refused with the command that fixes it.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rapport.web.settings")
    # Django is imported only by the commands that use the tracker
    import django

    django.setup()
    if schema:
        ensure_schema()


def ensure_schema() -> None:
    """Create the schema of a new database; refuse one a newer or older Rapport left behind."""
    # Django is imported only by the commands that use the tracker
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    missing = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if not missing:
        return
    if executor.loader.applied_migrations:
        raise CommandError(f"the database lacks {len(missing)} migration(s); run `rapport migrate` first")
    call_command("migrate", interactive=False, verbosity=0)
    print("created the database schema (a new database)", file=sys.stderr)
