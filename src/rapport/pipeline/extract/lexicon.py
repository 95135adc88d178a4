"""The extractor's data: country and city gazetteers, titles, theme lexicon and cue families.

Everything is read once from ``pipeline/resources/<language>`` at import and compiled into single
alternation patterns, so that each document is scanned a fixed number of times whatever
the size of the lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapport.pipeline.extract.wordpatterns import (
    FoldedWordPattern,
    PatternSet,
    WordPattern,
    fold_diacritics,
    required_words,
    with_folded_names,
)
from rapport.pipeline.resources import read_lines

_lines = read_lines


def _word_alternatives(words: list[str], before: str) -> list[str]:
    """Literal words as whole-word alternatives, longest first so that the longest name wins."""
    return [before + re.escape(word) + r"(?![\w])" for word in sorted(set(words), key=len, reverse=True)]


@dataclass(frozen=True)
class CityEntry:
    """A city's current English name and its country code."""

    name: str
    country: str


def _load_countries() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines("countries.tsv"):
        code, names = line.split("\t")
        for name in names.split("|"):
            table[name] = code
    return table


def _load_cities() -> dict[str, CityEntry]:
    table: dict[str, CityEntry] = {}
    for line in _lines("cities.tsv"):
        parts = line.split("\t")
        entry = CityEntry(parts[0], parts[1])
        for name in [parts[0], *(parts[2].split("|") if len(parts) > 2 else [])]:
            table[name] = entry
    return table


FUTURE_FAMILIES = (
    "future", "future_weak", "future_attributive", "future_temporal", "future_infinitive", "cancelled",
)
"""The kinds of cue that put a meeting in the future or call it off (see ``cues.tsv``)."""

# The cue families the code asks for. One whose lines are all left out of a copy of the rules
# (leave-one-series-out scores a series without the rules only it uses) matches nothing.
_CUE_FAMILIES = (
    "held", "held_phrase", "held_opening", *FUTURE_FAMILIES, "other_meeting", "virtual", "same_day", "same_month",
    "ngo_voice", "background", "discussion",
)


def _load_cues() -> dict[str, WordPattern]:
    families: dict[str, list[str]] = {name: [] for name in _CUE_FAMILIES}
    for line in _lines("cues.tsv"):
        family, pattern = line.split("\t", 1)
        families.setdefault(family, []).extend(_split_top(pattern))
    return {name: WordPattern(parts or [r"(?!)"], re.IGNORECASE) for name, parts in families.items()}


def _split_top(pattern: str) -> list[str]:
    """A cue line ``\\b(a|b|c)\\b`` as separate alternatives, so each is tried only where it can start."""
    match = re.fullmatch(r"\\b\((.*)\)\\b", pattern)
    if match is None or _unbalanced(match.group(1)):
        return [f"(?:{pattern})"]
    return [rf"(?:{part})\b" for part in _top_level(match.group(1))]


def _unbalanced(body: str) -> bool:
    depth = 0
    for char in body:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return True
    return depth != 0


def _top_level(body: str) -> list[str]:
    """The top-level ``|``-separated parts of a pattern body."""
    parts, depth, current = [], 0, []
    escaped = False
    for char in body:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _load_themes() -> tuple[WordPattern, tuple[tuple[str, ...], ...]]:
    """One alternative (a named group) per lexicon line; the tuple maps group to its theme ids.

    A line may name several themes joined by "+" ("child labour" is a child's and a worker's
    right): only one alternative matches at a place, so one line must carry them all.
    """
    ids: list[tuple[str, ...]] = []
    parts: list[str] = []
    for line in _lines("themes.tsv"):
        themes, pattern = line.split("\t", 1)
        ids.append(tuple(themes.split("+")))
        parts.append(f"(?P<t{len(ids) - 1}>(?:{pattern})(?!\\w))")
    return WordPattern(parts, re.IGNORECASE), tuple(ids)


