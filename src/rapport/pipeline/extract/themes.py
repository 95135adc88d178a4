"""Themes: subjects the text says the meeting discussed, as ids from the schema's table.

The lexicon (``resources/en/themes.tsv``) names subjects; a sentence lends its subjects to a
meeting only when it reports the meeting's discussion: it belongs to the meeting's part of
the article, carries a discussion cue, and is not background, an NGO's voice, or what
happened before the meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapport.pipeline.extract.lexicon import THEME_LINES, THEME_RE
from rapport.pipeline.extract.sentences import Sentence
from rapport.pipeline.extract.wordpatterns import Scan, may_contain
from rapport.pipeline.types import Span

# An opening "Earlier, ..." moves the story before the meeting (a letter, a statement).
_OPENING_EARLIER = ("earlier",)
_BEFORE_MEETING_RE = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+preparation\s+for)\s+(?:this|the)\s+(?:dialogue|meeting|round|session)\b",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])\s+")
# "freedoms of assembly, association, and expression": one subject per listed freedom.
_FREEDOM_LIST_RE = re.compile(
    r"\b(?:freedoms?|rights?)\s+(?:to|of)\s+(?:freedom\s+of\s+)?"
    r"(?P<items>[a-z]+(?:\s+or\s+belief)?(?:(?:,\s*and\s+|,\s*or\s+|,\s*|\s+and\s+|\s+or\s+)(?:of\s+|to\s+)?(?:peaceful\s+)?[a-z]+(?:\s+or\s+belief)?){1,5})",
    re.IGNORECASE,
)
_DELEGATION_MAKEUP_RE = re.compile(
    r"\b(?:delegations?|team|side)\s+(?:also\s+)?(?:included|comprised|consisted\s+of|(?:was|were)\s+composed\s+of)\b"
    r"|\b(?:was|were)\s+accompanied\s+by\b",
    re.IGNORECASE,
)
_MAKEUP_WORDS = ("includ", "compris", "consist", "composed", "accompanied")
_FREEDOM_CUE_RE = re.compile(r"(?:freedom|right)s?\s+(?:to|of)\s")
_ITEM_SPLIT_RE = re.compile(r",\s*and\s+|,\s*or\s+|,\s*|\s+and\s+|\s+or\s+(?!belief)")
# Capitalised office names ("Ministry of Labour and Social Protection") are not subjects.
_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:Ministry|Minister|Department|Office|Division|Directorate|Commissioner|Committee|Agency|Bureau|"
    r"Secretary|Ambassador(?:-at-Large)?|Envoy|Rapporteur|Director|Institute|Centre|Center)"
    r"(?:\s+(?:of|for|and|the|on|with|[A-Z][\w'-]*,?))*\s+$"
)
# A capitalised cue that goes on into a proper name names a body or a programme, not a subject.
_PROPER_NAME_AFTER_RE = re.compile(
    r"[\s-]+(?:Mechanism|Package|package|Initiative|Regime|Programme|Program|Facility|Fund|Seminar|Forum|"
    r"Network|Index|Report|Award|Prize|Day|Week|Platform|Centre|Center|Institute|Academy|Commission|Committee)\b"
)
# "the election of Mexico as a non-permanent member", "elections of Viet Nam to the Council".
_NOT_A_SUBJECT_AFTER_RE = re.compile(r"(?<=lection)s?\s+of\s+(?:the\s+)?[A-Z][\w' -]{1,40}?\s+(?:as|to)\b")
# Reaffirmed shared values ("commitment to democracy and the rule of law") are not subjects.
_VALUES_RE = re.compile(r"\b(?:commitments?\s+to|shared\s+values|values\s+of|principles\s+of|enshrined|pillar)\b", re.IGNORECASE)
_VALUE_THEMES = frozenset({"rule_of_law", "democratic_reform"})


def discussion_sentences(sentences: Iterable[Sentence], skip: set[int], scan: Scan) -> list[Sentence]:
    """The sentences whose subjects count as discussed: those with a discussion cue.

    ``skip`` holds indices of sentences that belong elsewhere (the next meeting, another
    meeting). A paragraph that opens with what happened before the meeting is left out
    from there on; list items after a chosen sentence ending in a colon are kept.
    """
    chosen: list[Sentence] = []
    excluded_paragraph: int | None = None
    list_open = False
    for index, sentence in enumerate(sentences):
        lowered = sentence.text.lower()
        if lowered.startswith(_OPENING_EARLIER) or (_maybe_before(lowered) and _BEFORE_MEETING_RE.search(lowered)):
            excluded_paragraph = sentence.paragraph
            list_open = False
            continue
        if sentence.paragraph == excluded_paragraph or index in skip:
            continue
        if (list_open and _BULLET_RE.match(sentence.text)) or _is_discussion(sentence, scan):
            chosen.append(sentence)
            list_open = list_open or sentence.text.rstrip().endswith(":")
        elif not _BULLET_RE.match(sentence.text):
            list_open = False
    return chosen


def _maybe_before(lowered: str) -> bool:
    return "before" in lowered or "ahead" in lowered or "prior" in lowered or "preparation" in lowered


def _is_discussion(sentence: Sentence, scan: Scan) -> bool:
    start, end = sentence.start, sentence.end
    if scan.first("ngo_voice", start, end):
        return False
    cue = scan.first("discussion", start, end)
    if cue is None:
        return False
    if may_contain(sentence.text, _MAKEUP_WORDS) and _DELEGATION_MAKEUP_RE.search(sentence.text):
        return False  # "The delegation included officials of the Human Rights Commission": who came, not what was said
    # Background before the verb frames the sentence ("Since 2014 the dialogue has covered");
    # after it, it qualifies a subject ("discussed X, which South Africa has championed since 2014").
    background = scan.first("background", start, end)
    return background is None or background.start() > cue.start()


def find_themes(flat: str, sentences: list[Sentence], masked: list[Span], scan: Scan) -> tuple[tuple[str, ...], Span | None]:
    """Sorted theme ids found in the sentences outside masked spans, and the first cue's span."""
    themes: set[str] = set()
    first: Span | None = None
    for sentence in sentences:
        values: bool | None = None  # whether the sentence reaffirms values; searched on need
        for match in scan.all("theme", sentence.start, sentence.end):
            found = _themes_of(match)
            if not found or _ignored(flat, match, masked, sentence.start):
                continue
            if any(theme in _VALUE_THEMES for theme in found) and values is None:
                values = _VALUES_RE.search(sentence.text) is not None
            kept = [theme for theme in found if not (values and theme in _VALUE_THEMES)]
            if not kept:
                continue
            themes.update(kept)
            first = first or (match.start(), match.end())
        themes.update(_listed_freedoms(flat, sentence))
    return tuple(sorted(themes)), first


