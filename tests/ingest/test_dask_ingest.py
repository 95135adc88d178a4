"""Ingest on a Dask LocalCluster stores exactly what the in-process ingest stores."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import make_corpus  # a benchmark script, outside the package

from rapport.ingest.dask_runner import ingest_paths_dask, parse_cluster
from rapport.ingest.runner import IngestSummary, ingest_paths
from rapport.web.dialogues.exports import meeting_export_rows
from rapport.web.followup.selectors import promise_export_rows
from rapport.web.search.queries import source_search_ids
from rapport.web.sources.models import IngestInput, Source

pytestmark = [pytest.mark.dask, pytest.mark.slow]

BAD_LINES = {5: b"{not json\n", 40: b'{"id": "x", "title": "no text"}\n', 77: b"[1, 2]\n"}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A real two-worker cluster of processes, shared by the module's tests."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A JSONL corpus with three bad lines, and a WARC with a damaged record, in one folder."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = [make_corpus.json.dumps(doc).encode() + b"\n" for doc in make_corpus.iter_documents(120, 1)]
    for number, line in sorted(BAD_LINES.items()):
        lines.insert(number - 1, line)
    (folder / "a.jsonl").write_bytes(b"".join(lines))
    warc = folder / "b.warc.gz"
    with warc.open("wb") as handle:
        make_corpus.write_warc(make_corpus.iter_documents(40, 2), handle)
    data = bytearray(warc.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 32] = b"X" * 32
    warc.write_bytes(bytes(data))
    return [str(folder)]


def _fresh_database() -> None:
    call_command("flush", interactive=False, verbosity=0)
    ContentType.objects.clear_cache()  # flush re-creates content types; cached ids would be stale


def _snapshot(summary: IngestSummary) -> dict[str, Any]:
    """Everything an ingest leaves: meetings, promises, sources, the ledger and the summary."""
    ledger = IngestInput.objects.order_by("key").values_list("key", "outcome", "code", "line", "reason", "content_hash")
    sources = Source.objects.order_by("id").values_list("id", "content_hash", "url", "title", "published", "origin")
    return {
        "meetings": list(meeting_export_rows()),
        "promises": list(promise_export_rows()),
        "sources": list(sources),
        "ledger": list(ledger),
        "searchable": source_search_ids(query="human rights").ids,  # the Dask writer's indexer caught up
        "counts": dict(summary.counts),
        "rejections": [r.message() for r in summary.rejections],
    }


@pytest.mark.django_db(transaction=True)
def test_dask_ingest_stores_exactly_what_in_process_ingest_stores(client: Any, corpus: list[str]) -> None:
    _fresh_database()
    local = _snapshot(ingest_paths(corpus, batch_size=20))
    _fresh_database()
    distributed = _snapshot(ingest_paths_dask(corpus, client=client, batch_size=20, batches_per_task=2))
    assert distributed == local
    assert len(local["meetings"]) > 20
    assert len(local["searchable"]) > 20
    lines = [message.split(": ")[0].rsplit(":", 1)[1] for message in local["rejections"]]
    assert lines[:3] == [str(n) for n in sorted(BAD_LINES)]
    assert any("b.warc.gz" in message and "R009" in message for message in local["rejections"])


@pytest.mark.django_db(transaction=True)
def test_dask_ingest_resumes_after_an_interruption_like_in_process(client: Any, corpus: list[str]) -> None:
    _fresh_database()
    local = _snapshot(ingest_paths(corpus, batch_size=20))
    _fresh_database()
    calls = []

    def interrupt(counts: Any) -> None:
        calls.append(dict(counts))
        if len(calls) == 3:
            raise KeyboardInterrupt  # as if the client were stopped between two batches

    with pytest.raises(KeyboardInterrupt):
        ingest_paths_dask(corpus, client=client, batch_size=20, progress=interrupt)
    again = ingest_paths_dask(corpus, client=client, batch_size=20)
    assert again.counts["skipped"] == calls[-1]["new"] + calls[-1]["duplicate"]
    resumed = _snapshot(again)
    assert {k: resumed[k] for k in ("meetings", "promises", "sources", "searchable")} == {
        k: local[k] for k in ("meetings", "promises", "sources", "searchable")}
    assert [row[:4] for row in resumed["ledger"]] == [row[:4] for row in local["ledger"]]


def test_parse_cluster_names_what_is_wrong() -> None:
    assert parse_cluster("local:3").workers == 3
    assert parse_cluster("tcp://10.0.0.1:8786").address == "tcp://10.0.0.1:8786"
    with pytest.raises(ValueError, match="local:2"):
        parse_cluster("local:two")
