"""Instruments named in a readout: laws, action plans, strategies, programmes, statements.

Each is dated by the nearest date in its own clause ("the Action Plan ... signed by the
President last December" → the December before publication).
"""

from __future__ import annotations

import re

from rapport.pipeline.extract.dates import PartialDate, find_dates, resolve
from rapport.pipeline.extract.sentences import Sentence
from rapport.pipeline.types import Instrument

_TAIL = r"(?:\s+(?:on|for|in\s+the\s+field\s+of|of|to)\s+(?:the\s+)?[\w' ,-]{3,70}?)?(?=[,.;:(]|\s+(?:signed|adopted|approved|passed|launched|was|were|which|that|and\s+the|in\s+\d|by\b|to\s+\w+\b|until\b|till\b|through\b|up\s+to\b|for\s+(?:the\s+)?(?:period|years?)\b)|$)"
# Each kind: a cheap lower-case keyword the sentence must contain, then the pattern.
_KINDS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("action_plan", ("plan",), re.compile(r"(?:(?:National|Human\s+Rights|\d{4}-\d{4})\s+)*Action\s+Plan" + _TAIL, re.IGNORECASE)),
    ("strategy", ("strateg",), re.compile(r"(?:[A-Z][\w-]*\s+){1,4}Strategy" + _TAIL)),
    ("programme", ("program",), re.compile(r"(?:[A-Z][\w-]*\s+){1,6}Program(?:me)?\b" + _TAIL)),
    ("joint_statement", ("joint",), re.compile(r"Joint\s+(?:Statement|Declaration|Communiqu[eé])" + _TAIL)),
    ("agreement", ("agreement", "memorandum"), re.compile(r"(?:[A-Z][\w-]*\s+){1,5}(?:Agreement|Memorandum\s+of\s+Understanding)\b" + _TAIL)),
    ("law", ("law", "bill", "legislation", "amendment", "code", "decree"), re.compile(
        r"\b(?:law|bill|legislation|amendments?|code|decree)\s+"
        r"(?:on|against|toughening|criminali[sz]ing|recriminali[sz]ing|that|which|to|prohibiting|establishing)\b[^,.;]{3,90}",
        re.IGNORECASE,
    )),
    ("law", ("law",), re.compile(
        r"\blaw\s+(?:passed|adopted|approved|signed|enacted)\b[^.;]{0,40}?,?\s+(?:which|that)\s+[^,.;]{3,80}",
        re.IGNORECASE,
    )),
    ("law", ("law", "bill", "code", "act"), re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:Law|Bill|Code|Act)\b(?:\s+on\s+[\w' -]{3,60}?(?=[,.;]))?")),
    # A title quoted after its kind: the Law "On Mass Media", the Decree "On the Ombudsman".
    ("law", ("law", "code", "decree", "act"), re.compile(r"\b(?:[Ll]aw|Code|Decree|Act)\s+\"[^\"]{3,80}\"")),
)
_DATE_WINDOW = 80
_DATE_LOOKBACK = 30
# A title ends where its clause says what happened to it: "law on ... signed on April 3", or
# where its date begins: "the National Action Plan 2024-2027 in March 2024".
_TITLE_TAIL_RE = re.compile(
    r"\s+(?:signed|adopted|approved|passed|enacted|launched|was|were)\b.*$"
    r"|\s+(?:in|on|of|since|from)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}$",
    re.IGNORECASE,
)
# Where the clause of an instrument ends, so that its date is not the next one's.
_CLAUSE_END_RE = re.compile(r",\s+(?:as\s+well\s+as|and|while|but|the|a|an)\b|;\s|\s+as\s+well\s+as\b")
_TERM_BEFORE_RE = re.compile(r"\b(?:until|till|through|up\s+to|to|by)\s+$|-$", re.IGNORECASE)
# Words that do not tell two titles apart: "Law on the Prevention of ..." is "law on prevention of ...".
_FILLER_WORDS = frozenset({"the", "of", "on", "a", "an", "for", "in", "and", "to"})


def find_instruments(flat: str, sentences: list[Sentence], published: PartialDate | None) -> tuple[Instrument, ...]:
    """Instruments named in the given sentences, one per title, in order of appearance."""
    found: dict[frozenset[str], Instrument] = {}
    # Most texts name few kinds of instrument: test the sentences only for the kinds whose
    # keywords the text holds at all.
    text = " ".join(sentence.text for sentence in sentences).lower()
    kinds = [(kind, keywords, pattern) for kind, keywords, pattern in _KINDS if any(k in text for k in keywords)]
    for sentence in sentences:
        lowered = sentence.text.lower()
        for kind, keywords, pattern in kinds:
            if not any(keyword in lowered for keyword in keywords):
                continue
            for match in pattern.finditer(flat, sentence.start, sentence.end):
                title = re.sub(r"\s+", " ", match.group(0)).strip(" ,")
                title = re.sub(r"^(?:the|a|new)\s+", "", title, flags=re.IGNORECASE)
                trimmed = _TITLE_TAIL_RE.sub("", title)
                if len(trimmed.split()) >= 3:  # "law passed ..., which ..." keeps its words
                    title = trimmed
                key = _title_key(title)
                if len(title) < 6 or _known(key, found):
                    continue
                date = _date_near(flat, match.start(), match.end(), sentence, published)
                found[key] = Instrument(kind, title, date)
    return tuple(found.values())


def _title_key(title: str) -> frozenset[str]:
    """The words that identify a title, whatever its articles, case and punctuation."""
    return frozenset(word for word in re.findall(r"\w+", title.lower()) if word not in _FILLER_WORDS)


def _known(key: frozenset[str], found: dict[frozenset[str], Instrument]) -> bool:
    """Whether a title is one already found: the same words, or all of its words in a longer title."""
    return any(key <= other for other in found)


def _date_near(flat: str, start: int, end: int, sentence: Sentence, published: PartialDate | None) -> str | None:
    """The first date inside or just after the instrument's words, else just before, in its sentence."""
    # After first: a date just before the title usually belongs to the previous clause.
    clause_end = _CLAUSE_END_RE.search(flat, end, min(sentence.end, end + _DATE_WINDOW))
    windows = (
        (start, clause_end.start() if clause_end else min(sentence.end, end + _DATE_WINDOW)),
        (max(sentence.start, start - _DATE_LOOKBACK), start),
    )
    for low, high in windows:
        for mention in find_dates(flat, low, high):
            if _TERM_BEFORE_RE.search(flat, max(low, mention.start - 12), mention.start):
                continue  # "Strategy until 2030": the end of its term, not its date
            value = resolve(mention, published)
            if value is not None:
                return value.iso()
    return None
