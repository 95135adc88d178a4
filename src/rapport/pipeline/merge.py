"""Which reports describe the same real meeting: blocking, then field compatibility.

Interface (used by ``rapport eval --merge`` and by the tracker's store):

- ``cluster_reports(records: Sequence[MeetingRecord]) -> list[list[int]]``: the indexes of
  ``records`` grouped by real meeting; every index appears in exactly one cluster, clusters and
  their members in input order of first appearance.
- ``match_meeting(candidate: MeetingRecord, existing: Sequence[MeetingRecord]) -> int | None``:
  the index of the existing meeting (each given as a summary record, see ``summarise``) that
  ``candidate`` reports, or None for a new meeting. The store calls it with the few meetings of
  the same parties near the candidate's date, so work stays near-linear.

Rules: records merge only with the same parties and compatible mechanisms (``mechanisms_canon``);
a clearly different date (more than ``DATE_SLACK_DAYS`` apart, or disjoint month/year) or a
different round never merges. A different place or different chairs of the same party block a
merge unless both give the same day (then they are conflicting values of one meeting). A record
without a date joins a meeting only on positive evidence: same round, or same place and chairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapport.pipeline.consensus import chairs_match, choose, choose_date, group_chairs
from rapport.pipeline.mechanisms_canon import canonical_name, mechanisms_compatible, party_key
from rapport.pipeline.periods import Period, parse_period, precision_of
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


def _places(a: Place | None, b: Place | None) -> int:
    """+1 same city, -1 different city or country, 0 unknown."""
    if a is None or b is None:
        return 0
    if a.country and b.country and a.country != b.country:
        return -1
    if a.city and b.city:
        return 1 if a.city.casefold() == b.city.casefold() else -1
    return 0


def _chairs(a: Sequence[Chair], b: Sequence[Chair]) -> tuple[int, int]:
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
    place = _places(a.place, b.place)
    chair_matches, chair_conflicts = _chairs(a.chairs, b.chairs)
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


def _year_slots(period: Period | None) -> list[int | None]:
    """The year buckets a record looks in: its years and the neighbours the slack may reach."""
    if period is None:
        return [None]
    return list(range(period.start.year - 1, period.end.year + 2))


def _cluster_block(records: Sequence[MeetingRecord], indexes: list[int]) -> list[list[int]]:
    """Cluster the records of one block (same parties), most precise dates first."""
    # Precise records seed clusters first, so vaguer ones join the right meeting.
    order = sorted(indexes, key=lambda i: (-_precision(records[i]), i))
    clusters: list[list[int]] = []
    summaries: list[MeetingRecord] = []
    by_year: dict[int | None, list[int]] = defaultdict(list)
    for i in order:
        period = parse_period(records[i].date)
        if period is None:
            pool = list(range(len(clusters)))
        else:
            pool = sorted({c for y in [*_year_slots(period), None] for c in by_year[y]})
        found = match_meeting(records[i], [summaries[c] for c in pool])
        if found is None:
            clusters.append([i])
            summaries.append(summarise([records[i]]))
            year = period.start.year if period else None
            by_year[year].append(len(clusters) - 1)
        else:
            c = pool[found]
            clusters[c].append(i)
            summaries[c] = summarise([records[j] for j in clusters[c]])
    return clusters


def _precision(record: MeetingRecord) -> int:
    return precision_of(record.date)


def cluster_reports(records: Sequence[MeetingRecord]) -> list[list[int]]:
    """Indexes of ``records`` grouped by the real meeting they report (see module docstring)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    singles: list[list[int]] = []
    for index, record in enumerate(records):
        key = party_key(record.parties)
        if key:
            blocks[key].append(index)
        else:
            singles.append([index])
    clusters = singles + [c for idx in blocks.values() for c in _cluster_block(records, idx)]
    clusters = [sorted(c) for c in clusters]
    return sorted(clusters, key=lambda c: c[0])
