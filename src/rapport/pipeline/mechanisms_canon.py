"""Mechanism names: a canonical key so that name variants of one dialogue meet.

Outlets name the same dialogue differently ("EU-China Human Rights Dialogue", "the 39th
Human Rights Dialogue between the EU and China", "High-Level Dialogue on Human Rights and
Democratic Reforms"). Within one pair of parties, what tells two mechanisms apart is the kind
of dialogue, so the key is the sorted parties plus the dialogue's family: ``human_rights`` for
every human-rights dialogue, else the name's content words without party names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from rapport.pipeline.names import strip_accents
from rapport.pipeline.resources import country_spellings

# Words that carry no identity: articles, ordinals, party names and the word "dialogue" itself.
_STOP = frozenset(
    ["the", "a", "an", "of", "on", "and", "between", "in", "for", "with", "to", "round", "session", "meeting", "dialogue", "dialog", "annual", "bilateral", "high", "level", "high-level", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eu", "european", "union", "us", "u.s.", "united", "states", "america", "american"]
)
_FAMILY_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\bhuman[\s-]+rights?\b|\bhr dialogue\b|\bhrd\b", "human_rights"),
)


def party_key(parties: Sequence[str]) -> str:
    """The parties as one sorted, comma-joined key ("US", "KZ" → "KZ,US")."""
    return ",".join(sorted({p.strip().upper() for p in parties if p and p.strip()}))


@lru_cache(maxsize=8192)
def mechanism_family(name: str) -> str:
    """The kind of dialogue a name denotes: ``human_rights`` or its content words.

    Cached: merging compares the same few names with every candidate meeting.
    """
    text = strip_accents(name).lower()
    for pattern, family in _FAMILY_PATTERNS:
        if re.search(pattern, text):
            return family
    text = text.replace("u.s.", "us")
    words = re.findall(r"[a-z]+", text)
    places = _country_words()
    content = [w for w in words if w not in _STOP and w not in places and len(w) > 2]
    return "_".join(content) or "dialogue"


@cache
def _country_words() -> frozenset[str]:
    """Lower-case words of country names and demonyms, which say nothing of a dialogue's kind."""
    words: set[str] = set()
    for names in country_spellings().values():
        for name in names:
            words.update(re.findall(r"[a-z]+", strip_accents(name).lower()))
    # Generic words inside country names ("Republic of ...") must not be dropped from names.
    return frozenset(words - {"republic", "of", "the", "democratic", "people", "peoples"})


def mechanism_key(name: str | None, parties: Sequence[str]) -> str:
    """The canonical key of a mechanism: its parties and family ("KZ,US:human_rights")."""
    family = mechanism_family(name) if name else "human_rights"
    return f"{party_key(parties)}:{family}"


def mechanisms_compatible(a: str | None, b: str | None) -> bool:
    """Whether two mechanism names (either may be unknown) can denote the same dialogue."""
    if not a or not b:
        return True
    return mechanism_family(a) == mechanism_family(b)


def canonical_name(names: Sequence[str]) -> str:
    """The name to show for a mechanism: the most common variant, longer on ties."""
    counts = Counter(n.strip() for n in names if n and n.strip())
    if not counts:
        return ""
    return max(counts, key=lambda n: (counts[n], len(n)))
