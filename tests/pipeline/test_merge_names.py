"""Person-name matching and mechanism canonicalisation used by the merge."""

from __future__ import annotations

import pytest

from rapport.pipeline.mechanisms_canon import mechanism_family, mechanism_key, mechanisms_compatible
from rapport.pipeline.names import fullest_name, name_key, parse_name, same_person


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Yerzhan Kazykhan", "Erzhan Kazykhan"),
        ("Ye. Kazykhan", "Yerzhan Kazykhan"),
        ("Y. Kazykhan", "Erzhan Kazykhan"),
        ("U. Zeya", "Uzra Zeya"),
        ("Uzry Zeya", "Uzra Zeya"),
        ("Ambassador Uzra Zéya", "Uzra Zeya"),
        ("Kazykhan Yerzhan", "Yerzhan Kazykhan"),
        ("Dan Rosenblum", "Daniel Rosenblum"),
        ("U.Zeya", "Uzra Zeya"),
    ],
)
def test_same_person_accepts_variants(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Uzra Zeya", "Yerzhan Kazykhan"),
        ("John Smith", "Jane Smith"),
        ("A. Smith", "B. Smith"),
        ("Uzra Zeya", "Uzra Kazykhan"),
    ],
)
def test_same_person_rejects_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_name_key_folds_transliterations() -> None:
    assert name_key("Yerzhan Kazykhan") == name_key("Erzhan Kazikhan")
    assert parse_name("H.E. Mr. Yerzhan Kazykhan").surname == "kazykhan"


def test_fullest_name_prefers_full_given_names() -> None:
    assert fullest_name(["U. Zeya", "Uzra Zeya", "Uzry Zeya", "Uzra Zeya"]) == "Uzra Zeya"


def test_mechanism_family_groups_human_rights_dialogues() -> None:
    assert mechanism_family("EU-China Human Rights Dialogue") == "human_rights"
    assert mechanism_family("High-Level Dialogue on Human Rights and Democratic Reforms") == "human_rights"
    assert mechanism_family("EU-Indonesia Political Dialogue") == mechanism_family(
        "Political Dialogue between the European Union and Indonesia"
    )


def test_mechanisms_compatible_keeps_kinds_apart() -> None:
    assert mechanisms_compatible("EU-Indonesia Human Rights Dialogue", None)
    assert not mechanisms_compatible("EU-Indonesia Human Rights Dialogue", "EU-Indonesia Political Dialogue")
    assert mechanism_key(None, ["US", "KZ"]) == "KZ,US:human_rights"
