"""The people a batch of meetings names, read at once: resolving spellings without a query each.

Refreshing the chairs of many meetings asks the same questions again and again: which person
bears this spelling in this party, is the spelling already an alias, which positions does the
person hold. ``PeopleBatch`` reads the answers for every spelling of the batch in two queries
and answers from memory. A spelling no alias has is matched (``people.services`` rules) against
the stored people near it and the people this batch met first, by the same rule; people and aliases new to the
tracker wait in memory and are inserted together by ``save_people``, and positions by
``save_positions``, so a batch costs a handful of inserts however many people it names.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rapport.pipeline.names import fullest_name
from rapport.web.core.changelog import log_create_many, logged_change
from rapport.web.core.services import party_ensure
from rapport.web.people.models import Person, PersonAlias, Position
from rapport.web.people.services import (
    best_match,
    candidate_people,
    key_is_near,
    near_keys,
    person_new,
    person_spelling_add,
    position_note,
    spellings_of,
)

Spelling = tuple[str, str | None]
"""A name as spelled, and the party code it was given for (None: unknown)."""


class PeopleBatch:
    """Who bears which spelling, and their positions, for the spellings of one write batch."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_spelling: dict[Spelling, Person] = {}
        self.positions: dict[int, list[Position]] = {}
        self._stored: dict[int, Person] = {}
        self._new: list[tuple[Person, str | None, list[str]]] = []  # person, party, spellings
        self._new_aliases: dict[tuple[int, str], PersonAlias] = {}
        self._changed_positions: dict[int, Position] = {}
        spelled = {" ".join(name.split()) for name in names}
        aliases = PersonAlias.objects.filter(name__in=spelled).select_related("person", "party").order_by("id")
        for alias in aliases:
            person = self._stored.setdefault(alias.person_id, alias.person)
            self.by_spelling.setdefault((alias.name, alias.party.code if alias.party else None), person)
        for position in Position.objects.filter(person_id__in=list(self._stored)).order_by("id"):
            self.positions.setdefault(position.person_id, []).append(position)

    def resolve(self, name: str, party: str | None) -> Person:
        """The Person ``name`` denotes in ``party`` (as ``person_resolve``); a new one is unsaved until ``save_people``."""
        name = " ".join(name.split())
        if (known := self.by_spelling.get((name, party))) is not None:
            return known
        key, swapped = near_keys(name)
        stored = [(self._stored.setdefault(p.pk, p), spellings_of(p)) for p in candidate_people(name, party)]
        pending = [(p, spellings) for p, code, spellings in self._new if party is None or code in (party, None)]
        # People new in this batch are candidates as if they were stored (``candidate_people``'s
        # rule), so where a batch ends does not change who is who: those with the same key when
        # any candidate has it, else those with a near key.
        exact = [(p, spellings) for p, spellings in [*stored, *pending] if p.name_key == key]
        if exact or not key:
            candidates = exact
        else:
            candidates = [*stored, *((p, s) for p, s in pending if key_is_near(p.name_key, key, swapped))]
        person = best_match(name, candidates)
        if person is None:
            person = person_new(name=name, party=party)
            self._new.append((person, party, [name]))
        elif person.pk is None:
            spellings = next(s for p, _, s in self._new if p is person)
            spellings.append(name)
            person.name = fullest_name(spellings)
        else:
            person_spelling_add(person, name)  # a stored person's new spelling: written at once
            if person.pk not in self.positions:
                self.positions[person.pk] = list(person.positions.order_by("id"))
        if party and person.party_id is None and person.party is None:
            _party_adopt(person, party)
            self._new = [(p, party if p is person else code, s) for p, code, s in self._new]
        self.by_spelling[(name, party)] = person
        return person

    def add_aliases(self, person: Person, party: str | None, spellings: Iterable[str]) -> None:
        """Record each spelling as an alias of ``person`` unless some alias in the party has it."""
        for spelling in spellings:
            if (spelling, party) in self.by_spelling:
                continue
            self._new_aliases[(id(person), spelling)] = PersonAlias(person=person, name=spelling, party_id=person.party_id)
            self.by_spelling[(spelling, party)] = person

    def save_people(self) -> None:
        """Insert the people and aliases new in this batch (people logged as created)."""
        people = [person for person, _, _ in self._new]
        Person.objects.bulk_create(people)
        log_create_many(people, message="first seen in an ingested report")
        aliases = [*self._new_aliases.values(), *(
            PersonAlias(person=p, name=n, party_id=p.party_id) for p, _, spellings in self._new for n in spellings
        )]
        for alias in aliases:
            alias.person_id = alias.person.pk  # set before the person had its key
        unique = {(a.person_id, a.name): a for a in aliases}
        # A spelling given without a party may already be an alias of the person under theirs.
        PersonAlias.objects.bulk_create(list(unique.values()), ignore_conflicts=True)
        for person in people:
            self.positions[person.pk] = []
        self._new.clear()
        self._new_aliases.clear()

    def position(self, person: Person, title: str, seen_on: date | None) -> None:
        """Note that ``person`` held ``title`` on ``seen_on`` (``position_note``); written by ``save_positions``."""
        position, changed = position_note(self.positions.setdefault(person.pk, []), person, title, seen_on)
        if changed:
            self._changed_positions[id(position)] = position

    def save_positions(self) -> None:
        """Write the positions noted: new ones in one insert, changed ones in one update."""
        pending = list(self._changed_positions.values())
        self._changed_positions.clear()
        Position.objects.bulk_create([p for p in pending if p.pk is None])
        Position.objects.bulk_update([p for p in pending if p.pk is not None], ["title", "start", "end"])


def _party_adopt(person: Person, party: str) -> None:
    """Give a person first seen without a party the party a later report names."""
    if person.pk is None:
        person.party = party_ensure(code=party)
        return
    with logged_change(person, message=f"party {party} named by a report"):
        person.party = party_ensure(code=party)
        person.save(update_fields=["party", "last_updated"])
