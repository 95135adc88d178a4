"""``rapport serve``: run the tracker's web app with waitress (static files through WhiteNoise)."""

from __future__ import annotations

import argparse

from rapport.cli.django_setup import CommandError, setup_django

HELP = "serve the web app with waitress (a production WSGI server, not Django's dev server)"
EXAMPLE = "rapport --db rapport.sqlite3 serve --host 127.0.0.1 --port 8000 --threads 8"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Host, port and worker threads."""
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument("--threads", type=int, default=4, help="worker threads (default 4)")


def run(args: argparse.Namespace) -> int:
    """Start waitress on the Django WSGI application and serve until interrupted."""
    setup_django()
    # Django's models import only once setup_django() has configured Django
    from waitress import create_server

    from rapport.web.wsgi import application

    try:
        server = create_server(application, host=args.host, port=args.port, threads=max(1, args.threads),
                               ident="rapport")
    except OSError as error:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    print(f"Rapport serving on http://{args.host}:{args.port}/ (Ctrl-C to stop)", flush=True)
    server.run()
    return 0
