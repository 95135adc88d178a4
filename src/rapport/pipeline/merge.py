"""Which reports describe the same real meeting: blocking, then field compatibility.

Interface (used by ``rapport eval --merge`` and by the tracker's store):

- ``cluster_reports(records, published=None) -> list[list[int]]``: the indexes of ``records``
  grouped by real meeting by ``grouping.group_reports`` (the decision ingest runs too); every
  index appears in exactly one cluster, an unplaced report in one of its own.
- ``match_meeting(candidate: MeetingRecord, existing: Sequence[MeetingRecord]) -> int | None``:
  the index of the existing meeting (each given as a summary record, see ``summarise``) that
  ``candidate`` reports, or None for a new meeting.

Rules: records merge only with the same parties and compatible mechanisms (``mechanisms_canon``);
a clearly different date (more than ``DATE_SLACK_DAYS`` apart, or disjoint month/year) or a
different round never merges. A different place or different chairs of the same party block a
merge unless both give the same day (then they are conflicting values of one meeting). A record
without a date joins a meeting only on positive evidence: same round, or same place and chairs.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapport.pipeline.consensus import chairs_match, choose, choose_date, group_chairs
from rapport.pipeline.mechanisms_canon import canonical_name, mechanisms_compatible, party_key
from rapport.pipeline.periods import parse_period
from rapport.pipeline.types import Chair, MeetingRecord, Place

DATE_SLACK_DAYS = 3
"""Day-precise dates this far apart may still be one meeting (multi-day rounds, late readouts)."""


def _dates(a: MeetingRecord, b: MeetingRecord) -> tuple[bool | None, bool]:
    """(compatible or None when unknown, same exact day) of two records' dates."""
    pa, pb = parse_period(a.date), parse_period(b.date)
    if pa is None or pb is None:
        return None, False
    both_days = pa.precision == pb.precision == "day"
    slack = DATE_SLACK_DAYS if both_days else 0
    return pa.overlaps(pb, slack_days=slack), both_days and pa.start == pb.start


def place_agreement(a: Place | None, b: Place | None) -> int:
    """+1 same city, -1 different city or country, 0 unknown."""
    if a is None or b is None:
        return 0
    if a.country and b.country and a.country != b.country:
        return -1
    if a.city and b.city:
        return 1 if a.city.casefold() == b.city.casefold() else -1
    return 0


def chair_agreement(a: Sequence[Chair], b: Sequence[Chair]) -> tuple[int, int]:
    """(parties whose chairs match, parties whose named chairs all differ)."""
    matches = conflicts = 0
    parties = {c.party for c in a if c.party} & {c.party for c in b if c.party}
    for party in parties:
        mine = [c for c in a if c.party == party]
        theirs = [c for c in b if c.party == party]
        if any(chairs_match(x, y) for x in mine for y in theirs):
            matches += 1
        else:
            conflicts += 1
    return matches, conflicts


def compare(a: MeetingRecord, b: MeetingRecord) -> float | None:
    """A score of evidence that two records report one meeting, or None when they cannot."""
    key = party_key(a.parties)
    if not key or key != party_key(b.parties) or not mechanisms_compatible(a.mechanism, b.mechanism):
        return None
    if a.round is not None and b.round is not None and a.round != b.round:
        return None
    dates_ok, same_day = _dates(a, b)
    if dates_ok is False:
        return None
    place = place_agreement(a.place, b.place)
    chair_matches, chair_conflicts = chair_agreement(a.chairs, b.chairs)
    if (place < 0 or chair_conflicts) and not same_day:
        return None
    same_round = a.round is not None and a.round == b.round
    if dates_ok is None and not (same_round or (place > 0 and chair_matches)):
        return None
    score = 3.0 if same_day else (1.0 if dates_ok else 0.0)
    return score + 2.0 * same_round + max(place, 0) + 0.5 * chair_matches


def match_meeting(candidate: MeetingRecord, existing: Sequence[MeetingRecord]) -> int | None:
    """The index of the best-matching existing meeting summary, or None for a new meeting."""
    best: tuple[float, int] | None = None
    for index, summary in enumerate(existing):
        score = compare(candidate, summary)
        if score is not None and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best else None


def summarise(records: Sequence[MeetingRecord]) -> MeetingRecord:
    """One record standing for a meeting: values chosen by support, every chair spelling kept."""
    first = records[0]
    names = [r.mechanism for r in records if r.mechanism]
    cities = choose([r.place for r in records if r.place and r.place.city])
    countries = choose([r.place.country for r in records if r.place and r.place.country])
    place = cities.value or (Place(city=None, country=countries.value) if countries.value else None)
    chairs = tuple(
        Chair(name=name, party=group.party)
        for group in group_chairs(records) for name in dict.fromkeys(group.names)
    )
    return MeetingRecord(
        mechanism=canonical_name(names) or None,
        parties=first.parties,
        round=choose([r.round for r in records]).value,
        date=choose_date([r.date for r in records]).value,
        place=place,
        chairs=chairs,
    )


def cluster_reports(records: Sequence[MeetingRecord], published: Sequence[str | None] | None = None) -> list[list[int]]:
    """Indexes of ``records`` grouped by meeting (``grouping.cluster_items``), unplaced ones alone."""
    from rapport.pipeline.grouping import Item, cluster_items

    dates = list(published) if published is not None else [None] * len(records)
    return cluster_items([Item(record, when) for record, when in zip(records, dates, strict=True)])
