"""``search.queries``: the full-text selector on each backend (FTS5 on SQLite, the stored
tsvector with its GIN index on PostgreSQL)."""

from __future__ import annotations

import pytest
from tracker_factories import ingest, make_record

from rapport.web.search import queries
from rapport.web.search.queries import source_search_ids

pytestmark = pytest.mark.django_db


def _source(title: str, text: str) -> int:
    stored = ingest(make_record(date="2024-04-24"), text=text)
    stored.source.title = title
    stored.source.save()
    return int(stored.source.pk)


def test_a_title_match_ranks_above_a_match_in_the_text() -> None:
    in_text = _source("Talks in Astana", "The sides discussed torture prevention and the ombudsman.")
    in_title = _source("Torture prevention on the agenda", "The sides met in Astana.")
    _source("Trade talks", "The sides discussed tariffs.")
    hits = source_search_ids(query="torture prevention")
    assert hits.ids == [in_title, in_text]
    assert not hits.capped


def test_each_word_is_required_and_syntax_is_not_an_error() -> None:
    both = _source("Readout", "Freedom of assembly and freedom of religion were raised.")
    _source("Readout", "Freedom of religion was raised.")
    assert source_search_ids(query="assembly religion").ids == [both]
    assert source_search_ids(query='"unbalanced (quote AND OR').ids == []
    assert source_search_ids(query="   ").ids == []


@pytest.mark.parametrize("dense", [False, True])
def test_many_matches_are_listed_newest_first_and_capped(monkeypatch: pytest.MonkeyPatch, dense: bool) -> None:
    """Both PostgreSQL plans for many matches (sorted out of the index, or along the key) agree."""
    monkeypatch.setattr(queries, "RANKED_UP_TO", 3)
    monkeypatch.setattr(queries, "MAX_HITS", 4)
    monkeypatch.setattr(queries, "DENSE_MATCHES", 0 if dense else 10_000)
    ids = [_source(f"Round {n}", f"Round {n} of the dialogue on human rights.") for n in range(6)]
    hits = source_search_ids(query="dialogue")
    assert hits.ids == sorted(ids, reverse=True)[:4]
    assert hits.capped
