"""The extractor's rules as data, one folder per language.

``en/`` holds the English rules: cue words and verb frames (``cues.tsv``), the shapes of
mechanism names (``mechanisms.tsv``), title words (``titles.txt``), the theme lexicon
(``themes.tsv``), page clutter (``clutter.tsv``) and the gazetteers (``countries.tsv``,
``cities.tsv``). A second language is a sibling folder with the same files, plus tests.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

LANGUAGE = "en"
"""The language whose rules the extractor reads."""


def read_lines(name: str, language: str = LANGUAGE) -> list[str]:
    """The non-empty, non-comment lines of one rule file of a language."""
    text = resources.files(__name__).joinpath(language, name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def country_spellings() -> dict[str, tuple[str, ...]]:
    """ISO code (or ``EU``) → its names, adjectives and demonyms, the usual name first."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_lines("countries.tsv"):
        code, names = line.split("\t", 1)
        table[code.strip()] = tuple(name.strip() for name in names.split("|"))
    return table


def country_names() -> dict[str, str]:
    """ISO code (or ``EU``) → the country's usual English name."""
    return {code: names[0] for code, names in country_spellings().items()}
