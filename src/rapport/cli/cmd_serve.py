"""``rapport serve``: run the tracker's web app with waitress (static files through WhiteNoise)."""

from __future__ import annotations

import argparse
import sys

HELP = "serve the web app with waitress (a production WSGI server, not Django's dev server)"
EXAMPLE = "rapport --db rapport.sqlite3 serve --host 127.0.0.1 --port 8000 --threads 8"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Host, port and worker threads."""
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument("--threads", type=int, default=4, help="worker threads (default 4)")


def _unapplied_migrations() -> int:
    """How many migrations the database still lacks."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def run(args: argparse.Namespace) -> int:
    """Start waitress on the Django WSGI application and serve until interrupted."""
    from rapport.cli.django_setup import setup_django

    setup_django()
    if missing := _unapplied_migrations():
        print(
            f"error: the database lacks {missing} migration(s); run `rapport migrate` first",
            file=sys.stderr,
        )
        return 1
    from waitress import serve

    from rapport.web.wsgi import application

    print(f"Rapport serving on http://{args.host}:{args.port}/ (Ctrl-C to stop)", flush=True)
    serve(application, host=args.host, port=args.port, threads=max(1, args.threads), ident="rapport")
    return 0
