"""``search.index``: PostgreSQL's vectors of sources, written by the trigger, or deferred by a
writer and written by an indexer in its own session; a killed run's gap is filled later."""

from __future__ import annotations

import os

import pytest
from django.db import transaction
from tracker_factories import ingest, make_record

from rapport.ingest.store import run_start
from rapport.web.search.index import SearchIndexer, deferred_search, index_missing, index_sources
from rapport.web.search.models import SourceVector
from rapport.web.search.queries import source_search_ids
from rapport.web.sources.models import Source

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get("RAPPORT_DATABASE_URL"), reason="needs PostgreSQL (RAPPORT_DATABASE_URL)"),
]


def _deferred(text: str) -> int:
    """A source stored by a writer that defers its indexing (and never indexes it)."""
    with transaction.atomic(), deferred_search():
        return int(ingest(make_record(date="2024-04-24"), text=text).source.pk)


@pytest.mark.django_db
def test_an_inserted_source_is_searchable_at_once() -> None:
    pk = ingest(make_record(date="2024-04-24"), text="The ombudsman raised prison monitoring.").source.pk
    assert source_search_ids(query="ombudsman prison").ids == [pk]


@pytest.mark.django_db
def test_a_deferred_source_is_searchable_once_indexed_and_only_then() -> None:
    pk = _deferred("The ombudsman raised prison monitoring.")
    assert source_search_ids(query="ombudsman").ids == []
    assert index_sources([pk]) == 1
    assert source_search_ids(query="ombudsman").ids == [pk]
    assert index_sources([pk]) == 0  # indexed once


@pytest.mark.django_db
def test_the_deferral_ends_with_its_transaction() -> None:
    _deferred("Deferred text about torture prevention.")
    after = ingest(make_record(date="2024-04-24"), text="Later text about torture prevention.").source.pk
    assert source_search_ids(query="torture").ids == [after]


@pytest.mark.django_db
def test_a_new_run_indexes_what_a_killed_run_left_unindexed() -> None:
    left = [_deferred(f"Readout {n} on freedom of assembly.") for n in range(3)]
    assert source_search_ids(query="assembly").ids == []
    run_start(paths=["corpus.jsonl"])
    assert sorted(source_search_ids(query="assembly").ids) == sorted(left)
    assert index_missing() == 0


@pytest.mark.django_db
def test_a_changed_title_is_searchable_and_a_deleted_source_leaves_no_vector() -> None:
    stored = ingest(make_record(date="2024-04-24"), text="The sides met in Astana.").source
    stored.title = "Journalists' safety on the agenda"
    stored.save()
    assert source_search_ids(query="journalists safety").ids == [stored.pk]
    Source.objects.filter(pk=stored.pk).delete()
    assert not SourceVector.objects.filter(source_id=stored.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_the_indexer_indexes_committed_sources_in_its_own_session() -> None:
    ids = [_deferred(f"Statement {n} on the rights of persons with disabilities.") for n in range(4)]
    with SearchIndexer() as indexer:
        indexer.add(ids[:3])
        indexer.add(ids[3:])
    assert indexer.indexed == 4
    assert sorted(source_search_ids(query="disabilities").ids) == sorted(ids)


@pytest.mark.django_db(transaction=True)
def test_an_indexer_failure_is_raised_when_the_writer_is_done() -> None:
    with pytest.raises(RuntimeError, match="next ingest indexes them"), SearchIndexer() as indexer:
        indexer.add(["not an id"])  # type: ignore[list-item]
