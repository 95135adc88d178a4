"""Search across dialogues, meetings, people and sources (the web app's search, as data)."""

from __future__ import annotations

from typing import Any, Literal

from django.db.models import Q
from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from rapport.web.accounts.visibility import visible_meetings, visible_sources
from rapport.web.api.auth import require_reader
from rapport.web.api.errors import error_responses
from rapport.web.api.listing import WindowQuery
from rapport.web.api.routers.dialogues import dialogues_for
from rapport.web.api.routers.people import people_for
from rapport.web.api.schemas import SearchPage

router = Router(tags=["search"])
PER_KIND = 200  # hits gathered per kind before paging: a search is for finding, not exporting
SNIPPET = 160


class SearchQuery(WindowQuery):
    """Words to find, and which kinds of record to look in."""

    q: str = Field(..., min_length=1, max_length=200, description="words to find")
    kind: Literal["dialogue", "meeting", "person", "source"] | None = Field(None, description="only this kind")


def _snippet(text: str, words: str) -> str:
    """The part of ``text`` around the first occurrence of ``words``."""
    at = text.casefold().find(words.casefold())
    start = max(0, at - SNIPPET // 3) if at >= 0 else 0
    piece = " ".join(text[start: start + SNIPPET].split())
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(text) else "")


def _hits(user: Any, words: str, kind: str | None) -> list[dict[str, Any]]:
    """Matching records of each kind, in a stable order."""
    hits: list[dict[str, Any]] = []
    if kind in (None, "dialogue"):
        for m in dialogues_for(user).filter(Q(name__icontains=words) | Q(key__icontains=words))[:PER_KIND]:
            hits.append({"kind": "dialogue", "id": m.pk, "title": m.name, "snippet": ", ".join(m.aliases or [])})
    if kind in (None, "meeting"):
        found = visible_meetings(user).filter(
            Q(mechanism__name__icontains=words) | Q(place_city__icontains=words)
            | Q(participations__person__name__icontains=words)
        ).select_related("mechanism").distinct().order_by("date_start", "id")[:PER_KIND]
        hits += [{"kind": "meeting", "id": m.pk, "title": str(m), "snippet": m.place} for m in found]
    if kind in (None, "person"):
        people = people_for(user).filter(Q(name__icontains=words) | Q(aliases__name__icontains=words)).distinct()
        hits += [{"kind": "person", "id": p.pk, "title": p.name, "snippet": ""} for p in people[:PER_KIND]]
    if kind in (None, "source"):
        sources = visible_sources(user).filter(Q(title__icontains=words) | Q(text__icontains=words))
        for s in sources.order_by("-published", "id")[:PER_KIND]:
            hits.append({"kind": "source", "id": s.pk, "title": str(s), "snippet": _snippet(s.text, words)})
    return hits


@router.get("/search", response={200: SearchPage, **error_responses(401, 422)}, summary="Search")
def search(request: HttpRequest, query: Query[SearchQuery]) -> Any:
    """Records whose names, places, people or text contain the words."""
    user = require_reader(request).user
    hits = _hits(user, query.q.strip(), query.kind)
    return {"total": len(hits), "limit": query.limit, "offset": query.offset,
            "items": hits[query.offset: query.offset + query.limit]}
