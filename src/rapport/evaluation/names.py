"""Matching people's names as annotators and extractors spell them ("Yerzhan"/"Erzhan", "D. Rand")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

NAME_RATIO = 85.0
"""Least rapidfuzz ratio (0–100) at which two normalised names are the same person."""

_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "he", "h.e", "prof", "sir", "madam"})
_NON_WORD = re.compile(r"[^\w\s]")


def normalise_text(value: str) -> str:
    """``value`` casefolded, without diacritics or punctuation, with single spaces."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NON_WORD.sub(" ", plain).split())


def normalise_name(name: str) -> str:
    """A person's name normalised for comparison, honorifics ("Ms.", "Dr") dropped."""
    words = normalise_text(name).split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def same_person(first: str, second: str) -> bool:
    """Whether two spellings name one person: equal, fuzzy ratio ≥ 85, or same surname and initial."""
    a, b = normalise_name(first), normalise_name(second)
    if not a or not b:
        return False
    if a == b or fuzz.ratio(a, b) >= NAME_RATIO:
        return True
    a_words, b_words = a.split(), b.split()
    return (
        len(a_words) > 1
        and len(b_words) > 1
        and a_words[-1] == b_words[-1]
        and a_words[0][0] == b_words[0][0]
    )


def match_names(predicted: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs of the same person, closest spellings first."""
    candidates = sorted(
        (-fuzz.ratio(normalise_name(p), normalise_name(g)), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if same_person(p, g)
    )
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_predicted and j not in used_gold:
            used_predicted.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs
