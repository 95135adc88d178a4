"""Start Django for the commands that use the tracker (the pipeline commands never do)."""

from __future__ import annotations

import os


def setup_django() -> None:
    """Configure settings from the environment (``RAPPORT_DB``, ``RAPPORT_DATABASE_URL``) once."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rapport.web.settings")
    import django

    django.setup()
