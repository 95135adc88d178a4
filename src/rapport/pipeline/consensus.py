"""Choosing one value per field from several reports of the same meeting, keeping conflicts.

Each report votes for its value. Compatible values of different precision agree: a report that
says ``2024-05`` supports another's ``2024-05-20``, which wins as the more precise. Values that
cannot both be true (``Astana`` and ``Almaty``) are conflicts: the best-supported wins and the
others are kept, with their support, for reviewers to see.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from rapport.pipeline.names import fullest_name, same_person
from rapport.pipeline.periods import parse_period, precision_of
from rapport.pipeline.types import Chair, MeetingRecord

T = TypeVar("T", bound=Hashable)


@dataclass(frozen=True)
class Chosen(Generic[T]):
    """The value chosen for a field, how many reports support it, and the rival values."""

    value: T | None
    support: int = 0
    conflicts: tuple[tuple[T, int], ...] = ()


def choose(values: Sequence[T | None], *, agrees: Callable[[T, T], bool] | None = None,
           rank: Callable[[T], int] | None = None) -> Chosen[T]:
    """The best-supported value; with ``agrees``, compatible values pool their support."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return Chosen(None)
    agree = agrees or (lambda a, b: a == b)
    precision = rank or (lambda v: 0)

    def support(value: T) -> int:
        return sum(n for other, n in counts.items() if agree(value, other))

    best = max(counts, key=lambda v: (support(v), precision(v), counts[v]))
    rivals = tuple(
        (v, n) for v, n in counts.most_common() if not agree(best, v)
    )
    return Chosen(best, support(best), rivals)


def dates_agree(a: str, b: str) -> bool:
    """Whether two ISO dates of any precision can mean the same day."""
    pa, pb = parse_period(a), parse_period(b)
    if pa is None or pb is None:
        return a == b
    return pa.contains(pb) or pb.contains(pa)


def choose_date(values: Sequence[str | None]) -> Chosen[str]:
    """The date best supported, the most precise among those that agree."""
    return choose(values, agrees=dates_agree, rank=precision_of)


_TITLE_FILLER = frozenset({"of", "the", "for", "and", "u.s.", "us", "a"})


def _title_words(title: str) -> frozenset[str]:
    words = re.findall(r"[a-z.]+", title.casefold())
    return frozenset(w.strip(".") for w in words if w not in _TITLE_FILLER and w.strip("."))


def titles_agree(a: str, b: str) -> bool:
    """Whether two position titles can be the same post: one's words contain the other's."""
    if " ".join(a.casefold().split()) == " ".join(b.casefold().split()):
        return True  # the same wording, even in a script the word split does not read
    wa, wb = _title_words(a), _title_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def choose_title(values: Sequence[str | None]) -> Chosen[str]:
    """The position best supported, the fullest among titles that agree."""
    return choose(values, agrees=titles_agree, rank=len)


@dataclass
class ChairGroup:
    """One person chairing across reports: the spellings, positions and reports that name them."""

    party: str | None
    names: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    reports: set[int] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The fullest spelling seen."""
        return fullest_name(self.names)

    @property
    def position(self) -> Chosen[str]:
        """The position most reports give, with rival titles kept as conflicts."""
        return choose_title(self.positions)


def chairs_match(a: Chair, b: Chair) -> bool:
    """Whether two chairs are the same person: same (or unknown) party and matching names."""
    if a.party and b.party and a.party != b.party:
        return False
    return same_person(a.name, b.name)


def group_chairs(records: Sequence[MeetingRecord]) -> list[ChairGroup]:
    """The distinct people chairing across ``records``, each with all their spellings."""
    groups: list[ChairGroup] = []
    for index, record in enumerate(records):
        for chair in record.chairs:
            group = next(
                (g for g in groups
                 if any(chairs_match(chair, Chair(name=n, party=g.party)) for n in g.names)),
                None,
            )
            if group is None:
                group = ChairGroup(party=chair.party)
                groups.append(group)
            group.party = group.party or chair.party
            group.names.append(chair.name)
            if chair.position:
                group.positions.append(chair.position)
            group.reports.add(index)
    return groups