def _load_clutter() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...] | None]:
    """Whole-line rules, and rules written ``.{0,N}X.{0,M}`` that a line need only contain.

    The second kind is searched for its core ``X``: the same lines, without the engine
    trying every split of the line between the leading and trailing wildcards.
    """
    whole: list[str] = []
    contained: list[str] = []
    for line in _lines("clutter.tsv"):
        rule = line.strip()
        core = re.fullmatch(r"\.\{0,\d+\}(.*?)(?:\.\{0,\d+\})?", rule)
        if core:
            contained.append(f"(?:{core.group(1)})")
        else:
            whole.append(f"(?:{rule})")
    return (
        re.compile("|".join(whole), re.IGNORECASE),
        re.compile("|".join(contained) or r"(?!)", re.IGNORECASE),
        required_words(contained),
    )


COUNTRIES: dict[str, str] = with_folded_names(_load_countries())
"""Country names, adjectives and demonyms (as written, and without diacritics) → ISO 3166-1
alpha-2 or ``EU``."""

COUNTRY_RE = FoldedWordPattern(_word_alternatives(list(COUNTRIES), r"(?<![\w.])"))

CITIES: dict[str, CityEntry] = with_folded_names(_load_cities())
"""City names and old names, as written and without diacritics → current name and country."""

_CITY_LOWER: dict[str, CityEntry] = {name.lower(): entry for name, entry in CITIES.items()}

# Case-sensitive: a city is a proper noun, and lower-case homographs are common words.
CITY_RE = FoldedWordPattern(_word_alternatives(list(CITIES), ""))

TITLE_WORDS: frozenset[str] = frozenset(
    word for line in _lines("titles.txt") for word in line.split()
)
"""Capitalised words of positions and bodies, never part of a personal name."""

NON_NAME_WORDS: frozenset[str] = frozenset(
    TITLE_WORDS
    | {name for name in COUNTRIES if " " not in name and "-" not in name}
    # "Chadians Abroad" in a ministry's name: plural demonyms
    | {name + "s" for name in COUNTRIES if " " not in name and "-" not in name and name.endswith(("an", "i"))}
)
"""Words that are never part of a personal name: titles and one-word country names.

Cities are not listed: many are also personal names ("Sofia", "Milan", "Florence"), as are
words of longer place names ("Minh", "Costa"); a run of capitalised words that spells a
whole place name is dropped instead (see ``is_place_name``).
"""


def is_place_name(text: str) -> bool:
    """Whether a run of capitalised words is a country or city name rather than a person."""
    if text in COUNTRIES or text in CITIES:
        return True
    folded = fold_diacritics(text)  # "Hà Nội": the gazetteer lists names without diacritics too
    return folded != text and (folded in COUNTRIES or folded in CITIES)

CUES: dict[str, WordPattern] = _load_cues()

THEME_RE, THEME_LINES = _load_themes()
THEME_IDS: tuple[str, ...] = tuple(dict.fromkeys(theme for themes in THEME_LINES for theme in themes))
"""Every theme id the lexicon knows, in the order of first use."""

CLUTTER_RE, CLUTTER_CONTAINS_RE, CLUTTER_CONTAINS_WORDS = _load_clutter()
"""Whole-line clutter rules; rules a line need only contain; and words one of which each of the
latter needs (None when some rule has none)."""


def country_code(name: str) -> str | None:
    """The ISO code of a country name, adjective or demonym as written, if known."""
    return COUNTRIES.get(name)


def city_entry(name: str) -> CityEntry | None:
    """The gazetteer entry for a city name or old name, any case."""
    return _CITY_LOWER.get(name.lower()) or _CITY_LOWER.get(fold_diacritics(name).lower())

_PER_SENTENCE = frozenset({"held_opening", "held_phrase", "same_day", "same_month", "virtual"})
DOCUMENT_PATTERNS = PatternSet(
    {name: pattern for name, pattern in CUES.items() if name not in _PER_SENTENCE} | {"theme": THEME_RE},
    overlapping=frozenset({"theme"}),
)
"""Cue families needed on most sentences and the theme lexicon, scanned once per document.

The families in ``_PER_SENTENCE`` are only asked of a few held sentences and are searched
there directly (``SENTENCE_CUES[name].search``).
"""

SENTENCE_CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"(?<!\w)(?:{CUES[name].regex.pattern})", CUES[name].regex.flags) for name in _PER_SENTENCE
}
"""The per-sentence families as plain patterns: over one short sentence the regex engine alone
is cheaper than the word-start walk that pays off over a whole document."""

