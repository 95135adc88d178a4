"""Person names: normalisation, a transliteration-folded key, and same-person matching.

Readouts spell one person many ways: transliterations ("Yerzhan"/"Erzhan", "Kazykhan"/
"Kazikhan"), initials ("Ye. Kazykhan", "U. Zeya") and typos ("Uzry Zeya"). Two spellings name
the same person when their surnames fold to nearly the same skeleton and their given names are
compatible (equal, one an initial of the other, or a close fuzzy match). Parties are compared by
the callers: the same surname in two parties is two people.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

# Honorifics and titles that precede names in readouts; they are not part of the name.
_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "he", "h.e", "ambassador", "amb", "minister", "deputy", "sir", "madam", "excellency", "his", "her", "sen", "senator", "rep", "hon", "honourable", "honorable"]
)
# Ordered folds that map common transliteration variants onto one skeleton (why: Russian and
# Kazakh names reach English readouts through several romanisation systems).
_FOLDS: tuple[tuple[str, str], ...] = (
    (r"^ye", "e"),
    (r"^yu", "u"),
    (r"^ya", "a"),
    (r"dzh", "j"),
    (r"zh", "j"),
    (r"kh", "h"),
    (r"ts", "c"),
    (r"ch", "c"),
    (r"sh", "s"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"y", "i"),
    (r"ii", "i"),
    (r"(.)\1", r"\1"),
)
_SURNAME_MIN_SCORE = 85.0
_GIVEN_MIN_SCORE = 70.0


@dataclass(frozen=True)
class PersonName:
    """A name split into given-name tokens and a surname, lower-case, accents stripped."""

    given: tuple[str, ...]
    surname: str

    @property
    def key(self) -> str:
        """The transliteration-folded surname: the blocking key for candidate people."""
        return fold(self.surname)


def strip_accents(text: str) -> str:
    """The text with accents removed ("Zéya" → "Zeya")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# parse_name and fold are pure and asked about the same few names again and again (every
# candidate meeting's chairs, every spelling of a person): cached, they cost nothing the second time.
@lru_cache(maxsize=16384)
def parse_name(name: str) -> PersonName:
    """Split a name as written into given names and surname, dropping titles and punctuation."""
    text = strip_accents(name).lower().replace("’", "'")
    tokens = [t for t in re.split(r"[\s,]+", text) if t]
    tokens = [t for t in tokens if t.rstrip(".") not in _TITLES]
    tokens = [re.sub(r"[^a-z'.\-]", "", t) for t in tokens]
    tokens = [t for t in tokens if t.strip(".-'")]
    if not tokens:
        return PersonName(given=(), surname="")
    # Initials may be glued: "U.Zeya" → "u.", "zeya".
    split: list[str] = []
    for token in tokens:
        split.extend(p for p in re.split(r"(?<=\.)(?=[a-z])", token) if p)
    given = tuple(t.strip("'-") for t in split[:-1])
    return PersonName(given=given, surname=split[-1].strip(".'-"))


@lru_cache(maxsize=16384)
def fold(token: str) -> str:
    """The transliteration skeleton of one name token ("Yerzhan" and "Erzhan" → "erjan")."""
    text = re.sub(r"[^a-z]", "", token.lower())
    for pattern, repl in _FOLDS:
        text = re.sub(pattern, repl, text)
    return text


def name_key(name: str) -> str:
    """The blocking key of a name as written: its folded surname."""
    return parse_name(name).key


def _is_initial(token: str) -> bool:
    return token.endswith(".") or (len(token.strip(".")) <= 2 and len(token) <= 3)


def _initials_compatible(a: str, b: str) -> bool:
    """Whether two given-name tokens could start the same name ("Ye." and "Erzhan": yes)."""
    fa, fb = fold(a.strip(".")), fold(b.strip("."))
    if not fa or not fb:
        return True
    # "Ye."/"Y."/"E." all open Cyrillic Е-names; folding maps them to "e"/"i"/"e".
    vowels_like = {"e", "i"}
    return fa[0] == fb[0] or (fa[0] in vowels_like and fb[0] in vowels_like)


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the first given names agree: missing, initial-compatible or a close match."""
    if not a or not b:
        return True
    first_a, first_b = a[0], b[0]
    if _is_initial(first_a) or _is_initial(first_b):
        return _initials_compatible(first_a, first_b)
    fa, fb = fold(first_a), fold(first_b)
    short, long_ = sorted((fa, fb), key=len)
    # A short form is a prefix of the full name ("Dan"/"Daniel").
    if len(short) >= 3 and long_.startswith(short):
        return True
    return fuzz.ratio(fa, fb) >= _GIVEN_MIN_SCORE


def _surname_score(a: PersonName, b: PersonName) -> float:
    return fuzz.ratio(a.key, b.key) if a.key and b.key else 0.0


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Whether two spellings name the same person (parties are the caller's business)."""
    name_a, name_b = parse_name(a), parse_name(b)
    if _surname_score(name_a, name_b) >= _SURNAME_MIN_SCORE:
        return _given_compatible(name_a.given, name_b.given)
    # Some outlets put the surname first ("Kazykhan Yerzhan"): try the swapped order.
    if len(name_b.given) == 1 and not _is_initial(name_b.given[0]):
        swapped = PersonName(given=(name_b.surname,), surname=name_b.given[0])
        if _surname_score(name_a, swapped) >= _SURNAME_MIN_SCORE:
            return _given_compatible(name_a.given, swapped.given)
    return False


def name_similarity(a: str, b: str) -> float:
    """A 0–100 score of how alike two names are, used to pick the best of several matches."""
    name_a, name_b = parse_name(a), parse_name(b)
    given = fuzz.ratio(" ".join(map(fold, name_a.given)), " ".join(map(fold, name_b.given)))
    return 0.7 * _surname_score(name_a, name_b) + 0.3 * given


def fullest_name(names: list[str]) -> str:
    """The most informative spelling: most full given names, then most common, then first seen."""
    def rank(name: str) -> tuple[int, int, int]:
        parsed = parse_name(name)
        full = sum(1 for t in parsed.given if not _is_initial(t))
        return (full, names.count(name), -names.index(name))

    return max(names, key=rank)
