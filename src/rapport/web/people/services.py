"""Writes on people: resolving a spelled name to one Person, and recording positions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from rapport.pipeline.consensus import titles_agree
from rapport.pipeline.names import fullest_name, name_key, name_similarity, same_person
from rapport.web.core.changelog import log_create, log_delete, logged_change
from rapport.web.core.models import ChangeAction
from rapport.web.core.services import party_ensure
from rapport.web.dialogues.models import Meeting, Participation
from rapport.web.people.models import Person, PersonAlias, Position


def near_keys(name: str) -> tuple[str, str]:
    """A name's blocking key, and the key of the name written in the other order (surname first)."""
    return name_key(name), name_key(" ".join(reversed(name.split())))


def key_is_near(candidate_key: str, key: str, swapped: str) -> bool:
    """Whether a person keyed ``candidate_key`` is a near-key candidate for a name with these
    ``near_keys``: the key shares its first or last three letters with the name's, or is the key
    of the name written surname first. The rule of ``candidate_people``'s second lookup, for
    people not stored yet."""
    return candidate_key.startswith(key[:3]) or candidate_key.endswith(key[-3:]) or candidate_key == swapped


def candidate_people(name: str, party_code: str | None) -> list[Person]:
    """People who could bear ``name``: same (or unknown, either side) party, found by the folded surname.

    The exact key (folded surname) answers most names. A typo in the surname, or the surname
    written first ("Kazykhan Yerzhan"), misses it; then people whose key is near it
    (``key_is_near``) are compared. The lookups stay on the (party, key) index however many
    people the tracker holds.
    """
    people = Person.objects.prefetch_related("aliases")
    if party_code:
        # Someone first seen without a party is the same person once a report gives theirs.
        people = people.filter(Q(party__code=party_code) | Q(party__isnull=True))
    key, swapped = near_keys(name)
    keyed = list(people.filter(name_key=key))
    if keyed or not key:
        return keyed
    near = Q(name_key__startswith=key[:3]) | Q(name_key__endswith=key[-3:]) | Q(name_key=swapped)
    return list(people.filter(near))


def best_match(name: str, people: Iterable[tuple[Person, Sequence[str]]]) -> Person | None:
    """Of (person, their spellings), the person whose spellings best match ``name``, if any does."""
    scored = [
        (max(name_similarity(name, spelling) for spelling in spellings), person)
        for person, spellings in people
        if any(same_person(name, spelling) for spelling in spellings)
    ]
    return max(scored, key=lambda item: item[0])[1] if scored else None


def spellings_of(person: Person) -> list[str]:
    """A stored person's aliases (prefetched ones when there are) and display name."""
    return [*(a.name for a in person.aliases.all()), person.name]


def person_resolve(*, name: str, party: str | None) -> Person:
    """The Person a spelled name denotes within its party, created when no one matches."""
    name = " ".join(name.split())
    # The usual case, a known spelling, is one read: no savepoint needed for it.
    alias = PersonAlias.objects.filter(name=name, party__code=party).select_related("person")
    if (hit := alias.first()) is not None:
        return hit.person
    return person_match_or_create(name=name, party=party)[0]


def person_new(*, name: str, party: str | None) -> Person:
    """An unsaved Person first seen as ``name`` in ``party``, with its blocking key."""
    return Person(name=name, party=party_ensure(code=party) if party else None, name_key=name_key(name))


@transaction.atomic
def person_match_or_create(*, name: str, party: str | None) -> tuple[Person, bool]:
    """The best-matching Person for a new spelling (which becomes an alias), or a new one (True)."""
    person = best_match(name, ((p, spellings_of(p)) for p in candidate_people(name, party)))
    if person is None:
        person = person_new(name=name, party=party)
        person.save()
        log_create(person, message=f"first seen as {name!r}")
    else:
        person_spelling_add(person, name)
        return person, False
    # A new person has no aliases yet: this spelling is the first.
    PersonAlias.objects.create(person=person, name=name, party_id=person.party_id)
    return person, True


