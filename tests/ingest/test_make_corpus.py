"""The benchmark corpus generator: deterministic, mixed, consistent series, readable as WARC."""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import make_corpus  # a benchmark script, outside the package

from rapport.ingest.warc import iter_warc
from rapport.pipeline.fetch import iter_jsonl
from rapport.pipeline.types import RawDocument

pytestmark = pytest.mark.pure


def _jsonl(n: int, seed: int) -> bytes:
    buffer = io.BytesIO()
    make_corpus.write_jsonl(make_corpus.iter_documents(n, seed), buffer)
    return buffer.getvalue()


def test_make_corpus_same_seed_same_bytes() -> None:
    assert _jsonl(150, 7) == _jsonl(150, 7)
    assert _jsonl(150, 7) != _jsonl(150, 8)


def test_make_corpus_mixes_meetings_and_unrelated_news_of_about_4kb() -> None:
    docs = list(make_corpus.iter_documents(1500, 3))
    unrelated = sum(doc["event"] is None for doc in docs) / len(docs)
    assert 0.22 < unrelated < 0.38
    assert 3500 < sum(len(doc["text"]) for doc in docs) / len(docs) < 4800
    events = Counter(doc["event"] for doc in docs if doc["event"])
    assert max(events.values()) >= 3  # readouts, news and reprints of one meeting
    assert len({event.split("#")[0] for event in events}) >= 15  # many dialogues
    assert len({doc["published"][:4] for doc in docs if doc["published"]}) >= 5  # many years


def test_make_corpus_series_announce_their_real_next_round() -> None:
    meetings = make_corpus.world(400, 5)
    by_series: dict[str, list[make_corpus.Meeting]] = {}
    for meeting in meetings:
        by_series.setdefault(meeting.series.key, []).append(meeting)
    for rounds in by_series.values():
        for this, after in itertools.pairwise(rounds):
            assert after.round == this.round + 1
            assert (this.next_date, this.next_city) == (after.date, after.city)


def test_make_corpus_lines_read_as_documents(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(_jsonl(40, 2))
    items = list(iter_jsonl(str(path)))
    assert all(isinstance(item, RawDocument) and item.text for item in items)
    assert json.loads(path.read_bytes().splitlines()[0])["id"] == "syn-2-0000001"


def test_make_corpus_warc_holds_the_same_pages(tmp_path: Path) -> None:
    path = tmp_path / "c.warc.gz"
    with path.open("wb") as handle:
        make_corpus.write_warc(make_corpus.iter_documents(30, 4), handle)
    docs = [item for item in iter_warc(str(path)) if isinstance(item, RawDocument)]
    assert [doc.url for doc in docs] == [doc["url"] for doc in make_corpus.iter_documents(30, 4)]
    assert all("<article>" in (doc.html or "") for doc in docs)
