"""``people.services``: one Person per real person across spellings, parties kept apart."""

from __future__ import annotations

import pytest
from tracker_factories import chairs, make_record, make_result

from rapport.pipeline.types import ExtractionResult
from rapport.web.core.actor import acting_as
from rapport.web.people.models import Person
from rapport.web.people.services import person_resolve
from rapport.web.sources.services import source_ingest_many

pytestmark = pytest.mark.django_db


def test_person_resolve_joins_spellings_of_one_person() -> None:
    first = person_resolve(name="Ye. Kazykhan", party="KZ")
    for spelling in ("Yerzhan Kazykhan", "Erzhan Kazykhan", "Y. Kazykhan"):
        assert person_resolve(name=spelling, party="KZ") == first
    first.refresh_from_db()
    assert first.name == "Yerzhan Kazykhan"
    assert first.aliases.count() == 4


def test_person_resolve_keeps_same_surname_in_other_parties_apart() -> None:
    kz = person_resolve(name="Timur Suleimenov", party="KZ")
    us = person_resolve(name="Timur Suleimenov", party="US")
    assert kz != us
    assert Person.objects.count() == 2


def test_person_resolve_finds_a_typo_in_the_surname() -> None:
    zeya = person_resolve(name="Uzra Zeya", party="US")
    assert person_resolve(name="Uzra Zeyya", party="US") == zeya


def test_person_resolve_finds_typos_and_surname_first_among_many_people() -> None:
    # Many people of the party, none sharing the surname: the near-key lookup must still find
    # the one person a misspelt or reordered name denotes, and only that one.
    for index, surname in enumerate(("Abenov", "Bekova", "Dosanov", "Ermekov", "Ibrayev", "Nurlanova")):
        person_resolve(name=f"Aidar {surname}", party="KZ")
        person_resolve(name=f"Dana {surname}{index}", party="KZ")
    kazykhan = person_resolve(name="Yerzhan Kazykhan", party="KZ")
    assert person_resolve(name="Yerzhan Kazyhkan", party="KZ") == kazykhan  # letters swapped mid-word
    assert person_resolve(name="Yerzhan Kasykhan", party="KZ") == kazykhan  # one letter wrong
    assert person_resolve(name="Kazykhan Yerzhan", party="KZ") == kazykhan  # surname first
    newcomer = person_resolve(name="Marat Tazhin", party="KZ")
    assert newcomer != kazykhan
    assert newcomer.name == "Marat Tazhin"


@pytest.mark.parametrize(("first", "second", "people"), [
    ("Yerzhan Kazykhan", "Kazykhan Yerzhan", 1),  # surname first
    ("Yerzhan Kazykhan", "Yerzhan Kasykhan", 1),  # a typo
    ("Timur Suleimenov", "Marat Tazhin", 2),
    # Alike, but the keys share neither end: the lookup of stored people never compares them.
    ("Nurlan Yermekbayev", "Nurlan Iermekbaeva", 2),
])
def test_who_is_who_does_not_depend_on_where_a_batch_ends(first: str, second: str, people: int) -> None:
    """Two spellings met in one write batch resolve as they do in two batches, one after the other."""
    def results(party: str, *rounds: tuple[str, str]) -> list[tuple[ExtractionResult, str]]:
        """Reports of rounds a year or more apart (never one meeting), each chaired by ``name``."""
        return [(make_result(make_record(parties=(party, "US"), date=day, chairs=chairs((name, party)))), "")
                for name, day in rounds]

    with acting_as(label="test:ingest"):
        source_ingest_many(results=results("KZ", (first, "2022-04-24"), (second, "2024-04-24")))
        source_ingest_many(results=results("UZ", (first, "2022-04-24")))
        source_ingest_many(results=results("UZ", (second, "2024-04-24")))
    one_batch = Person.objects.filter(party__code="KZ").count()
    two_batches = Person.objects.filter(party__code="UZ").count()
    assert one_batch == two_batches == people