def position_note(held: list[Position], person: Person, title: str, seen_on: date | None) -> tuple[Position, bool]:
    """Apply "``person`` held ``title`` on ``seen_on``" to their positions ``held``, in memory.

    Returns the position (unsaved and appended to ``held`` when new) and whether it changed.
    """
    title = title.strip()[:400]
    # Wordings of one post ("Under Secretary of State" / "U.S. Under Secretary of State for ...")
    # are one position: the fullest wording is kept.
    position = next((p for p in held if titles_agree(p.title, title)), None)
    changed = False
    if position is None:
        position, changed = Position(person=person, title=title, party_id=person.party_id), True
        held.append(position)
    elif len(title) > len(position.title):
        position.title, changed = title, True
    if seen_on is not None:
        if position.start is None or seen_on < position.start:
            position.start, changed = seen_on, True
        if position.end is None or seen_on > position.end:
            position.end, changed = seen_on, True
    return position, changed


def person_spelling_add(person: Person, name: str) -> None:
    """Record a new spelling of a stored person: an alias, and the fullest spelling as the name."""
    spellings = [a.name for a in person.aliases.order_by("id")] + [name]
    fullest = fullest_name(spellings)
    if fullest != person.name:
        with logged_change(person, message=f"new spelling {name!r}"):
            person.name = fullest
            person.save(update_fields=["name", "last_updated"])
    if name not in spellings[:-1]:
        PersonAlias.objects.create(person=person, name=name, party_id=person.party_id)


@transaction.atomic
def person_rename(*, person: Person, name: str) -> Person:
    """Give a person the name a reviewer knows is right; the old name stays a spelling of them."""
    name = " ".join(name.split())[:200]
    if not name:
        raise ValidationError("Give the person's name.")
    old = person.name
    with logged_change(person, action=ChangeAction.CORRECT, message=f"renamed from {old!r}"):
        person.name, person.name_key = name, name_key(name)
        person.save(update_fields=["name", "name_key", "last_updated"])
    for spelling in (old, name):
        if not PersonAlias.objects.filter(person=person, name=spelling).exists():
            PersonAlias.objects.create(person=person, name=spelling, party_id=person.party_id)
    return person


@transaction.atomic
def person_merge(*, target: Person, other: Person) -> Person:
    """Fold ``other`` into ``target`` (the same person under two records): chairs, spellings and
    positions move, reviewers' chair lists follow, and ``other`` is deleted; both are recorded."""
    if target.pk == other.pk:
        raise ValidationError("A person cannot be merged into themselves.")
    with logged_change(target, action=ChangeAction.MERGE, message=f"merged person #{other.pk} ({other.name})"):
        both = Participation.objects.filter(person=target).values("meeting_id")
        Participation.objects.filter(person=other, meeting_id__in=both).delete()  # already there as target
        Participation.objects.filter(person=other).update(person=target)
        known = set(PersonAlias.objects.filter(person=target).values_list("name", flat=True))
        for alias in PersonAlias.objects.filter(person=other):
            if alias.name not in known:
                PersonAlias.objects.create(person=target, name=alias.name, party_id=alias.party_id)
        titles = set(Position.objects.filter(person=target).values_list("title", flat=True))
        Position.objects.filter(person=other).exclude(title__in=titles).update(person=target)
        for meeting in Meeting.objects.filter(corrections__has_key="chairs"):
            rows = meeting.corrections["chairs"]
            if any(r["person"] == other.pk for r in rows):
                merged = {r["person"] if r["person"] != other.pk else target.pk: r for r in rows}
                for pk, row in merged.items():
                    row.update(person=pk, name=target.name if pk == target.pk else row["name"])
                with logged_change(meeting, action=ChangeAction.CORRECT, message=f"chair {other.name} is {target.name}"):
                    meeting.corrections = {**meeting.corrections, "chairs": list(merged.values())}
                    meeting.save(update_fields=["corrections", "last_updated"])
        log_delete(other, message=f"merged into person #{target.pk} ({target.name})")
        other.delete()
        target.save(update_fields=["last_updated"])
    return target
