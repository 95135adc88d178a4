"""Names of human-rights dialogue mechanisms and the parties and ordinals written with them.

Recognised shapes: "<A>-<B> Human Rights Dialogue", "Human Rights Dialogue between A and B",
"<ordinal> Human Rights Dialogue with the European Union", "High-Level Dialogue on Human
Rights and Democratic Reforms", "Human Rights Consultations", "Sub-Committee on Justice,
Freedom, Security and Human Rights", "Sub-group"/"Working Group on ... and Human Rights".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapport.pipeline.extract.parties import CountryMention, display_name, find_countries
from rapport.pipeline.extract.rounds import ORDINAL, roman_after, round_before
from rapport.pipeline.resources import read_lines


def _load_shapes() -> re.Pattern[str]:
    """The shapes of dialogue names (``resources/<language>/mechanisms.tsv``) as one pattern.

    Each line becomes a named group ``<kind><n>``, so a match says whether the name is kept
    as written ("titled") or takes the parties written with it ("named").
    """
    parts = []
    for number, line in enumerate(read_lines("mechanisms.tsv")):
        kind, pattern = line.split("\t", 1)
        parts.append(f"(?P<{kind}{number}>{pattern})")
    return re.compile("|".join(parts), re.IGNORECASE)


_HRD_RE = _load_shapes()
_PARLIAMENT_BEFORE_RE = re.compile(r"(?:[Pp]arliament(?:'s)?|[Pp]arliamentary|Senate(?:'s)?|Congress(?:ional)?)\s+$")
# What may stand between a written pair and the dialogue's name ("EU-China 39th annual ...").
_BETWEEN_RE = re.compile(
    r"\s*(?:(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+th|[A-Za-z]+-?[a-z]*(?:first|second|third))\s+)?"
    r"(?:(?:annual|bilateral|joint|regular|formal)\s+)*$"
)
_AFTER_PAIR_RE = re.compile(r"\s+(?:between|with|of)\s+(?:the\s+)?")
_PAIR_GAP_RE = re.compile(r"\s*-\s*|,?\s+and\s+(?:the\s+)?")
_WINDOW = 70
_TRAILING_FILLER_RE = re.compile(
    rf"(?:\s+(?:{ORDINAL}|annual|bilateral|joint|regular|formal))+$", re.IGNORECASE
)


@dataclass(frozen=True)
class MechanismMention:
    """A dialogue's name in the text, with the parties and ordinal written around it."""

    start: int
    end: int
    name: str
    parties: tuple[str, ...]
    round: tuple[int, int, int] | None
    """(ordinal, start, end) of an ordinal written just before the name."""
    titled: bool = False
    """A name kept as written ("High-Level Dialogue on Human Rights ..."), not one that takes the parties."""


def find_mechanisms(text: str, start: int = 0, end: int | None = None) -> list[MechanismMention]:
    """Every human-rights dialogue name in ``text[start:end]`` with its parties and ordinal."""
    stop = len(text) if end is None else end
    mentions = []
    for match in _HRD_RE.finditer(text, start, stop):
        if _PARLIAMENT_BEFORE_RE.search(text, max(start, match.start() - 30), match.start()):
            continue  # the European Parliament's Subcommittee on Human Rights is no dialogue
        window_start = max(start, match.start() - _WINDOW)
        before = _pair_before(text, window_start, match.start())
        after = _pair_after(text, match.end(), min(stop, match.end() + _WINDOW), _plural(match))
        codes = before[0] if before else after
        mention_start = before[1] if before else match.start()
        mentions.append(
            MechanismMention(
                start=mention_start,
                end=match.end(),
                name=_canonical_name(match, codes, text[mention_start : match.start()] if before else ""),
                parties=codes,
                round=round_before(text, window_start, match.start(), match.end()) or roman_after(text, match.end(), stop),
                titled=(match.lastgroup or "").startswith("titled"),
            )
        )
    return mentions


def _pair_before(text: str, window_start: int, phrase_start: int) -> tuple[tuple[str, ...], int] | None:
    """Codes of "A-B" written right before the dialogue's name, and where the pair starts."""
    countries = find_countries(text, window_start, phrase_start)
    if not countries:
        return None
    last = countries[-1]
    if not _BETWEEN_RE.fullmatch(text, last.end, phrase_start):
        return None
    if len(countries) >= 2:
        first = countries[-2]
        if first.code != last.code and re.fullmatch(r"\s*-\s*", text[first.end : last.start]):
            return (first.code, last.code), first.start
    return (last.code,), last.start


def _plural(match: re.Match[str]) -> bool:
    """ "human rights dialogues/talks with A and B": one dialogue with each, not one between them."""
    return re.search(r"(?i)(?:dialogues|talks|consultations)$", match.group(0)) is not None


def _pair_after(text: str, phrase_end: int, window_end: int, plural: bool = False) -> tuple[str, ...]:
    """Codes in "... between A and B" / "... with the B" right after the dialogue's name."""
    countries: list[CountryMention] = find_countries(text, phrase_end, window_end)
    if not countries:
        return ()
    connector = _AFTER_PAIR_RE.fullmatch(text, phrase_end, countries[0].start)
    if connector is None:
        return ()
    codes = [countries[0].code]
    if len(countries) > 1 and _PAIR_GAP_RE.fullmatch(text[countries[0].end : countries[1].start]):
        if plural and "between" not in connector.group(0):
            return ()  # several partners, one dialogue each: no single pair is named here
        codes.append(countries[1].code)
    return tuple(dict.fromkeys(codes))


def _canonical_name(match: re.Match[str], codes: tuple[str, ...], pair_text: str) -> str:
    """The mechanism's name: the EU's dialogues as "EU-<Country> ...", others as written."""
    phrase = re.sub(r"\s+", " ", match.group(0))
    if (match.lastgroup or "").startswith("titled"):
        return _title(phrase)
    kind = _title(re.sub(r"(?i)dialogues\b", "dialogue", phrase))
    if len(codes) == 2 and "EU" in codes:
        return paired_name(codes, kind)
    written = re.sub(r"\s*-\s*", "-", pair_text.strip())
    written = _TRAILING_FILLER_RE.sub("", written)
    if len(codes) == 2 and written:
        return f"{written} {kind}"
    if len(codes) == 2:  # "the Human Rights Dialogue between Vietnam and Switzerland"
        return paired_name(codes, kind)
    return kind


def paired_name(codes: tuple[str, ...], kind: str) -> str:
    """A name that carries its two parties: the EU's as "EU-<Country> ...", others in the order given."""
    if "EU" in codes:
        other = next(code for code in codes if code != "EU")
        return f"EU-{display_name(other)} {kind}"
    return f"{display_name(codes[0])}-{display_name(codes[1])} {kind}"


_SMALL_WORDS = frozenset({"on", "and", "of", "the", "for", "in"})


def _title(phrase: str) -> str:
    words = phrase.split(" ")
    titled = [word if word.lower() in _SMALL_WORDS and index else _cap(word) for index, word in enumerate(words)]
    return " ".join(titled)


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
