"""The bounded block read groups as the whole series would: many rounds, thin reports in any order.

A long KZ–US series (twelve yearly rounds, two of them reported only without their number, and
a working group of the same parties) with thin reports: a round and no date (placed by the round
or between the rounds around it), no round but a publication date days after a round, a city and
chairs alone (of a city no round was held in yet, or one many were), a round not yet held, and
commentaries nothing can place. It is ingested in several
orders and batch sizes with ``block.read_block`` and with a read of every report of the series,
which is what the grouping decides on when nothing is left out: the meetings must be the same.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from django.db import transaction
from tracker_factories import chairs, make_record, make_result, place

from rapport.pipeline.mechanisms_canon import party_key
from rapport.pipeline.types import ExtractionResult, MeetingRecord
from rapport.web.core.actor import acting_as
from rapport.web.dialogues import assign
from rapport.web.dialogues.block import COLUMNS, read_block
from rapport.web.dialogues.models import Meeting
from rapport.web.review.models import Suggestion
from rapport.web.sources.models import Report
from rapport.web.sources.services import source_ingest_many

pytestmark = pytest.mark.django_db

ASTANA, WASHINGTON, ALMATY = place("Astana", "KZ"), place("Washington", "US"), place("Almaty", "KZ")
CHAIRS = chairs(("Yerzhan Kazykhan", "KZ"), ("Uzra Zeya", "US"))
GROUP = "Working Group on Civil Society"
UNNUMBERED = (4, 9)
"""Rounds whose readouts never give their number: a thin report of the round fits between its neighbours."""


def _day(number: int, offset: int = 0) -> str:
    """The day round ``number`` began (yearly from 2010), or ``offset`` days later."""
    return f"{2009 + number}-05-{10 + number + offset:02d}"


def _corpus() -> list[tuple[str, ExtractionResult]]:
    """(label, result) for every source of the series, dated rounds first, then the thin ones."""
    out: list[tuple[str, ExtractionResult]] = []

    def add(label: str, published: str | None = None, **fields: Any) -> None:
        out.append((label, make_result(make_record(**fields), published=published)))

    for n in range(1, 13):
        city = ASTANA if n % 2 else WASHINGTON
        number = None if n in UNNUMBERED else n
        add(f"r{n}-readout", _day(n), round=number, date=_day(n), place=city, chairs=CHAIRS)
        add(f"r{n}-wire", _day(n, 1), date=_day(n), place=city)
        if n % 3 == 0:
            add(f"r{n}-month", _day(n, 9), round=n, date=_day(n)[:7])
        if n <= 3:
            add(f"wg{n}", _day(n, 5), mechanism=GROUP, round=n, date=_day(n, 5), place=ASTANA)
    add("year-2016", "2016-12-30", round=7, date="2016")
    add("thin-r4", _day(4, 10), round=4)
    add("thin-r9", None, round=9, place=ASTANA)
    add("thin-r7", _day(7, 3), round=7, chairs=CHAIRS)
    add("thin-r13", None, round=13)
    add("thin-r13-astana", "2022-12-01", round=13, place=ASTANA)
    add("between-r12-r14", "2022-11-03", date="2022-11-02", place=ASTANA)
    add("r14-readout", "2023-05-20", round=14, date="2023-05-20", place=WASHINGTON)
    add("thin-after-r6", _day(6, 2))
    add("thin-city-chairs", None, place=WASHINGTON, chairs=CHAIRS)
    add("thin-wg2", _day(2, 8), mechanism=GROUP, round=2)
    add("thin-almaty", None, place=ALMATY, chairs=CHAIRS)
    add("r15-almaty", "2024-05-26", round=15, date="2024-05-25", place=ALMATY, chairs=CHAIRS)
    add("commentary", None)
    add("commentary-late", "2024-02-01")
    return out


def _whole_series(records: Sequence[MeetingRecord], anchors: Sequence[str | None]) -> list[tuple[object, ...]]:
    """Every stored report of the records' series: the read the bounded one must agree with."""
    keys = {party_key(r.parties) for r in records} - {""}
    return list(Report.objects.filter(party_key__in=keys).order_by("pk").values_list(*COLUMNS))


