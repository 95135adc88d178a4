"""The API's resource routers, in the order the documentation lists them."""

from __future__ import annotations

from ninja import Router

from rapport.web.api.routers import (
    dialogues,
    ingest,
    meetings,
    people,
    promises,
    review,
    search,
    sources,
)

ROUTERS: list[tuple[str, Router]] = [
    ("", dialogues.router),
    ("", meetings.router),
    ("", people.router),
    ("", promises.router),
    ("", sources.router),
    ("", search.router),
    ("", ingest.router),
    ("", review.router),
]
