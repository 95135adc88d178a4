"""Pages of dialogues: the list with filters, a dialogue's page, countries and themes."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from rapport.web.accounts.decorators import public_view
from rapport.web.accounts.templatetags.ui import isodate
from rapport.web.core.selectors import party_by_code
from rapport.web.dialogues.charts import dialogue_charts
from rapport.web.dialogues.models import Mechanism, Meeting, Participation
from rapport.web.dialogues.selectors import (
    MechanismFilters,
    mechanism_list,
    mechanism_meetings_with_chairs,
    mechanism_sources,
    mechanism_visible,
    parties_with_dialogues,
    party_list,
    theme_dialogue_counts,
    theme_meetings,
    theme_stored,
    theme_year_counts,
)
from rapport.web.followup.models import PromiseStatus
from rapport.web.followup.selectors import meeting_promises
from rapport.web.ui.links import link
from rapport.web.ui.vocab import THEMES, country_name


@public_view
def dialogue_list(request: HttpRequest) -> HttpResponse:
    """All dialogues, filtered by party, theme and whether they are active or dormant."""
    filters = {k: request.GET.get(k, "").strip() for k in ("party", "theme", "activity")}
    mechanisms = mechanism_list(user=request.user, filters=MechanismFilters(**filters), recent_first=True)
    page = Paginator(mechanisms, 50).get_page(request.GET.get("page"))
    parties = parties_with_dialogues()
    return render(request, "dialogues/list.html", {
        "page": page, "filters": filters, "themes": sorted(THEMES.items(), key=lambda t: t[1]),
        "parties": [(p.code, country_name(p.code)) for p in parties],
        "query": _query_without_page(request),
    })


def _query_without_page(request: HttpRequest) -> str:
    """The current query string without ``page``, for pager links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@public_view
def dialogue_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A dialogue: timeline of rounds, chairs over time, themes × rounds, promises, sources."""
    mechanism = mechanism_visible(user=request.user, mechanism_id=pk)
    if mechanism is None:
        raise Http404("no such dialogue")
    meetings = mechanism_meetings_with_chairs(user=request.user, mechanism=mechanism)

    promises = meeting_promises(meetings=meetings)
    sources = mechanism_sources(user=request.user, meetings=meetings)
    context = {
        "mechanism": mechanism, "meetings": meetings, "promises": promises,
        "sources": sources[:30], "source_count": sources.count(),
        "parties": [p.code for p in mechanism.parties.all()],
        "heatmap": _theme_heatmap(meetings), "chair_rows": _chair_rows_html(_chair_table(meetings, mechanism)),
        **dialogue_charts(meetings, promises),
        "kept_status": PromiseStatus.FULFILLED,
    }
    return render(request, "dialogues/detail.html", context)


def _theme_heatmap(meetings: list[Meeting]) -> list[dict[str, Any]]:
    """Rows of themes, one cell per meeting: whether the theme was discussed (and by how many)."""
    seen: dict[str, dict[int, int]] = {}
    for m in meetings:
        for t in m.themes.all():
            seen.setdefault(t.theme, {})[m.pk] = t.support
    rows = [
        {"theme": theme, "cells_html": _heat_cells([seen[theme].get(m.pk, 0) for m in meetings]), "total": len(seen[theme])}
        for theme in seen
    ]
    return sorted(rows, key=lambda r: (-r["total"], r["theme"]))


def _heat_cells(cells: list[int]) -> SafeString:
    """A heatmap row's cells as HTML, built here: a long dialogue has thousands of cells, and
    the template language spends milliseconds on every hundred. Only integers go in."""
    return mark_safe("".join(
        f'<td class="cell on" title="{int(n)} report{"" if n == 1 else "s"}">●<span class="visually-hidden"> raised</span></td>'
        if n else '<td class="cell off">·</td>'
        for n in cells
    ))


def _chair_table(meetings: list[Meeting], mechanism: Mechanism) -> list[dict[str, Any]]:
    """Per meeting, the chairs of each party of the dialogue, in the parties' order."""
    codes = [p.code for p in mechanism.parties.all()]
    table = []
    for m in meetings:
        by_party: dict[str, list[Participation]] = {c: [] for c in codes}
        for p in m.participations.all():
            if p.role == "chair":
                by_party.setdefault(p.party.code if p.party else "?", []).append(p)
        table.append({"meeting": m, "cells": [by_party.get(c, []) for c in codes]})
    return table


