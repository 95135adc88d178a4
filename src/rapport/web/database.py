"""Database selection: a SQLite file by default, PostgreSQL from ``RAPPORT_DATABASE_URL``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


class DatabaseUrlError(ValueError):
    """``RAPPORT_DATABASE_URL`` names a database Rapport cannot use."""


def database_config(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Django's ``DATABASES['default']`` for the current environment."""
    env = os.environ if environ is None else environ
    url = env.get("RAPPORT_DATABASE_URL", "").strip()
    if url:
        return _postgres_config(url)
    path = Path(env.get("RAPPORT_DB") or "rapport.sqlite3").expanduser().resolve()
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        # WAL lets readers (the web app) go on while an ingest writes.
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        },
        "TEST": {"NAME": env.get("RAPPORT_TEST_DB") or None},
    }


def _postgres_config(url: str) -> dict[str, Any]:
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise DatabaseUrlError(
            f"RAPPORT_DATABASE_URL must start with postgresql:// (got {parts.scheme}://)"
        )
    host = parts.hostname or ""
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    # A Unix-socket directory may be given as ?host=/path, as libpq allows.
    host = unquote(query.get("host", host))
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")) or "rapport",
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(parts.port or query.get("port", "")),
        "CONN_MAX_AGE": 60,
    }
