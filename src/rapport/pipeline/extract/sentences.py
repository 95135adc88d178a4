"""Sentence and paragraph boundaries over a working copy of the clean text.

The working copy has exactly the clean text's length (each replacement is one character for
one character), so every offset found in it is a valid evidence span into the clean text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

# One-for-one replacements: typographic quotes and dashes to ASCII, odd spaces to a space.
_REPLACEMENTS = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2010", "-"),
    ("\u2011", "-"),
    ("\u00a0", " "),
    ("\u2009", " "),
    ("\u202f", " "),
    ("\t", " "),
    ("\r", " "),
)

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "amb", "rev", "hon", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "p.d.r", "d.c", "a.m", "p.m", "approx", "h.e", "amb", "sen", "rep", "gov", "pres", "fig", "e.g", "i.e", "cllr", "excma", "excmo", "sra", "dña"]
)

# "Astana, 21 May 2024 (TDI): ..." / "BRUSSELS, May 21 (Reuters) - ...": where and when filed.
DATELINE_RE = re.compile(
    r"[A-Z][\w .'/-]{1,40}?,\s*[\w .,/]{4,30}?(?:\s*\([^)]{1,30}\))?\s*(?::|-{1,2}|\u2013|\u2014)\s"
)
# "ASTANA - ...", "WASHINGTON (AP) -- ...": a dateline of the place alone, in capitals.
PLACE_DATELINE_RE = re.compile(r"[A-Z][A-Z .'/-]{1,40}?(?:\s*\([^)]{1,30}\))?\s*(?:-{1,2}|:)\s")
_BOUNDARY_RE = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|\n")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_ROMAN_RE = re.compile(r"(?=[IVXL]{2,7}$|[VX]$)L?X{0,3}(?:IX|IV|V?I{0,3})")
_FUNCTION_WORDS = frozenset(("of", "the", "and", "or", "for", "to", "in", "on", "at", "by", "with", "a", "an",
                             "from", "as", "that", "its", "their"))
"""Words a line cannot end a sentence with: a break after them falls mid-sentence."""


@dataclass(frozen=True)
class Sentence:
    """A sentence's [start, end) span, its paragraph (line block) number and its text."""

    start: int
    end: int
    paragraph: int
    text: str


def working_text(text: str) -> str:
    """The clean text with quotes, dashes and spaces made ASCII and hard wraps undone."""
    flat = text
    # str.replace per character beats str.translate with a table by a wide margin.
    for old, new in _REPLACEMENTS:
        if old in flat:
            flat = flat.replace(old, new)
    if "\n" not in flat:
        return flat
    # Blocks are runs of non-blank lines; only blocks of three or more lines can be wrapped.
    return "\n\n".join(
        _unwrap(block) if block.count("\n") >= 2 else _join_broken_pair(block) for block in flat.split("\n\n")
    )


def _join_broken_pair(block: str) -> str:
    """A block of two lines broken mid-sentence, as a PDF breaks them ("... will" / "be held in
    London"), joined with a space; a heading and its subtitle are left apart."""
    if block.count("\n") != 1:
        return block
    line, following = block.split("\n")
    if following[:1].islower() and line.strip() and not line.rstrip().endswith((".", ":", "!", "?")):
        return f"{line} {following}"
    return block


def _unwrap(block: str) -> str:
    """Join a hard-wrapped paragraph's lines with spaces (same length); leave other blocks.

    A block is hard-wrapped when most of its line breaks fall mid-sentence; there, a break
    is joined unless it follows a clearly shorter line (a heading or a dateline).
    """
    if block.endswith("\n"):  # a text's last block keeps its final line break
        return _unwrap(block[:-1]) + "\n" if block.count("\n") >= 3 else block
    lines = block.split("\n")
    if any(not line.strip() for line in lines):
        return block  # blank-looking lines (spaces only) separate paragraphs: leave as is
    breaks = list(itertools.pairwise(lines))
    continued = [_continues(line.rstrip(), following) for line, following in breaks]
    if sum(continued) * 2 < len(breaks):
        return block
    lengths = sorted(len(line) for line in lines)
    width = lengths[len(lengths) * 3 // 4]  # a typical full line, robust to one long line
    parts = [lines[0]]
    for (line, following), joined in zip(breaks, continued, strict=False):
        wrapped = len(line) >= 0.8 * width and not line.rstrip().endswith((".", "!", "?", ":"))
        parts.append((" " if joined or wrapped else "\n") + following)
    return "".join(parts)


def _continues(line: str, following: str) -> bool:
    """Whether a line break falls inside a sentence."""
    following = following.lstrip()  # feeds and e-mails indent their wrapped lines
    return bool(
        following[:1].islower()
        or line.endswith((",", "-"))
        or _last_word(line).lower() in _FUNCTION_WORDS
    )


def _last_word(line: str) -> str:
    """The run of word characters that ends ``line`` (empty when it ends on a stop or a space)."""
    index = len(line)
    while index and (line[index - 1].isalnum() or line[index - 1] == "_"):
        index -= 1
    return line[index:]


def _ends_with_abbreviation(text: str, end: int) -> bool:
    match = _WORD_BEFORE_RE.search(text, max(0, end - 24), end)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # A capital letter (or a two-letter transliteration) before the stop is an initial:
    # "U. Zeya", "K. Tokayev", "Ye. Kazykhan", "Zh. Abdrakhmanov".
    written = match.group(1).rstrip(".")
    if _DOTTED_INITIALS_RE.fullmatch(written):
        return True  # "R.G. Casey Building", "J.K."
    if _ROMAN_RE.fullmatch(written) and match.start(1) in (0, text.rfind("\n", 0, match.start(1)) + 1):
        return True  # a numbered heading: "III. Turkey-Japan Human Rights Dialogue"
    return 0 < len(written) <= 2 and written.isalpha() and written[0].isupper() and written[1:] in ("", written[1:].lower())


def split_sentences(flat: str) -> tuple[Sentence, ...]:
    """The sentences of a working text, in order, with paragraph numbers."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _BOUNDARY_RE.finditer(flat):
        if match.group(0) != "\n":
            stop = match.start()
            if _ends_with_abbreviation(flat, stop):
                continue
        end = match.end() if match.group(0) != "\n" else match.start()
        paragraph = _append(sentences, flat, start, end, paragraph)
        if match.group(0) == "\n":
            paragraph += 1
        start = match.end()
    _append(sentences, flat, start, len(flat), paragraph)
    return tuple(sentences)


def _append(sentences: list[Sentence], flat: str, start: int, end: int, paragraph: int) -> int:
    """Add the trimmed span as a sentence unless it is blank; return the paragraph number."""
    while start < end and flat[start].isspace():
        start += 1
    while end > start and flat[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, paragraph, flat[start:end]))
    return paragraph
