"""Parties: countries (and the EU) named by name, adjective or demonym, and named pairs."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from rapport.pipeline.extract.lexicon import COUNTRIES, COUNTRY_RE
from rapport.pipeline.resources import read_lines

# "A-B", "A- B", "A–B" (dashes are ASCII in the working text) between two country names.
_PAIR_JOIN_RE = re.compile(r"\s*-\s*")
# "A and B", "between A and the B", "A and the Republic of B".
_AND_JOIN_RE = re.compile(r",?\s+and\s+(?:the\s+)?")
_DISPLAY: dict[str, str] = {}
for _name, _code in COUNTRIES.items():
    _DISPLAY.setdefault(_code, _name)
# The EU is named by its short form in mechanism names ("EU-China Human Rights Dialogue").
_DISPLAY["EU"] = "EU"


@dataclass(frozen=True)
class CountryMention:
    """A country name as written, its span and its code."""

    start: int
    end: int
    code: str


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Every country or EU mention in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [
        CountryMention(match.start(), match.end(), COUNTRIES[match.group(0)])
        for match in COUNTRY_RE.finditer(text, start, stop)
    ]


def display_name(code: str) -> str:
    """The short English name used in mechanism names ("Moldova", "EU")."""
    return _DISPLAY.get(code, code)


def joined_pairs(text: str, mentions: list[CountryMention]) -> list[tuple[CountryMention, CountryMention]]:
    """Adjacent mentions written as a pair: "A-B", "A and B", "A and the B"."""
    pairs = []
    for left, right in itertools.pairwise(mentions):
        if left.code == right.code:
            continue
        gap = text[left.end : right.start]
        if _PAIR_JOIN_RE.fullmatch(gap) or _AND_JOIN_RE.fullmatch(gap) or _republic_gap(gap):
            pairs.append((left, right))
    return pairs


def _republic_gap(gap: str) -> bool:
    """'Kazakhstan and the Republic of ...' is matched by the country list; other fillers aren't."""
    return re.fullmatch(r",?\s+and\s+(?:the\s+)?(?:Republic|Kingdom|State)\s+of\s+(?:the\s+)?", gap) is not None


def _load_capitals() -> tuple[re.Pattern[str], dict[str, str]]:
    codes: dict[str, str] = {}
    for line in read_lines("capitals.tsv"):
        code, names = line.split("\t")
        for name in names.split("|"):
            codes[name] = code
    names_re = "|".join(re.escape(name) for name in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({names_re}),?\s+and\s+({names_re})(?![\w])"), codes


_CAPITAL_PAIR_RE, _CAPITAL_CODES = _load_capitals()


def capital_pairs(text: str, start: int, end: int) -> list[tuple[CountryMention, CountryMention]]:
    """Two capitals written as a pair for their governments: "Washington and Hanoi held ..."."""
    pairs = []
    for match in _CAPITAL_PAIR_RE.finditer(text, start, end):
        left, right = _CAPITAL_CODES[match.group(1)], _CAPITAL_CODES[match.group(2)]
        if left != right:
            pairs.append((CountryMention(match.start(1), match.end(1), left), CountryMention(match.start(2), match.end(2), right)))
    return pairs
