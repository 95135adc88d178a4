"""Writes on people: resolving a spelled name to one Person, and recording positions."""

from __future__ import annotations

from datetime import date

from django.db import transaction

from rapport.pipeline.consensus import titles_agree
from rapport.pipeline.names import fullest_name, name_key, name_similarity, same_person
from rapport.web.core.changelog import log_create, logged_change
from rapport.web.core.services import party_ensure
from rapport.web.people.models import Person, PersonAlias, Position

# A party rarely has more people than this in the tracker; beyond it we only look at the
# blocking key (folded surname), which keeps resolution near-constant time.
_FULL_SCAN_LIMIT = 500


def _candidates(name: str, party_code: str | None) -> list[Person]:
    """People who could bear ``name``: same (or unknown) party, same surname key first."""
    people = Person.objects.prefetch_related("aliases")
    if party_code:
        people = people.filter(party__code=party_code)
    keyed = list(people.filter(name_key=name_key(name)))
    if keyed or people.count() > _FULL_SCAN_LIMIT:
        return keyed
    return list(people)  # a typo in the surname misses the key: compare with all, they are few


def _best_match(name: str, people: list[Person]) -> Person | None:
    """The person whose spellings best match ``name``, if any matches."""
    scored = [
        (max(name_similarity(name, a.name) for a in [*p.aliases.all(), p]), p)
        for p in people
        if any(same_person(name, a.name) for a in [*p.aliases.all(), p])
    ]
    return max(scored, key=lambda item: item[0])[1] if scored else None


def person_resolve(*, name: str, party: str | None) -> Person:
    """The Person a spelled name denotes within its party, created when no one matches."""
    name = " ".join(name.split())
    # The usual case, a known spelling, is one read: no savepoint needed for it.
    alias = PersonAlias.objects.filter(name=name, party__code=party).select_related("person")
    if (hit := alias.first()) is not None:
        return hit.person
    return person_match_or_create(name=name, party=party)[0]


@transaction.atomic
def person_match_or_create(*, name: str, party: str | None) -> tuple[Person, bool]:
    """The best-matching Person for a new spelling (which becomes an alias), or a new one (True)."""
    person = _best_match(name, _candidates(name, party))
    if person is None:
        person = Person.objects.create(
            name=name, party=party_ensure(code=party) if party else None, name_key=name_key(name)
        )
        log_create(person, message=f"first seen as {name!r}")
    else:
        spellings = [a.name for a in person.aliases.order_by("id")] + [name]
        with logged_change(person, message=f"new spelling {name!r}"):
            person.name = fullest_name(spellings)
            person.save(update_fields=["name", "last_updated"])
        if not person.aliases.filter(name=name).exists():
            PersonAlias.objects.create(person=person, name=name, party_id=person.party_id)
        return person, False
    # A new person has no aliases yet: this spelling is the first.
    PersonAlias.objects.create(person=person, name=name, party_id=person.party_id)
    return person, True


def position_record(
    *, person: Person, title: str, seen_on: date | None, known: list[Position] | None = None
) -> Position:
    """Note that ``person`` held ``title`` at a meeting on ``seen_on``, widening its dates.

    ``known``: the person's positions when the caller holds them (a batch); a new one is appended.
    """
    title = title.strip()[:400]
    held = known if known is not None else list(person.positions.all())
    # Wordings of one post ("Under Secretary of State" / "U.S. Under Secretary of State for ...")
    # are one position: the fullest wording is kept.
    position = next((p for p in held if titles_agree(p.title, title)), None)
    if position is None:
        position = Position.objects.create(person=person, title=title, party_id=person.party_id)
        if known is not None:
            known.append(position)
    elif len(title) > len(position.title):
        position.title = title
        position.save(update_fields=["title"])
    if seen_on is not None:
        changed = False
        if position.start is None or seen_on < position.start:
            position.start, changed = seen_on, True
        if position.end is None or seen_on > position.end:
            position.end, changed = seen_on, True
        if changed:
            position.save(update_fields=["start", "end"])
    return position
