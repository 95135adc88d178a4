"""The search page: full text over sources, and meetings by dialogue, place or chair."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from rapport.web.accounts.decorators import public_view
from rapport.web.accounts.roles import can_view_drafts
from rapport.web.accounts.visibility import meeting_filter_for, visible_mechanisms, visible_meetings
from rapport.web.core.ids import parse_id
from rapport.web.dialogues.models import Mechanism, Participation
from rapport.web.people.models import Person
from rapport.web.search.queries import source_search
from rapport.web.sources.models import Report, Source
from rapport.web.ui.highlight import query_terms, snippet
from rapport.web.ui.vocab import THEMES

PAGE_SIZE = 20


def _filters(request: HttpRequest) -> dict[str, str]:
    """The search filters from the query string, trimmed (year and dialogue must be digits)."""
    values = {k: request.GET.get(k, "").strip() for k in ("party", "dialogue", "theme", "year")}
    if parse_id(values["dialogue"]) is None:
        values["dialogue"] = ""
    if not (values["year"].isdecimal() and values["year"].isascii() and len(values["year"]) == 4):
        values["year"] = ""
    values["party"] = values["party"].upper()[:2]
    return values


def _meeting_q(filters: dict[str, str], prefix: str) -> Q:
    """The filters as a condition on a meeting reached through ``prefix``."""
    q = Q()
    if filters["party"]:
        q &= Q(**{f"{prefix}parties__code": filters["party"]})
    if filters["dialogue"]:
        q &= Q(**{f"{prefix}mechanism_id": int(filters["dialogue"])})
    if filters["theme"]:
        q &= Q(**{f"{prefix}themes__theme": filters["theme"]})
    if filters["year"]:
        q &= Q(**{f"{prefix}date_start__year": int(filters["year"])})
    return q


def _visible_reports(user: Any, filters: dict[str, str]) -> QuerySet | None:
    """Reports whose sources ``user`` may find with these filters; None when every source may."""
    if can_view_drafts(user) and not any(filters.values()):
        return None  # signed in, unfiltered: every source, even one that reports no meeting
    return Report.objects.filter(meeting_filter_for(user, "meeting__") & _meeting_q(filters, "meeting__"))


def _meetings(user: Any, q: str, filters: dict[str, str]) -> QuerySet:
    """Visible meetings whose dialogue, place or chair matches ``q`` and that pass the filters."""
    chaired = Participation.objects.filter(person__in=Person.objects.filter(name__icontains=q)).values("meeting_id")
    text = (
        Q(mechanism__in=Mechanism.objects.filter(name__icontains=q)) | Q(place_city__icontains=q) | Q(pk__in=chaired)
    )
    meetings = visible_meetings(user).filter(text).filter(_meeting_q(filters, ""))
    if filters["party"] or filters["theme"]:
        meetings = meetings.distinct()  # those filters join many rows per meeting
    return meetings.select_related("mechanism").order_by("-date_start", "-id")[:20]


def _dialogue_choices(user: Any, selected: str) -> list[tuple[str, str, bool]]:
    """(id, name, selected) of each visible dialogue, built here: templates are slow at 500 options."""
    rows = visible_mechanisms(user).order_by("name").values_list("pk", "name")
    return [(str(pk), name if len(name) <= 60 else name[:59] + "…", str(pk) == selected) for pk, name in rows]


@public_view
def search(request: HttpRequest) -> HttpResponse:
    """Results for ``q`` with highlighted, escaped snippets; filters by party, dialogue, theme, year."""
    q = request.GET.get("q", "").strip()[:200]
    filters = _filters(request)
    context: dict[str, Any] = {
        "q": q, "filters": filters, "themes": sorted(THEMES.items(), key=lambda t: t[1]),
        "dialogues": _dialogue_choices(request.user, filters["dialogue"]),
    }
    if q:
        ids, capped = source_search(query=q, reports=_visible_reports(request.user, filters))
        page = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
        by_id = Source.objects.in_bulk(list(page.object_list))
        terms = query_terms(q)
        context.update({
            "page": page, "capped": capped, "meetings": _meetings(request.user, q, filters),
            "hits": [{"source": by_id[i], "snippet": snippet(by_id[i].text, terms)} for i in page.object_list if i in by_id],
            "query": _query_without_page(request),
        })
    return render(request, "search/search.html", context)


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
