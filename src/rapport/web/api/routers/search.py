"""Search across dialogues, meetings, people, countries, themes and sources: the web app's
search (``search.everything``) as data, with the same words, filters and results."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from rapport.web.api.auth import require_reader
from rapport.web.api.errors import ApiError, error_responses
from rapport.web.api.listing import WindowQuery
from rapport.web.api.schemas import SearchPage
from rapport.web.search.everything import Found, read_filters, search_everything
from rapport.web.sources.selectors import sources_by_id
from rapport.web.ui.links import link

router = Router(tags=["search"])
SNIPPET = 160
Kind = Literal["dialogue", "meeting", "person", "country", "theme", "source"]


class SearchQuery(WindowQuery):
    """Words to find, which kinds of record to look in, and the search page's filters."""

    q: str = Field(..., min_length=1, max_length=200, description="words to find (operators such as NEAR or * are read as words)")
    kind: Kind | None = Field(None, description="only this kind")
    party: str | None = Field(None, max_length=100, description="meetings and sources of a party (ISO code)")
    dialogue: str | None = Field(None, max_length=100, description="meetings and sources of a dialogue (id)")
    theme: str | None = Field(None, max_length=100, description="meetings and sources on a theme (id)")
    year: str | None = Field(None, max_length=100, description="meetings and sources of a year")


def _snippet(text: str, words: str) -> str:
    """The part of ``text`` around the first occurrence of ``words``."""
    at = text.casefold().find(words.casefold())
    start = max(0, at - SNIPPET // 3) if at >= 0 else 0
    piece = " ".join(text[start: start + SNIPPET].split())
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(text) else "")


def found_hits(found: Found, q: str, kind: str | None) -> list[dict[str, Any]]:
    """The search's results as one list, kind by kind in the order the search page shows them."""
    hits: list[dict[str, Any]] = []
    if kind in (None, "dialogue"):
        hits += [{"kind": "dialogue", "id": m.pk, "title": m.name, "snippet": ", ".join(m.aliases or []),
                  "url": link("dialogues:detail", m.pk)} for m in found.dialogues]
    if kind in (None, "country"):
        hits += [{"kind": "country", "id": code, "title": name, "snippet": "",
                  "url": link("dialogues:country", code)} for code, name in found.countries]
    if kind in (None, "theme"):
        hits += [{"kind": "theme", "id": theme, "title": label, "snippet": "",
                  "url": link("dialogues:theme", theme)} for theme, label in found.themes]
    if kind in (None, "person"):
        hits += [{"kind": "person", "id": p.pk, "title": p.name, "snippet": "",
                  "url": link("people:detail", p.pk)} for p in found.people]
    if kind in (None, "meeting"):
        hits += [{"kind": "meeting", "id": m.pk, "title": str(m), "snippet": m.place,
                  "url": link("dialogues:meeting", m.pk)} for m in found.meetings]
    if kind in (None, "source"):
        sources = sources_by_id(source_ids=found.source_ids)
        hits += [{"kind": "source", "id": pk, "title": str(sources[pk]), "snippet": _snippet(sources[pk].text, q),
                  "url": link("sources:detail", pk)} for pk in found.source_ids if pk in sources]
    return hits


@router.get("/search", response={200: SearchPage, **error_responses(401, 422)}, summary="Search")
def search(request: HttpRequest, query: Query[SearchQuery]) -> Any:
    """Records whose names, places, people, countries, themes or text hold the words."""
    user = require_reader(request).user
    filters = read_filters(query.dict())
    if filters.problems:
        raise ApiError(422, " ".join(filters.problems))
    found = search_everything(user=user, query=query.q.strip(), filters=filters)
    hits = found_hits(found, query.q.strip(), query.kind)
    return {"total": len(hits), "limit": query.limit, "offset": query.offset,
            "items": hits[query.offset: query.offset + query.limit]}
