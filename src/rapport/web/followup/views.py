"""The promises page: every promise the visitor may see, by status, dialogue, country and due date."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from rapport.web.accounts.decorators import public_view
from rapport.web.core.models import Party
from rapport.web.dialogues.visibility import visible_mechanisms
from rapport.web.followup.models import PromiseKind, PromiseStatus
from rapport.web.followup.selectors import promise_filtered
from rapport.web.ui.vocab import country_name

PAGE_SIZE = 50


def _date(text: str, name: str, problems: list[str]) -> dt.date | None:
    """A YYYY-MM-DD filter value, or None with a problem the page shows."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.append(f"{name}: “{text}” is not a date written YYYY-MM-DD; that filter was not applied.")
        return None


def parse_filters(get: Any) -> tuple[dict[str, Any], dict[str, str], list[str]]:
    """The filters of the query string as selector arguments, as the form shows them, and problems."""
    shown = {k: get.get(k, "").strip()[:100] for k in ("status", "kind", "dialogue", "country", "due_from", "due_to")}
    problems: list[str] = []
    args: dict[str, Any] = {}
    for key, choices in (("status", PromiseStatus.values), ("kind", PromiseKind.values)):
        if shown[key] and shown[key] not in choices:
            problems.append(f"{key.capitalize()}: “{shown[key]}” is not one of {', '.join(choices)}; that filter was not applied.")
        elif shown[key]:
            args[key] = shown[key]
    if shown["dialogue"]:
        if shown["dialogue"].isdigit():
            args["mechanism"] = int(shown["dialogue"])
        else:
            problems.append(f"Dialogue: “{shown['dialogue']}” is not a dialogue number; that filter was not applied.")
    if shown["country"]:
        code = shown["country"].upper()
        if len(code) == 2 and code.isalpha():
            args["country"] = code
        else:
            problems.append(f"Country: “{shown['country']}” is not a two-letter code such as KZ; that filter was not applied.")
    args["due_from"] = _date(shown["due_from"], "Due from", problems)
    args["due_to"] = _date(shown["due_to"], "Due to", problems)
    return args, shown, problems


@public_view
def promise_list(request: HttpRequest) -> HttpResponse:
    """All promises with their status, the meeting that made them and the one that kept them."""
    args, shown, problems = parse_filters(request.GET)
    promises = promise_filtered(user=request.user, **args)
    page = Paginator(promises, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    export = {("party" if k == "country" else k): v for k, v in shown.items() if v and k not in {"page"}}
    dialogues = visible_mechanisms(request.user).order_by("name").values_list("pk", "name")
    countries = Party.objects.filter(meetings__isnull=False).distinct().order_by("code").values_list("code", flat=True)
    return render(request, "followup/list.html", {
        "page": page, "filters": shown, "problems": problems, "query": query.urlencode(), "export_query": urlencode(export),
        "statuses": PromiseStatus.choices, "kinds": PromiseKind.choices,
        "dialogues": [(str(pk), name) for pk, name in dialogues],
        "countries": [(code, country_name(code)) for code in countries],
    })