def _state(labels: dict[str, str]) -> tuple[frozenset[frozenset[str]], frozenset[str], int]:
    """The meetings as sets of source labels, the unplaced sources, and how many suggestions."""
    meetings: dict[int | None, set[str]] = {}
    for title, meeting_id in Report.objects.values_list("source__title", "meeting_id"):
        meetings.setdefault(meeting_id, set()).add(labels[title])
    unplaced = frozenset(meetings.pop(None, set()))
    return frozenset(frozenset(m) for m in meetings.values()), unplaced, Suggestion.objects.count()


@contextmanager
def _undone() -> Iterator[None]:
    """Run a block in a savepoint rolled back at its end, so the next ingest starts empty."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def _ingest(order: list[tuple[str, ExtractionResult]], batch: int) -> tuple[frozenset[frozenset[str]], frozenset[str], int]:
    """Ingest the sources in this order and batch size; the resulting state."""
    with _undone(), acting_as(label="test:ingest"):
        for start in range(0, len(order), batch):
            source_ingest_many(results=[(result, result.origin) for _, result in order[start:start + batch]])
        assert Meeting.objects.exists()
        return _state({result.source.title or "": label for label, result in order})


@pytest.mark.parametrize(("seed", "batch"), [(0, 1), (1, 1), (2, 3), (3, 7), (4, 100)])
def test_bounded_read_groups_as_the_whole_series_in_any_order(
    monkeypatch: pytest.MonkeyPatch, seed: int, batch: int,
) -> None:
    corpus = _corpus()
    order = corpus if seed == 0 else random.Random(seed).sample(corpus, len(corpus))
    bounded = _ingest(order, batch)
    with monkeypatch.context() as patch:
        patch.setattr(assign, "read_block", _whole_series)
        whole = _ingest(order, batch)
    assert bounded == whole
    meetings, unplaced, _ = bounded
    # The thin reports went where the grouping puts them: not vacuously equal.
    assert {"r4-readout", "r4-wire", "thin-r4"} in meetings
    assert {"r7-readout", "r7-wire", "year-2016", "thin-r7"} in meetings
    assert {"between-r12-r14", "thin-r13", "thin-r13-astana"} in meetings
    assert {"r6-readout", "r6-wire", "r6-month", "thin-after-r6"} in meetings
    assert {"r15-almaty", "thin-almaty"} in meetings
    assert unplaced == {"commentary", "commentary-late"}


def test_same_meetings_whatever_the_order_and_batches() -> None:
    corpus = _corpus()
    first = _ingest(corpus, 1)
    assert _ingest(list(reversed(corpus)), 5) == first
    assert _ingest(random.Random(7).sample(corpus, len(corpus)), 2) == first


def _read_labels(corpus: list[tuple[str, ExtractionResult]], record: MeetingRecord, published: str | None) -> set[str]:
    """The sources whose reports ``read_block`` reads for one new record."""
    titles = {result.source.title: label for label, result in corpus}
    pks = [row[0] for row in read_block([record], [published])]
    return {titles[t] for t in Report.objects.filter(pk__in=pks).values_list("source__title", flat=True)}


def test_a_dated_report_reads_the_meeting_near_its_date_not_the_series() -> None:
    corpus = _corpus()
    with acting_as(label="test:ingest"):
        source_ingest_many(results=[(result, result.origin) for _, result in corpus])
    assert Report.objects.filter(meeting__isnull=True).count() == 2  # the series has thin reports
    read = _read_labels(corpus, make_record(round=11, date=_day(11), place=ASTANA), _day(11, 2))
    assert read == {"r11-readout", "r11-wire"}


def test_a_report_without_a_date_reads_the_rounds_around_its_own() -> None:
    corpus = _corpus()
    with acting_as(label="test:ingest"):
        source_ingest_many(results=[(result, result.origin) for _, result in corpus])
    read = _read_labels(corpus, make_record(round=10), None)
    # Round 10 and the rounds just around it; round 9's thin report brings the round before it.
    assert {"r9-readout", "thin-r9", "r10-readout", "r11-readout", "r8-readout"} <= read
    assert not {"r1-readout", "r5-wire", "r7-readout", "r12-readout", "r14-readout", "commentary"} & read
