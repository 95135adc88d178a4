"""Fast matching of large word alternations (lexicons, cue lists) at word starts only.

Python's regex engine tries every alternative at every character. A lexicon of a few
hundred alternatives then costs microseconds per character. Here the possible first
letters of every alternative are worked out once from the parsed pattern, and the
pattern is tried only at word starts whose first letters can begin a match: the same
matches as ``finditer`` from word boundaries, at a fraction of the cost.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_PREFIX = 5
_WORD_START_RE = re.compile(r"(?<![\w])\w")
_WORD_HEAD_RE = re.compile(r"(?<![\w])(?=(\w.{0,4}))", re.DOTALL)
_MAX_CLASS = 12
_WINDOW_CACHE = 50_000  # distinct word-start windows remembered; bounded for long runs


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower case) in any case: a cheap test before a
    case-insensitive pattern that cannot match without one of them.

    Outside ASCII, letters such as "ı" and "ſ" match "i" and "s" case-insensitively without
    lowering to them, so such texts always pass.
    """
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


class WordPattern:
    """Alternatives whose matches start at a word boundary, tried only where they can begin.

    At a word start, only the alternatives that can begin with its first letters are
    tried, in their original order (the first alternative that matches wins, as in a
    regex alternation).
    """

    def __init__(self, alternatives: list[str], flags: int = 0) -> None:
        self._alternatives = alternatives
        self._flags = flags
        self.regex = re.compile("|".join(alternatives), flags)
        self._always: list[int] = []
        self._by_prefix: dict[str, list[int]] = {}
        for index, alternative in enumerate(alternatives):
            prefixes = _prefixes(sre_parse.parse(alternative, flags), _PREFIX)
            if prefixes is None or "" in prefixes:
                self._always.append(index)
                continue
            for prefix in prefixes:
                self._by_prefix.setdefault(prefix, []).append(index)
        self._lengths = sorted({len(prefix) for prefix in self._by_prefix})
        self.begins_anywhere = bool(self._always)
        """Some alternative's first letters are unknowable: it is tried at every word start."""
        self.prefixes = frozenset(self._by_prefix)
        """The lower-case beginnings (up to five letters) one of which every match starts with."""
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_window: dict[str, re.Pattern[str] | None] = {}

    def _candidates(self, text: str, position: int) -> re.Pattern[str] | None:
        """The alternation of the alternatives that can start at ``position``, if any."""
        return self.for_window(text[position : position + _PREFIX].lower())

    def for_window(self, window: str) -> re.Pattern[str] | None:
        """The alternation of alternatives that can start with a word's first letters."""
        try:
            return self._by_window[window]
        except KeyError:
            pattern = self._build(window)
            if len(self._by_window) < _WINDOW_CACHE:
                self._by_window[window] = pattern
            return pattern

    def _build(self, window: str) -> re.Pattern[str] | None:
        chosen = set(self._always)
        for length in self._lengths:
            chosen.update(self._by_prefix.get(window[:length], ()))
        if not chosen:
            return None
        key = tuple(sorted(chosen))
        pattern = self._compiled.get(key)
        if pattern is None:
            pattern = re.compile("|".join(self._alternatives[index] for index in key), self._flags)
            self._compiled[key] = pattern
        return pattern

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches starting at word starts in ``text[start:end]``."""
        stop = len(text) if end is None else end
        resume = start
        for word in _WORD_START_RE.finditer(text, start, stop):
            position = word.start()
            if position < resume:
                continue
            pattern = self._candidates(text, position)
            match = pattern.match(text, position, stop) if pattern is not None else None
            if match is not None:
                resume = max(match.end(), position + 1)
                yield match

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match starting at a word start in ``text[start:end]``."""
        return next(self.finditer(text, start, end), None)

    def match(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """A match at ``start`` itself."""
        return self.regex.match(text, start, len(text) if end is None else end)


def _folding_table() -> dict[int, str]:
    """Latin letters with diacritics → their base letter, one character for one."""
    table = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        decomposed = unicodedata.normalize("NFD", chr(code))
        if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            table[code] = decomposed[0]
    # Letters with a stroke have no decomposition.
    table.update({ord(letter): base for letter, base in zip("đĐøØłŁıħĦ", "dDoOlLihH", strict=True)})
    return table


_FOLDING = _folding_table()


@lru_cache(maxsize=8)
def fold_diacritics(text: str) -> str:
    """The text with diacritics dropped ("Hà Nội" → "Ha Noi"), the same length, so that offsets
    found in one are offsets in the other."""
    return text.translate(_FOLDING)


class FoldedWordPattern(WordPattern):
    """A gazetteer's names, found however the text writes their diacritics ("Việt Nam", "Hà Nội").

    Matching runs over the text with diacritics dropped, and the names are listed both as
    written and folded, so ``group(0)`` of a match is always a listed name.
    """

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches in ``text[start:end]``, read on the text without diacritics."""
        return super().finditer(text if text.isascii() else fold_diacritics(text), start, end)


def with_folded_names(table: dict[str, Any]) -> dict[str, Any]:
    """A name table with each name's forms without diacritics ("Cote d'Ivoire") and, for names of
    several words, with hyphens for spaces ("Port-Louis") added."""
    variants: dict[str, Any] = {}
    for name, value in table.items():
        folded = name.translate(_FOLDING)
        for variant in (folded, name.replace(" ", "-"), folded.replace(" ", "-")):
            if variant not in table:
                variants.setdefault(variant, value)
    return table | variants


def required_words(alternatives: list[str], shortest: int = 4) -> tuple[str, ...] | None:
    """For each alternative, lower case, the longest run of plain letters every match of it holds.

    A text holding none of them (in any case) matches no alternative, so a cheap ``in`` test
    can spare the search; None when some alternative has no run of ``shortest`` letters.
    """
    words = []
    for alternative in alternatives:
        runs, run = [], ""
        for op, value in sre_parse.parse(alternative):
            if op is sre_constants.LITERAL:
                run += chr(value)
                continue
            runs.append(run)
            run = ""
        runs.append(run)
        longest = max(runs, key=len)
        if len(longest) < shortest:
            return None
        words.append(longest.lower())
    return tuple(words)


def _prefixes(items: Any, limit: int) -> set[str] | None:
    """Lower-case strings one of which every match starts with; None when unknowable."""
    return _sequence(list(items), limit)


def _sequence(ops: list[Any], limit: int) -> set[str] | None:
    if not ops:
        return {""}
    op, value = ops[0]
    rest = ops[1:]
    if op is sre_constants.AT or op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _sequence(rest, limit)
    if op is sre_constants.LITERAL:
        return _extend({chr(value).lower()}, rest, limit)
    if op is sre_constants.IN:
        chars = _class_chars(value)
        return None if chars is None else _extend(chars, rest, limit)
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(value[-1]) + rest, limit)
    if op is sre_constants.BRANCH:
        return _union([_sequence(list(branch) + rest, limit) for branch in value[1]])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, _high, item = value
        once = _sequence(list(item), limit)
        if low == 0:
            return _union([_sequence(rest, limit), once])
        return once
    return None


def _extend(heads: set[str], rest: list[Any], limit: int) -> set[str] | None:
    """Each head followed by the prefixes of the rest, cut to ``limit`` characters."""
    tails = _sequence(rest, limit - 1) if limit > 1 else {""}
    if tails is None:
        return heads
    return {(head + tail)[:limit] for head in heads for tail in tails}


def _union(parts: list[set[str] | None]) -> set[str] | None:
    merged: set[str] = set()
    for part in parts:
        if part is None:
            return None
        merged |= part
    return merged


def _class_chars(items: Any) -> set[str] | None:
    """The characters of a small character class, lower case; None for large classes."""
    chars: set[str] = set()
    for op, value in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(value).lower())
        elif op is sre_constants.RANGE and value[1] - value[0] < _MAX_CLASS:
            chars.update(chr(code).lower() for code in range(value[0], value[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


class PatternSet:
    """Several named word patterns scanned over a text in one pass over its word starts."""

    def __init__(self, patterns: dict[str, WordPattern], overlapping: frozenset[str] = frozenset()) -> None:
        self._patterns = patterns
        self._overlapping = overlapping
        """Families whose matches may overlap ("violence against women" and "women and children")."""
        self._by_window: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
        self._heads_re = _heads_pattern(patterns.values())

    def _candidates(self, window: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        found = self._by_window.get(window)
        if found is None:
            found = tuple(
                (name, pattern)
                for name, word_pattern in self._patterns.items()
                if (pattern := word_pattern.for_window(window)) is not None
            )
            if len(self._by_window) < _WINDOW_CACHE:
                self._by_window[window] = found
        return found

    def scan(self, text: str) -> Scan:
        """Every pattern's non-overlapping matches in the text, found in one pass."""
        found: dict[str, list[re.Match[str]]] = {name: [] for name in self._patterns}
        resume: dict[str, int] = {}
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text  # rare letters change length when lowered; prefixes then miss capitals
        candidates = self._candidates
        for word in self._heads_re.finditer(lowered):
            position = word.start()
            heads = candidates(lowered[position : position + _PREFIX])
            if not heads:
                continue
            for name, pattern in heads:
                if position < resume.get(name, 0):
                    continue
                match = pattern.match(text, position)
                if match is not None:
                    resume[name] = position + 1 if name in self._overlapping else max(match.end(), position + 1)
                    found[name].append(match)
        return Scan(found)


def _heads_pattern(patterns: Iterable[WordPattern]) -> re.Pattern[str]:
    """Word starts where some pattern's alternatives can begin, found by the regex engine.

    Most words begin no cue; a trie of the patterns' first letters lets the engine skip them
    without a step of Python per word. A pattern that can begin anywhere makes it every word start.
    """
    prefixes: set[str] = set()
    for pattern in patterns:
        if pattern.begins_anywhere:
            return _WORD_HEAD_RE
        prefixes.update(pattern.prefixes)
    return re.compile(r"(?<![\w])(?=\w)(?=" + _trie(sorted(prefixes)) + ")") if prefixes else re.compile(r"(?!)")


def _trie(words: list[str]) -> str:
    """An alternation matching any of ``words`` whose branches share their common beginnings."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    branches = []
    for head, tails in heads.items():
        if not head:
            continue
        rest = [tail for tail in tails if tail]
        inner = _trie(rest) if rest else ""
        # a word that ends here makes the rest optional ("un" and "unit": "un(?:it)?")
        optional = rest and len(rest) < len(tails)
        branches.append(re.escape(head) + (f"(?:{inner})?" if optional else inner))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class Scan:
    """The matches of a pattern set in one text, queried by span."""

    def __init__(self, found: dict[str, list[re.Match[str]]]) -> None:
        self._found = found
        self._starts = {name: [match.start() for match in matches] for name, matches in found.items()}
        self._merged: dict[tuple[str, ...], tuple[list[int], list[tuple[str, re.Match[str]]]]] = {}

    def all_of(self, names: tuple[str, ...], start: int, end: int) -> list[tuple[str, re.Match[str]]]:
        """The matches of several patterns that start within [start, end), each with its pattern's
        name, in text order (merged once per text, then looked up by span)."""
        merged = self._merged.get(names)
        if merged is None:
            items = sorted(((name, match) for name in names for match in self._found[name]), key=lambda item: item[1].start())
            merged = ([match.start() for _, match in items], items)
            self._merged[names] = merged
        starts, items = merged
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def all(self, name: str, start: int, end: int) -> list[re.Match[str]]:
        """The pattern's matches that start within [start, end)."""
        starts = self._starts[name]
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        return self._found[name][first:last]

    def first(self, name: str, start: int, end: int) -> re.Match[str] | None:
        """The pattern's first match that starts within [start, end), if any."""
        starts = self._starts[name]
        index = bisect.bisect_left(starts, start)
        if index < len(starts) and starts[index] < end:
            return self._found[name][index]
        return None
