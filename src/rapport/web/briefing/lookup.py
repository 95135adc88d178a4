"""Find a dialogue by id, name, slug or alias, with a fuzzy match for near misses."""

from __future__ import annotations

import re

from django.utils.text import slugify
from rapidfuzz import fuzz

from rapport.web.core.services import party_name
from rapport.web.dialogues.models import Mechanism

FUZZY_FLOOR = 75.0  # average word similarity (0-100) below which no dialogue is taken as meant
TIE_MARGIN = 2.0  # dialogues scoring this close to the best are too close to choose between
STOP_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "with"})


class MechanismNotFound(LookupError):
    """No dialogue, or several equally likely ones, answer to the name given."""


def _names(mechanism: Mechanism) -> list[str]:
    """Every way a dialogue may be named: its name, key and aliases."""
    return [mechanism.name, mechanism.key, *(str(alias) for alias in mechanism.aliases or [])]


def _words(text: str) -> list[str]:
    """The meaningful words of ``text``, case-folded."""
    return [w for w in re.split(r"[\W_]+", text.casefold()) if w and w not in STOP_WORDS]


def _vocabulary(mechanism: Mechanism) -> set[str]:
    """Words a user may use for a dialogue: those of its names, its parties' codes and names."""
    parties = [p for party in mechanism.parties.all() for p in (party.code, party_name(party.code))]
    return {w for text in [*_names(mechanism), *parties] for w in _words(text)}


def _score(query: list[str], vocabulary: set[str]) -> float:
    """How well the query's words match the dialogue's words (each query word's best match, averaged)."""
    return sum(max((fuzz.ratio(q, w) for w in vocabulary), default=0.0) for q in query) / len(query)


def mechanism_find(query: str) -> Mechanism:
    """The dialogue ``query`` names: an id, an exact name/key/slug/alias, else the best fuzzy match."""
    query = query.strip()
    if query.isdigit() and (found := Mechanism.objects.filter(pk=int(query)).first()):
        return found
    mechanisms = list(Mechanism.objects.prefetch_related("parties"))
    wanted = {query.casefold(), slugify(query)}
    exact = [m for m in mechanisms if any(n.casefold() in wanted or slugify(n) in wanted for n in _names(m))]
    if len(exact) == 1:
        return exact[0]
    return _fuzzy(query, exact or mechanisms)


def _fuzzy(query: str, mechanisms: list[Mechanism]) -> Mechanism:
    """The dialogue whose words best match ``query``'s; weak matches and ties raise."""
    words = _words(query)
    scored = sorted(((_score(words, _vocabulary(m)), m) for m in mechanisms if words),
                    key=lambda item: (-item[0], item[1].pk))
    if not scored or scored[0][0] < FUZZY_FLOOR:
        raise MechanismNotFound(f"no dialogue matches {query!r}; `rapport export mechanisms` lists them")
    best = [m for score, m in scored if scored[0][0] - score < TIE_MARGIN]
    if len(best) > 1:
        names = "; ".join(f"{m.pk}: {m.name} ({m.party_key})" for m in best[:5])
        raise MechanismNotFound(f"{query!r} matches several dialogues ({names}); give the id or more words")
    return best[0]