def _chair_rows_html(table: list[dict[str, Any]]) -> SafeString:
    """The rows of the rounds-and-chairs table as HTML, built here for the reason of
    ``_heat_cells``; every value from a record goes through ``escape``."""
    rows = []
    for row in table:
        m = row["meeting"]
        place: str = escape(m.place_city)
        if m.place_country:
            place += (", " if m.place_city else "") + escape(country_name(m.place_country))
        cells = "".join(f"<td>{_chairs_html(chairs)}</td>" for chairs in row["cells"])
        rows.append(
            f'<tr><td class="nowrap" data-value="{m.date_start or ""}"><a href="{link("dialogues:meeting", m.pk)}">{escape(isodate(m.date) or "undated")}</a></td>'
            f'<td class="num">{m.round or ""}</td><td>{place}</td>{cells}'
            f'<td><span class="badge status-{escape(m.review_status)}">{escape(m.get_review_status_display())}</span></td></tr>'
        )
    return mark_safe("\n".join(rows))  # safe: literals, links and escaped values only


def _chairs_html(chairs: list[Participation]) -> str:
    """One cell of chairs: each name linked, with the position under it; a dash for none."""
    if not chairs:
        return '<span class="muted">—</span>'
    return "<br>".join(
        f'<a href="{link("people:detail", p.person_id)}">{escape(p.person.name)}</a>'
        + (f'<br><span class="small muted">{escape(p.position)}</span>' if p.position else "")
        for p in chairs
    )


@public_view
def country_list(request: HttpRequest) -> HttpResponse:
    """Every party with the number of dialogues it takes part in."""
    rows = sorted(((country_name(p.code), p) for p in party_list(user=request.user)), key=lambda r: r[0])
    return render(request, "dialogues/countries.html", {"rows": rows})


@public_view
def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    """A party's dialogues."""
    party = party_by_code(code=code)
    if party is None:
        raise Http404("no such party")
    mechanisms = mechanism_list(user=request.user, filters=MechanismFilters(party=party.code), recent_first=True)
    return render(request, "dialogues/country.html", {
        "party": party, "name": country_name(party.code), "mechanisms": mechanisms,
    })


@public_view
def theme_list(request: HttpRequest) -> HttpResponse:
    """Meetings per theme per year, and the number of dialogues that raised each theme."""
    rows = theme_year_counts(user=request.user)
    years = sorted({year for _, year, _ in rows})
    counts: dict[str, dict[int, int]] = {}
    for theme, year, n in rows:
        counts.setdefault(theme, {})[year] = n
    dialogues = theme_dialogue_counts(user=request.user)
    peak = max((n for c in counts.values() for n in c.values()), default=1)
    table = [
        {"theme": t, "dialogues": dialogues.get(t, 0), "total": sum(c.values()),
         "cells": [{"n": c.get(y, 0), "level": _level(c.get(y, 0), peak)} for y in years]}
        for t, c in sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    ]
    return render(request, "dialogues/themes.html", {"years": years, "table": table})


def _level(n: int, peak: int) -> int:
    """A count's shade from 0 (none) to 4 (the peak); any count above zero is at least 1."""
    return 0 if n <= 0 else max(1, round(4 * n / max(peak, 1)))


@public_view
def theme_detail(request: HttpRequest, theme: str) -> HttpResponse:
    """The dialogues and meetings that raised a theme."""
    if theme not in THEMES and not theme_stored(theme=theme):
        raise Http404("no such theme")
    page = Paginator(theme_meetings(user=request.user, theme=theme), 50).get_page(request.GET.get("page"))
    mechanisms = mechanism_list(user=request.user, filters=MechanismFilters(theme=theme), recent_first=True)
    return render(request, "dialogues/theme.html", {
        "theme": theme, "page": page, "mechanisms": mechanisms, "meetings": page.object_list,
    })
