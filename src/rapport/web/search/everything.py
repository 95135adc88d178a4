"""The one search behind the search page and ``/api/search``: dialogues, meetings, people,
countries, themes and sources matching the words, narrowed by the filters.

The words are read once (``query_words``): operators and FTS syntax (``NEAR(``, ``tor*``, quotes)
are dropped, a trailing ``*`` means "starting with", which a contains-match already covers. A
record matches when each word is in its name, place or chairs — or names one of its countries
("Kazakh" → KZ) or themes ("torture"). Sources are found by full text (``source_search``).
Filters that cannot be read are reported in ``problems``, never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import and_
from typing import Any, TypeVar

from django.db.models import Exists, Model, OuterRef, Q, QuerySet

from rapport.web.accounts.roles import can_view_drafts
from rapport.web.accounts.visibility import meeting_filter_for
from rapport.web.core.ids import parse_id
from rapport.web.core.models import Party
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Mechanism, Meeting, MeetingTheme, Participation
from rapport.web.dialogues.visibility import visible_mechanisms, visible_meetings
from rapport.web.people.models import Person, PersonAlias
from rapport.web.search.queries import source_search
from rapport.web.sources.models import Report
from rapport.web.ui.vocab import THEMES, country_name, country_spellings

PER_KIND = 50  # records of each kind shown: a search is for finding, not exporting
OPERATORS = frozenset({"and", "or", "not", "near"})
FILTERS = ("party", "dialogue", "theme", "year")
_WORD = re.compile(r"\w+", re.UNICODE)


def query_words(text: str) -> list[str]:
    """The words of a query, folded, without search operators (at most 12)."""
    return [w for w in (m.casefold() for m in _WORD.findall(text)) if w not in OPERATORS][:12]


@dataclass
class Filters:
    """The search filters as read from a form or the API, and what could not be read."""

    party: str = ""
    dialogue: int | None = None
    theme: str = ""
    year: int | None = None
    problems: list[str] = field(default_factory=list)

    def any(self) -> bool:
        """Whether any filter narrows the search."""
        return bool(self.party or self.dialogue or self.theme or self.year)


def read_filters(values: dict[str, Any]) -> Filters:
    """Filters from raw values (strings), each bad one reported instead of ignored."""
    raw = {k: str(values.get(k) or "").strip() for k in FILTERS}
    found = Filters()
    if raw["party"]:
        if re.fullmatch(r"[A-Za-z]{2}", raw["party"]):
            found.party = raw["party"].upper()
        else:
            found.problems.append(f"Party: “{raw['party']}” is not a two-letter code such as KZ; that filter was not applied.")
    if raw["dialogue"]:
        dialogue = parse_id(raw["dialogue"])  # bounded: a 64-bit overflow is no server error
        if dialogue is not None:
            found.dialogue = dialogue
        else:
            found.problems.append(f"Dialogue: “{raw['dialogue']}” is not a dialogue number; that filter was not applied.")
    if raw["theme"]:
        if raw["theme"] in THEMES:
            found.theme = raw["theme"]
        else:
            found.problems.append(f"Theme: “{raw['theme']}” is not a theme; that filter was not applied.")
    if raw["year"]:
        if raw["year"].isdigit() and 1900 <= int(raw["year"]) <= 2100:
            found.year = int(raw["year"])
        else:
            found.problems.append(f"Year: “{raw['year']}” is not a year such as 2024; that filter was not applied.")
    return found


@dataclass
class Found:
    """What a search found, by kind, each list in the order shown."""

    dialogues: list[Mechanism]
    meetings: list[Meeting]
    people: list[Person]
    countries: list[tuple[str, str]]
    themes: list[tuple[str, str]]
    source_ids: list[int]
    capped: bool


def countries_named(word: str) -> set[str]:
    """Codes of the countries one of whose names starts with ``word`` ("kazakh" → KZ)."""
    return {code for code, names in country_spellings().items()
            if any(n.casefold().startswith(word) for n in names) or code.casefold() == word}


def themes_named(word: str) -> set[str]:
    """Theme ids whose label or id holds ``word`` ("tortur" → torture)."""
    return {theme for theme, label in THEMES.items() if word in label.casefold() or word in theme}


def _meeting_filters(filters: Filters, prefix: str) -> Q:
    conditions = Q()
    for value, lookup in ((filters.party, "parties__code"), (filters.dialogue, "mechanism_id"),
                          (filters.theme, "themes__theme"), (filters.year, "date_start__year")):
        if value:
            conditions &= Q(**{f"{prefix}{lookup}": value})
    return conditions


def _meeting_word(word: str) -> Q:
    """A meeting matches ``word`` by dialogue, place, chair, country or theme."""
    codes, themes = countries_named(word), themes_named(word)
    chaired = Person.objects.filter(Q(name__icontains=word) | Q(aliases__name__icontains=word))
    condition = (Q(mechanism__name__icontains=word) | Q(place_city__icontains=word)
                 | Q(participations__person__in=chaired))
    if codes:
        condition |= Q(parties__code__in=codes) | Q(place_country__in=codes)
    if themes:
        condition |= Q(Exists(MeetingTheme.objects.filter(meeting=OuterRef("pk"), theme__in=themes)))
    return condition


_M = TypeVar("_M", bound=Model)


def _ids(queryset: QuerySet[_M], condition: Q) -> QuerySet[_M, dict[str, Any]]:
    """The ids of ``queryset`` rows matching ``condition`` (joins made distinct by ``pk__in``)."""
    return queryset.filter(condition).values("pk")


def _meetings(user: Visitor | None, words: list[str], filters: Filters) -> list[Meeting]:
    visible = visible_meetings(user)
    matched = reduce(and_, (Q(pk__in=_ids(Meeting.objects.all(), _meeting_word(w))) for w in words))
    meetings = visible.filter(matched).filter(pk__in=_ids(Meeting.objects.all(), _meeting_filters(filters, "")))
    return list(meetings.select_related("mechanism").order_by("-date_start", "-id")[:PER_KIND])


def _dialogues(user: Visitor | None, words: list[str], filters: Filters) -> list[Mechanism]:
    mechanisms = visible_mechanisms(user)
    for word in words:
        codes, themes = countries_named(word), themes_named(word)
        condition = Q(name__icontains=word) | Q(key__icontains=word)
        if codes:
            condition |= Q(parties__code__in=codes)
        if themes:
            themed = visible_meetings(user, Meeting.objects.filter(mechanism=OuterRef("pk"), themes__theme__in=themes))
            condition |= Q(Exists(themed))
        mechanisms = mechanisms.filter(pk__in=_ids(Mechanism.objects.all(), condition))
    if filters.any():
        narrowed = visible_meetings(user, Meeting.objects.filter(_meeting_filters(filters, ""), mechanism=OuterRef("pk")))
        mechanisms = mechanisms.filter(Exists(narrowed))
    return list(mechanisms.prefetch_related("parties").order_by("name", "id")[:PER_KIND])


def _people(user: Visitor | None, words: list[str], filters: Filters) -> list[Person]:
    chaired = Participation.objects.filter(meeting_filter_for(user, "meeting__") & _meeting_filters(filters, "meeting__"))
    people = Person.objects.filter(pk__in=chaired.values("person_id"))
    for word in words:
        codes = countries_named(word)
        spelled = PersonAlias.objects.filter(person=OuterRef("pk"), name__icontains=word)
        condition = Q(name__icontains=word) | Q(Exists(spelled))
        if codes:
            condition |= Q(party__code__in=codes)
        people = people.filter(condition)
    return list(people.select_related("party").order_by("name", "id")[:PER_KIND])


def _visible_reports(user: Visitor | None, filters: Filters) -> QuerySet[Report] | None:
    """Reports whose sources ``user`` may find with these filters; None when every source may."""
    if can_view_drafts(user) and not filters.any():
        return None  # signed in, unfiltered: every source, even one that reports no meeting
    return Report.objects.filter(meeting_filter_for(user, "meeting__") & _meeting_filters(filters, "meeting__"))


def search_everything(*, user: Visitor | None, query: str, filters: Filters | None = None) -> Found:
    """Everything ``user`` may see that matches ``query`` under ``filters``, by kind."""
    filters = filters or Filters()
    words = query_words(query)
    if not words:
        return Found([], [], [], [], [], [], False)
    known = set(Party.objects.values_list("code", flat=True))
    codes = reduce(and_, (countries_named(w) for w in words)) & known
    themes = reduce(and_, (themes_named(w) for w in words))
    source_ids, capped = source_search(query=" ".join(words), reports=_visible_reports(user, filters))
    return Found(
        dialogues=_dialogues(user, words, filters),
        meetings=_meetings(user, words, filters),
        people=_people(user, words, filters),
        countries=sorted(((c, country_name(c)) for c in codes), key=lambda c: c[1]),
        themes=sorted(((t, THEMES[t]) for t in themes), key=lambda t: t[1]),
        source_ids=source_ids,
        capped=capped,
    )
