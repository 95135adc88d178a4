"""Ordinals of a meeting in its series: "third", "39th", "twenty-first", "inaugural"."""

from __future__ import annotations

import re

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60}
_TENS_PREFIX = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
# Cardinals are accepted only right before "round"/"session" ("the eight round"), a common slip.
_CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

ORDINAL_WORDS: dict[str, int] = {word: number for number, word in enumerate(_UNITS, start=1)}
ORDINAL_WORDS.update(_TENS)
for _prefix, _value in _TENS_PREFIX.items():
    for _number, _unit in enumerate(_UNITS[:9], start=1):
        ORDINAL_WORDS[f"{_prefix}-{_unit}"] = _value + _number
        ORDINAL_WORDS[f"{_prefix} {_unit}"] = _value + _number
ORDINAL_WORDS["inaugural"] = 1
ORDINAL_WORDS["first-ever"] = 1

_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_WORDS})"
_CARDINAL_ROUND = rf"(?:{'|'.join(_CARDINALS)})(?=\s+(?:round|session)\b)"

# Words that may stand between the ordinal and the dialogue's name.
_FILLER = (
    r"(?:annual|bilateral|joint|regular|formal|official|high-level|high\s+level|"
    r"meeting|session|round|edition|of|the|their|its|"
    r"(?-i:[A-Z][\w.']*(?:\s*-\s*[A-Z][\w.']*)*))"
)
# An ordinal followed only by fillers up to the end of the window before a dialogue's name.
ROUND_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<ordinal>{ORDINAL}|{_CARDINAL_ROUND})\s+(?:{_FILLER}\s+){{0,7}}$",
    re.IGNORECASE,
)
# "the first since 2010", "first human rights dialogue in 14 years": a gap, not an ordinal.
_NOT_A_ROUND_RE = re.compile(
    r"\s*(?:time|ever)\b|[^.;]{0,40}?\b(?:since\s+(?:\d{4}|the|its|their)|in\s+(?:over\s+|more\s+than\s+|nearly\s+)?(?:\d+|[a-z]+)\s+(?:years|decades?))\b",
    re.IGNORECASE,
)


def ordinal_value(word: str) -> int | None:
    """The number an ordinal word or numeral stands for ("third" → 3, "39th" → 39)."""
    lowered = re.sub(r"\s+", " ", word.lower())
    digits = re.match(r"(\d+)", lowered)
    if digits:
        return int(digits.group(1))
    if lowered in ORDINAL_WORDS:
        return ORDINAL_WORDS[lowered]
    if lowered in _CARDINALS:
        return _CARDINALS.index(lowered) + 1
    return None


def written_ordinal(word: str) -> int | None:
    """The value of a true ordinal ("39th", "third", "inaugural"); cardinals and years are not."""
    lowered = word.lower()
    if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", lowered):
        return int(lowered[:-2])
    return ORDINAL_WORDS.get(lowered)


def round_before(text: str, window_start: int, phrase_start: int, phrase_end: int) -> tuple[int, int, int] | None:
    """The ordinal written just before a dialogue's name, as (value, start, end), if any."""
    match = ROUND_BEFORE_RE.search(text, window_start, phrase_start)
    if match is None:
        return None
    if match.group("ordinal").lower() == "first" and _NOT_A_ROUND_RE.match(text, phrase_end):
        return None
    value = ordinal_value(match.group("ordinal"))
    if value is None or value > 200:
        return None
    return value, match.start("ordinal"), match.end("ordinal")
