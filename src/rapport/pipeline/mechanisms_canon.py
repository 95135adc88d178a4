"""Mechanism names: a canonical key so that name variants of one dialogue meet.

Outlets name the same dialogue differently ("EU-China Human Rights Dialogue", "the 39th
Human Rights Dialogue between the EU and China", "High-Level Dialogue on Human Rights and
Democratic Reforms"). Within one pair of parties, what tells two mechanisms apart is the kind
of dialogue, so the key is the sorted parties plus the dialogue's family: ``human_rights`` for
every human-rights dialogue, else the name's content words without party names. A sub-committee,
sub-group or working group is a mechanism of its own (``subcommittee:`` before its family), even
on human rights, unless the name itself equates it with the dialogue ("Human Rights Dialogue
within the Sub-Committee on Justice"). Names shown always carry the parties (``display_name``).
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


_SUB_BODY = re.compile(
    r"\bsub[\s-]*(?:committee|group)s?\b|\bworking[\s-]+(?:group|party)\b|\bsubcommittees?\b|\bsubgroups?\b"
)
"""A body under an agreement (sub-committee, sub-group, working group): not the dialogue itself."""
_LEADING_PARTIES = ("EU", "US")
"""Parties named first in a display name, as they name their dialogues ("EU–China", "US–Kazakhstan")."""


def party_key(parties: Sequence[str]) -> str:
    """The parties as one sorted, comma-joined key ("US", "KZ" → "KZ,US")."""
    return ",".join(sorted({p.strip().upper() for p in parties if p and p.strip()}))


@lru_cache(maxsize=8192)
def mechanism_family(name: str) -> str:
    """The kind of dialogue a name denotes: ``human_rights`` or its content words.

    Cached: merging compares the same few names with every candidate meeting.
    """
    text = strip_accents(name).lower()
    sub = "subcommittee:" if _SUB_BODY.search(text) and not re.search(r"\bdialog(?:ue)?\b", text) else ""
    for pattern, family in _FAMILY_PATTERNS:
        if re.search(pattern, text):
            return sub + family
    text = text.replace("u.s.", "us")
    words = re.findall(r"[a-z]+", text)
    places = _country_words()
    content = [w for w in words if w not in _STOP and w not in places and len(w) > 2]
    return sub + ("_".join(w for w in content if not _SUB_BODY.fullmatch(w)) or "dialogue")


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


def _short_name(code: str) -> str:
    """How a display name writes a party: "EU", "US", else the country's first name."""
    if code in _LEADING_PARTIES:
        return code
    names = country_spellings().get(code)
    return names[0] if names else code


def display_name(name: str, parties: Sequence[str]) -> str:
    """The name with its parties in front when it names none of them ("EU–China Human Rights Dialogue")."""
    codes = sorted({p.strip().upper() for p in parties if p and p.strip()},
                   key=lambda c: (c not in _LEADING_PARTIES, c))
    named = any(
        re.search(rf"(?<![\w.]){re.escape(word)}(?![\w])", name)
        for code in codes for word in (code, *country_spellings().get(code, ()))
    )
    if named or not codes:
        return name
    return "–".join(_short_name(c) for c in codes) + " " + name.strip()