def _themes_of(match: re.Match[str]) -> tuple[str, ...]:
    """The theme ids of the lexicon line a match comes from."""
    group = match.lastgroup
    return THEME_LINES[int(group[1:])] if group else ()


def _ignored(flat: str, match: re.Match[str], masked: list[Span], floor: int) -> bool:
    """A cue inside a dialogue's name or a capitalised office name does not count."""
    if any(start <= match.start() < end for start, end in masked):
        return True
    if _NOT_A_SUBJECT_AFTER_RE.match(flat, match.end()):
        return True  # "the election of Mexico to the Security Council" is no election
    words = match.group(0).split()
    if all(word[:1].isupper() or word in ("of", "and", "the") for word in words):
        if _PROPER_NAME_AFTER_RE.match(flat, match.end()):
            return True  # the "Rule of Law Mechanism", the "Anti-Corruption Package": a body's name
        before = flat[max(floor, match.start() - 80) : match.start()]
        return _OFFICE_BEFORE_RE.search(before) is not None
    return False


def _listed_freedoms(flat: str, sentence: Sentence) -> set[str]:
    """Themes of each freedom in a list ("freedoms of assembly, association and expression")."""
    found: set[str] = set()
    text = sentence.text
    # The list needs "freedom(s)/right(s) of/to": a pattern opening on a letter, run over the lowered
    # sentence, rejects most sentences before the full one is tried (outside ASCII, always tried).
    if text.isascii() and _FREEDOM_CUE_RE.search(text.lower()) is None:
        return found
    for match in _FREEDOM_LIST_RE.finditer(flat, sentence.start, sentence.end):
        for item in _ITEM_SPLIT_RE.split(match.group("items")):
            item = re.sub(r"^(?:of|to)\s+", "", item.strip())
            theme = THEME_RE.regex.fullmatch(f"freedom of {item}")
            if theme is not None:
                found.update(_themes_of(theme))
    return found
