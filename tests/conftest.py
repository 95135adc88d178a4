"""Suite-wide settings: which database the run uses, and which tests never touch one."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
# Tests of the pure pipeline, the scorer and the corpus files never open a database: they run
# once, in the SQLite pass; the PostgreSQL pass (`-m "not pure"`) runs everything else again.
PURE_DIRS = ("pipeline", "evaluation", "corpus", "cli")
PURE_FILES = ("test_import_boundary.py", "test_eval_floors.py", "test_cli_help.py")


def pytest_report_header(config: pytest.Config) -> str:
    """Say which database this run is against, so a log shows both passes."""
    from rapport.web.database import database_config

    db = database_config()
    engine = db["ENGINE"].rsplit(".", 1)[-1]
    where = f"{db.get('HOST')}:{db.get('PORT')}" if engine == "postgresql" else "file"
    return f"rapport database backend: {engine} ({where})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests that need no database as ``pure``."""
    for item in items:
        relative = Path(str(item.path)).resolve().relative_to(TESTS_DIR)
        if relative.parts[0] in PURE_DIRS or relative.name in PURE_FILES:
            item.add_marker(pytest.mark.pure)
