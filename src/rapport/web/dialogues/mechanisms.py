"""Resolving the mechanism a meeting belongs to from the names its reports give."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapport.pipeline.mechanisms_canon import canonical_name, display_name, mechanism_key, party_key
from rapport.web.core.changelog import log_create, logged_change
from rapport.web.core.services import batch_memo, party_ensure
from rapport.web.dialogues.models import Mechanism


def _name(names: Sequence[str], parties: Sequence[str]) -> str:
    """The name shown: the most common variant, else "Human Rights Dialogue", with its parties."""
    return display_name(canonical_name(names) or "Human Rights Dialogue", parties)


def mechanisms_preload(party_keys: Iterable[str]) -> None:
    """Read every mechanism of these parties' pairs into the batch memo in one query, so that
    resolving the mechanisms of a batch's meetings asks the database nothing more."""
    memo, loaded = batch_memo("mechanism"), batch_memo("mechanism_party_keys")
    if memo is None or loaded is None:
        return
    keys = set(party_keys) - loaded.keys()
    for mechanism in Mechanism.objects.filter(party_key__in=keys):
        memo.setdefault(mechanism.key, mechanism)
    loaded.update(dict.fromkeys(keys, True))


def _stored(key: str, parties: Sequence[str], memo: dict[str, Mechanism | None] | None) -> Mechanism | None:
    """The Mechanism with ``key``, from the batch memo when there is one (None: not stored)."""
    if memo is None:
        return Mechanism.objects.filter(key=key).first()
    loaded = batch_memo("mechanism_party_keys") or {}
    if memo.get(key) is None and party_key(parties) not in loaded:
        # The memo holds the very instance mechanism_resolve updates, so it stays current.
        memo[key] = Mechanism.objects.filter(key=key).first()
    return memo.get(key)


def mechanism_resolve(*, names: Sequence[str], parties: Sequence[str]) -> Mechanism | None:
    """The Mechanism for these parties and names (created when new); None without parties."""
    if not party_key(parties):
        return None
    key = mechanism_key(canonical_name(names) or None, parties)
    memo = batch_memo("mechanism")
    mechanism = _stored(key, parties, memo)
    if mechanism is None:
        mechanism = Mechanism.objects.create(
            key=key,
            name=_name(names, parties),
            aliases=sorted(set(names)),
            party_key=party_key(parties),
        )
        mechanism.parties.set([party_ensure(code=c) for c in sorted(set(parties))])
        log_create(mechanism)
        if memo is not None:
            memo[key] = mechanism
        return mechanism
    new = sorted(set(names) - set(mechanism.aliases))
    name = _name(sorted({*mechanism.aliases, *new}), parties) if new or not mechanism.aliases else mechanism.name
    if new or name != mechanism.name:
        with logged_change(mechanism, message="new name variants" if new else "name shows its parties"):
            mechanism.aliases = sorted({*mechanism.aliases, *new})
            mechanism.name = name
            mechanism.save(update_fields=["aliases", "name", "last_updated"])
    return mechanism
