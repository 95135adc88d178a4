"""``search.everything``: one search for the page and the API — words, filters, every kind."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from tracker_factories import chairs, ingest, make_record, place

from rapport.web.search.everything import query_words, read_filters, search_everything


@pytest.mark.pure
@pytest.mark.parametrize(("text", "words"), [
    ("tor*", ["tor"]), ("NEAR(torture", ["torture"]), ('"human rights" OR Astana', ["human", "rights", "astana"]),
    ("AND not", []),
])
def test_query_words_drop_operators_and_syntax(text: str, words: list[str]) -> None:
    assert query_words(text) == words


@pytest.mark.pure
def test_read_filters_reports_each_bad_value() -> None:
    filters = read_filters({"party": "kz", "dialogue": "x1", "theme": "astrology", "year": "1066"})
    assert filters.party == "KZ"
    assert (filters.dialogue, filters.theme, filters.year) == (None, "", None)
    assert len(filters.problems) == 3
    assert not read_filters({"year": "2024"}).problems


@pytest.mark.django_db
def test_search_finds_meetings_by_country_name_theme_and_chair(reviewer: object) -> None:
    stored = ingest(make_record(date="2024-04-24", place=place("Astana", "KZ"), themes=("torture",),
                                chairs=chairs(("Dana Orlova", "KZ"))))
    meeting = stored.source.reports.get().meeting
    viewer = reviewer
    for words in ("Kazakh", "tortur", "Orlova", "astana kazakhstan"):
        found = search_everything(user=viewer, query=words, filters=read_filters({}))
        assert [m.pk for m in found.meetings] == [meeting.pk], words
    found = search_everything(user=viewer, query="Kazakhstan")
    assert found.countries == [("KZ", "Kazakhstan")]
    assert [p.name for p in found.people] == ["Dana Orlova"]
    assert search_everything(user=viewer, query="torture").themes == [("torture", "Torture and ill-treatment")]
    assert not search_everything(user=viewer, query="Kazakh", filters=read_filters({"year": "2023"})).meetings
    # Anonymous visitors find no draft.
    assert not search_everything(user=AnonymousUser(), query="Kazakh").meetings
