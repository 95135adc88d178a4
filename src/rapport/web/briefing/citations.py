"""Numbered references: each source cited gets one number, in order of first citation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rapport.web.sources.models import Source


class Citations:
    """The sources cited so far, numbered from 1 in the order they were first cited."""

    def __init__(self) -> None:
        self._numbers: dict[int, int] = {}
        self.sources: list[Source] = []

    def cite(self, sources: Iterable[Source]) -> list[int]:
        """The reference numbers of ``sources`` (numbering new ones), sorted, without repeats."""
        numbers: set[int] = set()
        for source in sources:
            if source.pk not in self._numbers:
                self.sources.append(source)
                self._numbers[source.pk] = len(self.sources)
            numbers.add(self._numbers[source.pk])
        return sorted(numbers)
