"""Whether the bundled sample corpus is loaded: everything in it (states, places, meetings,
people) is fictional, and every page says so in a banner while it is there."""

from __future__ import annotations

import json
import time
from functools import cache
from importlib import resources
from typing import Any

from django.db import DatabaseError
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from rapport.web.sources.models import Source

RECHECK_SECONDS = 60  # one indexed lookup a minute per process, not one per page
_seen: dict[str, tuple[float, bool]] = {}


@cache
def sample_url() -> str:
    """The address of the sample corpus's first article (unique to it: a reserved .example domain)."""
    with resources.files("rapport").joinpath("sample/corpus.jsonl").open(encoding="utf-8") as lines:
        return str(json.loads(next(lines))["url"])


def sample_loaded() -> bool:
    """Whether the sample's first article is stored (looked up by its unique, indexed URL)."""
    now = time.monotonic()
    checked = _seen.get("sample")
    if checked is None or now - checked[0] > RECHECK_SECONDS:
        try:
            checked = (now, Source.objects.filter(url=sample_url()).exists())
        except DatabaseError:  # a database not migrated yet holds no sample
            return False
        _seen["sample"] = checked
    return checked[1]


def sample_banner(request: HttpRequest) -> dict[str, Any]:
    """Template context: ``sample_data`` is true while the fictional sample is loaded (asked
    only when a template reads it: pages without the banner do not touch the database)."""
    return {"sample_data": SimpleLazyObject(sample_loaded)}
