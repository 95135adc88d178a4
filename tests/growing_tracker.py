"""A tracker that grows: dialogues, rounds and reports ingested at a scale, for query-count tests.

``GrowingTracker.grow(scale)`` ingests, through the same services as a corpus ingest, every
(dialogue, round, outlet) the scale asks for that is not stored yet: ``2 × scale`` dialogues,
``4 × scale`` rounds each, ``1 + scale`` outlets reporting each round (spelling the chairs
differently and disagreeing on the next round's date). Then it decides as reviewers do: most
rounds confirmed, some corrected, one draft and one rejected per dialogue; promise statuses are
recomputed; and each dialogue gains a report no meeting was found for and a merge suggestion.
So growing from 1 to 3 multiplies every kind of row the pages and lists read. The texts are
invented here. ``grown_counts`` measures a set of reads at both scales (``counted`` holds each
to its query budget). Plain functions and a class; callers need the ``db`` fixture.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapport.pipeline.types import (
    Chair,
    ExtractionResult,
    Instrument,
    MeetingRecord,
    NextMeeting,
    Place,
    SourceInfo,
)

# Party pairs of the dialogues, in the order they are added: (code, name, capital).
PAIRS = [
    (("KZ", "Kazakhstan", "Astana"), ("US", "United States", "Washington")),
    (("EU", "European Union", "Brussels"), ("UZ", "Uzbekistan", "Tashkent")),
    (("EU", "European Union", "Brussels"), ("KG", "Kyrgyzstan", "Bishkek")),
    (("EU", "European Union", "Brussels"), ("TJ", "Tajikistan", "Dushanbe")),
    (("EU", "European Union", "Brussels"), ("VN", "Vietnam", "Hanoi")),
    (("US", "United States", "Washington"), ("TM", "Turkmenistan", "Ashgabat")),
]
# Invented heads of delegation: (first name, its other spelling, surname) per dialogue side.
CHAIRS = [
    ("Yerzhan", "Erzhan", "Dauletov"), ("Marian", "Marianne", "Coldwell"),
    ("Helena", "Elena", "Varga"), ("Bakhtiyor", "Bakhtiyar", "Nurmatov"),
    ("Pieter", "Peter", "Haalstra"), ("Aibek", "Aybek", "Toktogulov"),
    ("Ines", "Inez", "Marquart"), ("Farrukh", "Farukh", "Sharipov"),
    ("Lotte", "Lotta", "Vandermeer"), ("Thanh", "Than", "Nguyen Duc"),
    ("Robert", "Bob", "Ellery"), ("Serdar", "Serdary", "Annaev"),
]
THEMES = ["rule_of_law", "media_freedom", "torture", "civil_society", "freedom_of_religion",
          "children_rights", "domestic_violence", "trafficking", "democratic_reform"]
OUTLETS = ["Steppe Ledger", "Capital Digest", "Regional Wire", "Rights Monitor", "Evening Courier"]
FIRST_YEAR = 2005


def _name(pair_index: int) -> str:
    (_, a, _), (_, b, _) = PAIRS[pair_index]
    return f"{a}–{b} Human Rights Dialogue"


def _chairs(pair_index: int, outlet: int) -> tuple[Chair, ...]:
    """The round's two chairs; every other outlet uses the other spelling and a shorter title."""
    chairs = []
    for side in (0, 1):
        first, other, surname = CHAIRS[2 * pair_index + side]
        party = PAIRS[pair_index][side][0]
        title = "Special Representative for Human Rights" if outlet % 2 == 0 else "Special Representative"
        chairs.append(Chair(name=f"{other if outlet % 2 else first} {surname}", party=party, position=title))
    return tuple(chairs)


def _record(pair_index: int, round_no: int, outlet: int, text: str) -> MeetingRecord:
    """What one outlet reports of one round: the same meeting, told a little differently."""
    (code_a, _, city_a), (code_b, _, city_b) = PAIRS[pair_index]
    year = FIRST_YEAR + round_no
    city, country = (city_a, code_a) if round_no % 2 else (city_b, code_b)
    next_city, next_country = (city_b, code_b) if round_no % 2 else (city_a, code_a)
    # Outlets disagree on when the next round is due: a conflict the pages show.
    next_date = f"{year + 1}" if outlet % 2 == 0 else f"{year + 1}-06"
    start = text.find(str(year))
    return MeetingRecord(
        mechanism=_name(pair_index), parties=tuple(sorted((code_a, code_b))), round=round_no,
        date=f"{year}-05-{10 + pair_index:02d}", place=Place(city=city, country=country),
        chairs=_chairs(pair_index, outlet),
        themes=tuple(THEMES[(round_no + k) % len(THEMES)] for k in range(3)),
        instruments=(Instrument(kind="law", title=f"Law on public associations ({year})", date=f"{year}-01"),),
        next_meeting=NextMeeting(date=next_date, place=Place(city=next_city, country=next_country)),
        evidence={"date": (start, start + 4)} if start >= 0 else {},
    )


def _result(pair_index: int, round_no: int, outlet: int) -> ExtractionResult:
    (_, a, _), (_, b, _) = PAIRS[pair_index]
    year = FIRST_YEAR + round_no
    name = OUTLETS[outlet % len(OUTLETS)]
    text = (f"{name}, May {year}. {a} and {b} held round {round_no} of their human rights dialogue "
            f"in {year}. The delegations discussed the rule of law and the media, and agreed to meet "
            f"again next year. (Dialogue {pair_index}, outlet {outlet}.)")
    record = _record(pair_index, round_no, outlet, text)
    info = SourceInfo(title=f"Round {round_no} of the {a}–{b} dialogue", published=f"{year}-05-{11 + pair_index:02d}",
                      outlet=name, language="en", text_chars=len(text),
                      url=f"https://news.example/{pair_index}/{round_no}/{outlet}")
    key = f"grow-{pair_index}-{round_no}-{outlet}"
    return ExtractionResult(source=info, text=text, meetings=(record,), id=key, origin=f"test:{key}")


