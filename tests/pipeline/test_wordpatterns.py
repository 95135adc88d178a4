"""Fast matching at word starts gives the regex engine's own matches, only sooner."""

from __future__ import annotations

import random
import re

import pytest

from rapport.pipeline.extract.dates import find_dates
from rapport.pipeline.extract.lexicon import DOCUMENT_PATTERNS
from rapport.pipeline.extract.wordpatterns import (
    PatternSet,
    WordPattern,
    _trie,
    may_contain,
    required_words,
)

_WORDS = [
    "held", "hold", "holds", "helped", "the", "then", "dialogue", "dialogues", "discussed",
    "discussion", "rights", "right", "freedom", "of", "expression", "next", "nexus", "will",
    "willing", "postponed", "torture", "tortoise", "women", "children", "migrants", "and",
]
_SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", " - ", " (", ") "]


def _texts(count: int, seed: int) -> list[str]:
    generator = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [generator.choice(_WORDS) for _ in range(generator.randint(1, 40))]
        words = [word.capitalize() if generator.random() < 0.2 else word for word in words]
        texts.append("".join(word + generator.choice(_SEPARATORS) for word in words))
    return texts


def _naive(pattern: WordPattern, text: str) -> list[tuple[int, int]]:
    """Non-overlapping matches of the plain alternation tried at every word start."""
    spans = []
    resume = 0
    for word in re.finditer(r"(?<!\w)\w", text):
        if word.start() < resume:
            continue
        match = pattern.regex.match(text, word.start())
        if match is not None:
            spans.append(match.span())
            resume = max(match.end(), word.start() + 1)
    return spans


_FAMILIES = {
    "held": WordPattern([r"held\b", r"hold(?:s)?\b", r"took\s+place"], re.IGNORECASE),
    "theme": WordPattern([r"freedom\s+of\s+expression", r"torture", r"women", r"(?:children|migrants)"], re.IGNORECASE),
    "future": WordPattern([r"will\b", r"next\s+\w+", r"postponed"], re.IGNORECASE),
}


@pytest.mark.parametrize("seed", range(5))
def test_scan_finds_what_each_pattern_finds_alone(seed: int) -> None:
    patterns = PatternSet(_FAMILIES)
    for text in _texts(60, seed):
        scan = patterns.scan(text)
        for name, pattern in _FAMILIES.items():
            found = [match.span() for match in scan.all(name, 0, len(text))]
            assert found == _naive(pattern, text), (name, text)
            assert [match.span() for match in pattern.finditer(text)] == found


def test_scan_of_a_text_whose_letters_change_length_when_lowered() -> None:
    # "İ" lowers to two characters: offsets must still point into the original text.
    text = "İstanbul: the dialogue was held; TORTURE and women were discussed."
    scan = PatternSet(_FAMILIES).scan(text)
    assert [text[m.start() : m.end()] for m in scan.all("theme", 0, len(text))] == ["women"]
    assert [text[m.start() : m.end()] for m in scan.all("held", 0, len(text))] == ["held"]


def test_document_patterns_agree_with_their_plain_alternations() -> None:
    text = (
        "The EU and Viet Nam held their 12th human rights dialogue in Hanoi. The two sides discussed "
        "freedom of expression, the rights of women and children and torture. The next round will be "
        "held in Brussels; it was postponed once before."
    )
    scan = DOCUMENT_PATTERNS.scan(text)
    for name in ("held", "discussion", "theme"):
        pattern = DOCUMENT_PATTERNS._patterns[name]
        expected = [m.span() for m in pattern.finditer(text)] if name != "theme" else None
        found = [m.span() for m in scan.all(name, 0, len(text))]
        assert found, name
        if expected is not None:
            assert found == expected


@pytest.mark.parametrize("seed", range(3))
def test_trie_matches_exactly_its_words(seed: int) -> None:
    generator = random.Random(seed)
    words = sorted({"".join(generator.choice("abc-") for _ in range(generator.randint(1, 5))) for _ in range(40)})
    pattern = re.compile(_trie(words))
    for length in range(1, 6):
        for _ in range(200):
            candidate = "".join(generator.choice("abc-") for _ in range(length))
            assert (pattern.fullmatch(candidate) is not None) == (candidate in words), candidate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The MEETING was held", True),
        ("the Dialogue", True),
        ("Nothing to see here", False),
        # Outside ASCII, "ı" matches "i" case-insensitively without lowering to it: never skipped.
        ("the dıalogue", True),
        ("Zürich", True),
    ],
)
def test_may_contain(text: str, expected: bool) -> None:
    assert may_contain(text, ("meeting", "dialogue")) is expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The delegations met TODAY in the capital.", 1),
        ("They will meet again Tomorrow.", 1),
        ("It happened LAST YEAR, and again this month.", 2),
        ("The talks were held on Tuesday.", 1),
        ("The round took place in September.", 1),
        ("The round took place in the autumn.", 0),
        ("No date is written in this sentence at all.", 0),
        ("Signed on 20.05.2024 in Astana.", 1),
    ],
)
def test_find_dates_skips_only_texts_without_a_date(text: str, count: int) -> None:
    assert len(find_dates(text)) == count


def test_required_words_are_what_every_match_holds() -> None:
    assert required_words([r"\b(accept|manage) (all )?cookies", r"\bnot necessarily (those|the views)"]) == (
        "cookies",
        "not necessarily ",
    )
    # a rule without a run of plain letters cannot be prefiltered
    assert required_words([r"\bcookies", r"(a|b)\d+"]) is None
