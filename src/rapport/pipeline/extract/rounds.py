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
# Roman ordinals ("XIIth", "IInd", "XXIst") as some ministries write rounds; upper case only,
# and only with a suffix, so that the pronoun "I" or an initial is never read as a round.
_ROMAN = r"(?-i:(?=[IVXL]+(?:st|nd|rd|th)\b)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?:st|nd|rd|th))"
_ROMAN_RE = re.compile(r"(XL|L?X{0,3})(IX|IV|V?I{0,3})(?:st|nd|rd|th)")
_BARE_ROMAN_RE = re.compile(r"(?=[IVXL]{2,7}$|[VX]$)(XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
# A Roman numeral without a suffix: two letters at least, or V/X, so that the pronoun "I" is
# never read as a round.
_ROMAN_NUMERAL = r"(?-i:(?=[IVXL]{2,7}\b|[VX]\b)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
# One after "the" ("the IX edition of", "the XIV Human Rights Dialogue") or opening a line
# ("V German-Indian Human Rights Dialogue", "III. Turkey-Japan ...").
_BARE_ROMAN = rf"(?:(?<=\bthe\s){_ROMAN_NUMERAL}(?=\s)|(?<![^\n]){_ROMAN_NUMERAL}(?=\.?\s))"
ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_ROMAN}|{_BARE_ROMAN}|{_WORDS})"
_CARDINAL_ROUND = rf"(?:{'|'.join(_CARDINALS)})(?=\s+(?:round|session)\b)"

# Words that may stand between the ordinal and the dialogue's name.
_FILLER = (
    r"(?:annual|bilateral|joint|regular|formal|official|high-level|high\s+level|"
    r"meeting|session|round|edition|of|the|their|its|"
    r"(?-i:[A-Z][\w.']*(?:\s*-\s*[A-Z][\w.']*)*))"
)
# An ordinal followed only by fillers up to the end of the window before a dialogue's name.
ROUND_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<ordinal>{ORDINAL}|{_CARDINAL_ROUND})(?:(?<=[IVXL])\.)?\s+(?:{_FILLER}\s+){{0,7}}$",
    re.IGNORECASE,
)
# "the first since 2010", "first human rights dialogue in 14 years": a gap, not an ordinal.
_NOT_A_ROUND_RE = re.compile(
    r"\s*(?:time|ever)\b|[^.;]{0,40}?\b(?:since\s+(?:\d{4}|the|its|their)|in\s+(?:over\s+|more\s+than\s+|nearly\s+)?(?:\d+|[a-z]+)\s+(?:years|decades?))\b",
    re.IGNORECASE,
)


def ordinal_value(word: str) -> int | None:
    """The number an ordinal word or numeral stands for ("third" → 3, "39th" → 39)."""
    roman = roman_value(word) if word[-1:].islower() else roman_value(word + "th") if _BARE_ROMAN_RE.fullmatch(word) else None
    if roman is not None:
        return roman
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
    roman = roman_value(word)
    if roman is not None:
        return roman
    lowered = word.lower()
    if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", lowered):
        return int(lowered[:-2])
    return ORDINAL_WORDS.get(lowered)


def roman_value(word: str) -> int | None:
    """The value of a suffixed Roman ordinal ("XIIth" → 12, "IInd" → 2); None otherwise."""
    match = _ROMAN_RE.fullmatch(word)
    if match is None or not (match.group(1) or match.group(2)):
        return None
    numerals = match.group(1) + match.group(2)
    values = [_ROMAN_VALUES[char] for char in numerals]
    # Subtractive pairs (IV, IX): a smaller numeral before a larger one counts negative.
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


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


# "the EU-Liberia Human Rights Dialogue II": a Roman numeral right after the name (not a lone
# "I", which is as likely the pronoun).
_ROMAN_AFTER_RE = re.compile(rf"\s+(?P<number>{_ROMAN_NUMERAL})(?![\w'-])")


def roman_after(text: str, phrase_end: int, end: int) -> tuple[int, int, int] | None:
    """A Roman numeral written right after a dialogue's name, as (value, start, end), if any."""
    match = _ROMAN_AFTER_RE.match(text, phrase_end, end)
    if match is None:
        return None
    value = roman_value(match.group("number") + "th")
    return (value, match.start("number"), match.end("number")) if value else None


# "Round XII of the ... Dialogue", "round 12": the number written after the noun.
_ROUND_NUMBER_RE = re.compile(r"\b[Rr]ound\s+(?P<number>(?=[IVXL]+\b)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[1-9]\d?)\b(?!\s*(?:%|percent|hours|days))")


# "convened for the twelfth time": the ordinal of the meeting, unless a gap follows ("since
# 2019"; "since the dialogue was launched" counts from the start, no gap).
_NTH_TIME_RE = re.compile(r"\b(?:for\s+the\s+(?P<ordinal>[\w-]+)\s+time|the\s+(?P<kind>[\w-]+)\s+such\s+(?:meeting|dialogue|round|session))\b(?![^.;]{0,40}?\b(?:since(?!\s+the\s+(?:mechanism|dialogue|series|talks|consultations)\s+(?:was|were)\s+(?:launched|established|created|set\s+up|inaugurated|started))|in\s+(?:\d+|[a-z]+)\s+years)\b)", re.IGNORECASE)


def round_number_after(text: str) -> tuple[int, int, int] | None:
    """A number written after "round" ("Round XII", "round 7") or "for the Nth time": (value, start, end)."""
    # "convened for the twelfth time", "the third such meeting" (not "the first such meeting since 2019")
    nth = _NTH_TIME_RE.search(text) if ("time" in text or "such" in text) else None
    group = "ordinal" if nth is not None and nth.group("ordinal") else "kind"
    if nth is not None and (value := written_ordinal(nth.group(group))) is not None:
        return value, nth.start(group), nth.end(group)
    match = _ROUND_NUMBER_RE.search(text)
    if match is None:
        return None
    number = match.group("number")
    value = int(number) if number.isdigit() else roman_value(number + "th")
    if not value:
        return None
    return value, match.start("number"), match.end("number")