@dataclass
class GrowingTracker:
    """The stored dialogues, and which (dialogue, round, outlet) reports exist already."""

    scale: int = 0
    reported: set[tuple[int, int, int]] = field(default_factory=set)

    def grow(self, scale: int) -> None:
        """Ingest and review everything ``scale`` asks for that is not stored yet."""
        from rapport.web.core.actor import acting_as
        from rapport.web.sources.services import source_ingest_many

        wanted = [(d, r, o) for d in range(2 * scale) for r in range(1, 4 * scale + 1) for o in range(1 + scale)]
        new = [key for key in wanted if key not in self.reported]
        with acting_as(label="test:ingest"):
            source_ingest_many(results=[(_result(*key), "") for key in new])
        self.reported.update(new)
        self.scale = scale
        with acting_as(label="test:reviewer"):
            self._review()
        self._leftovers(scale)

    def _review(self) -> None:
        """Confirm the rounds not yet decided, correct every third, keep one draft and reject one."""
        from rapport.web.dialogues.models import Meeting
        from rapport.web.dialogues.services import meeting_field_correct, meeting_review
        from rapport.web.followup.services import promise_refresh_statuses

        for meeting in Meeting.objects.filter(review_status="draft").order_by("id"):
            if meeting.round == 2:
                continue  # the second round of each dialogue stays a draft
            if meeting.round == 3:
                meeting_review(meeting=meeting, status="rejected", note="not a round of the dialogue")
                continue
            if meeting.round and meeting.round % 3 == 1:
                meeting_field_correct(meeting=meeting, field="place_city", value=f"{meeting.place_city} (centre)")
            meeting_review(meeting=meeting, status="confirmed")
        promise_refresh_statuses(as_of=dt.date(FIRST_YEAR + 4 * self.scale + 1, 12, 31))

    def _leftovers(self, scale: int) -> None:
        """Per dialogue: a report no meeting was found for, and a merge suggestion."""
        from rapport.web.dialogues.models import Meeting
        from rapport.web.review.models import Suggestion
        from rapport.web.sources.models import Report, Source

        for pair_index in range(2 * scale):
            if (pair_index, 0, 0) in self.reported:
                continue
            self.reported.add((pair_index, 0, 0))
            meetings = list(Meeting.objects.filter(mechanism__name=_name(pair_index)).order_by("date_start")[:2])
            source = Source.objects.create(
                outlet="Loose Wire", title=f"Talks of dialogue {pair_index}", published="2020-01-01",
                text=f"Officials of dialogue {pair_index} met at some point.", content_hash=f"loose{pair_index}".ljust(64, "0"),
                input_id=f"loose-{pair_index}")
            report = Report.objects.create(source=source, position=0, record={"mechanism": _name(pair_index)},
                                           party_key=meetings[0].party_key)
            Suggestion.objects.create(kind="merge", party_key=meetings[0].party_key, meeting=meetings[0],
                                      other=meetings[1], reason="same parties, a year apart")
            Suggestion.objects.create(kind="merge", party_key=meetings[0].party_key, report=report,
                                      other=meetings[0], reason="no date in the report")


def first_ids() -> dict[str, Any]:
    """The URL arguments of the records detail pages are measured on: the first of each kind."""
    from rapport.web.dialogues.models import Meeting
    from rapport.web.followup.models import Promise
    from rapport.web.people.models import Person

    meeting = Meeting.objects.filter(round=1).order_by("id").first()
    assert meeting is not None
    person = Person.objects.filter(participations__meeting=meeting).order_by("id").first()
    promise = Promise.objects.filter(meeting=meeting).first()
    source = meeting.reports.order_by("id").first()
    return {"meeting": meeting.pk, "dialogue": meeting.mechanism_id, "person": person and person.pk,
            "promise": promise and promise.pk, "source": source and source.source_id}


Measure = Callable[[dict[str, Any], bool], dict[Any, int]]
"""Reads everything once, given ``first_ids()`` and whether to warm caches first: key → queries."""


def counted(assert_max: Any, budget: int, info: str, fetch: Callable[[], Any], *, warm: bool) -> tuple[Any, int]:
    """A 200 response of ``fetch`` and the queries it took, failing beyond ``budget``.

    ``warm``: fetch once unmeasured first, as Django's caches (content types, templates) fill on
    a first read and would count against the smaller tracker only.
    """
    if warm:
        fetch()
    with assert_max(budget, info=info) as captured:
        response = fetch()
    assert response.status_code == 200, (info, response.status_code, response.content[:300])
    return response, len(captured)


def grown_counts(measure: Measure) -> dict[Any, tuple[int, int]]:
    """Each key's queries at scale 1 and at scale 3, the tracker grown in between (printed too)."""
    from unittest import mock

    from rapport.web.core import sample

    # The sample banner's lookup is repeated once a minute: not in the middle of a measurement.
    with mock.patch.object(sample, "RECHECK_SECONDS", float("inf")):
        tracker = GrowingTracker()
        tracker.grow(1)
        small = measure(first_ids(), True)
        tracker.grow(3)
        large = measure(first_ids(), False)
    for key in small:  # shown when the test fails
        print(f"{key}: {small[key]} → {large[key]}")
    return {key: (small[key], large[key]) for key in small}
