"""Writes on shared records: parties."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from rapport.pipeline.resources import country_names
from rapport.web.core.changelog import log_create
from rapport.web.core.models import Party


def party_name(code: str) -> str:
    """The English name of a party code, or the code when it is not in the table."""
    return country_names().get(code, code)


# Rows looked up during the current write batch (Parties, Mechanisms): ingest asks for the
# same few several times per report, and they change only through the services that keep
# this memo in step. Scoped to one transaction so a rolled-back batch cannot leave a cached
# row that no longer exists.
_batch_memo: ContextVar[dict[str, dict[str, Any]] | None] = ContextVar("batch_memo", default=None)


@contextmanager
def batch_cache() -> Iterator[None]:
    """Let lookups (``party_ensure``, ``mechanism_resolve``) reuse rows within this block."""
    token = _batch_memo.set({})
    try:
        yield
    finally:
        _batch_memo.reset(token)


def batch_memo(kind: str) -> dict[str, Any] | None:
    """The current batch's memo for ``kind`` (a dict to read and fill), or None outside one."""
    memo = _batch_memo.get()
    return None if memo is None else memo.setdefault(kind, {})


def parties_preload() -> None:
    """Read every Party into the batch memo (one query; there are as many as states and
    organisations), so that a batch's ``party_ensure`` calls ask the database nothing more."""
    memo = batch_memo("party")
    if memo is not None and not memo:
        memo.update((party.code, party) for party in Party.objects.all())


def party_find(*, code: str) -> Party | None:
    """The stored Party with exactly this ``code`` (no normalising, no creating), or None."""
    cached = batch_memo("party")
    if cached is not None and code in cached:
        found: Party = cached[code]
        return found
    party = Party.objects.filter(code=code).first()
    if cached is not None and party is not None:
        cached[code] = party
    return party


def party_ensure(*, code: str) -> Party:
    """The Party with ISO ``code``, created (and logged) the first time it is seen."""
    code = code.strip().upper()
    cached = batch_memo("party")
    if cached is not None and code in cached:
        found: Party = cached[code]
        return found
    party = Party.objects.filter(code=code).first()
    if party is None:
        party = Party.objects.create(code=code, name=party_name(code))
        log_create(party)
    if cached is not None:
        cached[code] = party
    return party
