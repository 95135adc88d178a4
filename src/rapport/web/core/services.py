"""Writes on shared records: parties."""

from __future__ import annotations

from functools import cache
from importlib import resources

from rapport.web.core.changelog import log_create
from rapport.web.core.models import Party


@cache
def _party_names() -> dict[str, str]:
    """ISO code → English name, from the pipeline's country table (its first name per line)."""
    table = resources.files("rapport.pipeline").joinpath("resources/countries.tsv")
    names: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        code, rest = line.split("\t", 1)
        names[code.strip()] = rest.split("|", 1)[0].strip()
    return names


def party_name(code: str) -> str:
    """The English name of a party code, or the code when it is not in the table."""
    return _party_names().get(code, code)


def party_ensure(*, code: str) -> Party:
    """The Party with ISO ``code``, created (and logged) the first time it is seen."""
    code = code.strip().upper()
    party = Party.objects.filter(code=code).first()
    if party is None:
        party = Party.objects.create(code=code, name=party_name(code))
        log_create(party)
    return party
