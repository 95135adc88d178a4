"""The search page: dialogues, meetings, people, countries, themes and sources matching the words."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from rapport.web.accounts.decorators import public_view
from rapport.web.core.users import Visitor
from rapport.web.dialogues.selectors import mechanism_choices
from rapport.web.search.everything import FILTERS, read_filters, search_everything
from rapport.web.sources.selectors import sources_by_id
from rapport.web.ui.highlight import query_terms, snippet
from rapport.web.ui.vocab import THEMES

PAGE_SIZE = 20


def _dialogue_choices(user: Visitor, selected: str) -> list[tuple[str, str, bool]]:
    """(id, name, selected) of each visible dialogue, built here: templates are slow at 500 options."""
    rows = mechanism_choices(user=user)
    return [(str(pk), name if len(name) <= 60 else name[:59] + "…", str(pk) == selected) for pk, name in rows]


@public_view
def search(request: HttpRequest) -> HttpResponse:
    """Results for ``q`` with highlighted, escaped snippets; filters by party, dialogue, theme, year."""
    q = request.GET.get("q", "").strip()[:200]
    shown = {k: request.GET.get(k, "").strip()[:100] for k in FILTERS}
    filters = read_filters(shown)
    context: dict[str, Any] = {
        "q": q, "filters": shown, "problems": filters.problems,
        "themes": sorted(THEMES.items(), key=lambda t: t[1]),
        "dialogues": _dialogue_choices(request.user, shown["dialogue"]),
    }
    if q:
        found = search_everything(user=request.user, query=q, filters=filters)
        page = Paginator(found.source_ids, PAGE_SIZE).get_page(request.GET.get("page"))
        by_id = sources_by_id(source_ids=list(page.object_list))
        terms = query_terms(q)
        context.update({
            "found": found, "page": page, "capped": found.capped, "meetings": found.meetings,
            "hits": [{"source": by_id[i], "snippet": snippet(by_id[i].text, terms)} for i in page.object_list if i in by_id],
            "query": _query_without_page(request),
        })
    return render(request, "search/search.html", context)


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
