"""The people a batch of meetings names, read at once: resolving spellings without a query each.

Refreshing the chairs of many meetings asks the same questions again and again: which person
bears this spelling in this party, is the spelling already an alias, which positions does the
person hold. ``PeopleBatch`` reads the answers for every spelling of the batch in two queries,
keeps them current as it writes (new people, aliases, positions), and falls back to
``people.services`` for a spelling no alias has yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rapport.web.people.models import Person, PersonAlias, Position
from rapport.web.people.services import person_match_or_create, position_record

Spelling = tuple[str, str | None]
"""A name as spelled, and the party code it was given for (None: unknown)."""


class PeopleBatch:
    """Who bears which spelling, and their positions, for the spellings of one write batch."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_pk: dict[int, Person] = {}
        self.by_spelling: dict[Spelling, Person] = {}
        self.positions: dict[int, list[Position]] = {}
        spelled = {" ".join(name.split()) for name in names}
        aliases = PersonAlias.objects.filter(name__in=spelled).select_related("person", "party").order_by("id")
        for alias in aliases:
            person = self.by_pk.setdefault(alias.person_id, alias.person)
            self.by_spelling.setdefault((alias.name, alias.party.code if alias.party_id else None), person)
        for position in Position.objects.filter(person_id__in=list(self.by_pk)).order_by("id"):
            self.positions.setdefault(position.person_id, []).append(position)

    def resolve(self, name: str, party: str | None) -> Person:
        """The Person ``name`` denotes in ``party`` (as ``person_resolve``), created when no one matches."""
        name = " ".join(name.split())
        if (known := self.by_spelling.get((name, party))) is not None:
            return known
        person, created = person_match_or_create(name=name, party=party)  # the spelling becomes an alias
        if person.pk in self.by_pk:
            self.by_pk[person.pk].name = person.name  # a new spelling may give a fuller name
            person = self.by_pk[person.pk]
        else:
            self.by_pk[person.pk] = person
            self.positions[person.pk] = [] if created else list(person.positions.order_by("id"))
        self.by_spelling[(name, party)] = person
        return person

    def add_aliases(self, person: Person, party: str | None, spellings: Iterable[str]) -> None:
        """Record each spelling as an alias of ``person`` unless some alias in the party has it."""
        for spelling in spellings:
            if (spelling, party) in self.by_spelling:
                continue
            PersonAlias.objects.get_or_create(person=person, name=spelling, defaults={"party_id": person.party_id})
            self.by_spelling[(spelling, party)] = person

    def position(self, person: Person, title: str, seen_on: date | None) -> None:
        """Note that ``person`` held ``title`` on ``seen_on`` (``position_record``)."""
        known = self.positions.setdefault(person.pk, [])
        position_record(person=person, title=title, seen_on=seen_on, known=known)
