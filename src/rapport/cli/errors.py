"""One-line messages for the faults a user can fix: a bad database, a missing file, a busy port."""

from __future__ import annotations

import os
import sys
from urllib.parse import urlsplit

from rapport.cli.django_setup import CommandError


def _database_name() -> str:
    """The database the command was pointed at, as the user named it."""
    url = os.environ.get("RAPPORT_DATABASE_URL", "").strip()
    if url:
        parts = urlsplit(url)
        return f"PostgreSQL at {parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"
    return os.environ.get("RAPPORT_DB") or "rapport.sqlite3"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _database_message(error: BaseException) -> str:
    """What a database error means for the user, with what to do."""
    detail = _first_line(error)
    where = _database_name()
    lowered = detail.lower()
    if "no such table" in lowered or ("relation" in lowered and "does not exist" in lowered):
        return f"{where} has no Rapport tables ({detail}); run `rapport migrate` first"
    if "file is not a database" in lowered:
        return f"{where} is not a SQLite database; give --db a new file or a Rapport database"
    if "readonly" in lowered or "read-only" in lowered:
        return f"{where} is read-only ({detail}); give --db a file you may write"
    if "unable to open database" in lowered:
        return f"cannot open {where} ({detail}); check the folder exists and may be written"
    if "connection" in lowered or "does not exist" in lowered or "password" in lowered:
        return f"cannot use {where}: {detail}; check the server runs and RAPPORT_DATABASE_URL"
    return f"{where}: {detail}"


def user_error(error: BaseException) -> str | None:
    """The one-line message for ``error`` when it is a fault of the input or setup, else None."""
    # here, not above: pipeline commands never import the ingest lock (nor Django)
    from rapport.ingest.lock import IngestBusy

    if isinstance(error, CommandError | IngestBusy):
        return str(error)
    if isinstance(error, OSError):
        name = f"{error.filename}: " if error.filename is not None else ""
        return f"{name}{error.strerror or _first_line(error)}"
    if "django" not in sys.modules:
        return None
    # Django's errors come only from a command that imported it (checked above)
    from django.core.exceptions import ImproperlyConfigured
    from django.db import Error as DatabaseError

    from rapport.web.database import DatabaseUrlError

    if isinstance(error, DatabaseUrlError):
        return str(error)
    if isinstance(error, ImproperlyConfigured):
        return f"{_first_line(error)} (PostgreSQL needs `pip install -e \".[postgres]\"`)" if "psycopg" in str(
            error) else _first_line(error)
    if isinstance(error, DatabaseError):
        return _database_message(error)
    return None
