"""Entry point of the ``rapport`` command: global options and the sub-command registry.

Each sub-command lives in its own module ``rapport.cli.cmd_<name>`` exposing ``HELP`` (one
line), ``EXAMPLE`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``. Modules keep
heavy imports inside ``run`` so that ``rapport --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from types import ModuleType

from rapport import __version__
from rapport.cli.errors import user_error

# Order is the order of ``rapport --help``.
COMMANDS: tuple[str, ...] = (
    "extract",
    "eval",
    "ingest",
    "export",
    "followup",
    "serve",
    "migrate",
    "createuser",
    "token",
    "sample",
    "dump",
    "load",
    "brief",
)


def _command_module(name: str) -> ModuleType:
    """The module of a sub-command; every listed command exists, so a failed import is a bug."""
    return importlib.import_module(f"rapport.cli.cmd_{name.replace('-', '_')}")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command and its example."""
    modules = {name: _command_module(name) for name in COMMANDS}
    epilog = "commands:\n" + "\n".join(
        f"  {name:<11} {module.HELP}\n  {'':<11}   e.g. {module.EXAMPLE}"
        for name, module in modules.items()
    )
    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rapport keeps the memory of human-rights dialogues and follows up their promises.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rapport {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="SQLite database file (default: $RAPPORT_DB or ./rapport.sqlite3); "
        "set RAPPORT_DATABASE_URL=postgresql://... for PostgreSQL",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in modules.items():
        command = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=f"example:\n  {module.EXAMPLE}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        command.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the sub-command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db:
        os.environ["RAPPORT_DB"] = os.path.abspath(args.db)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        message = user_error(error)
        if message is None:
            raise  # a bug: the traceback is what to report
        print(f"error: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
