"""Split ingested text into plain and highlighted parts, so templates escape every part.

Ingested text is never marked safe: a view hands the template a list of ``Segment``s and the
template prints each one with autoescaping on, wrapping the highlighted ones in ``<mark>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Highlight:
    """A [start, end) span to highlight, with a label (the field) and an optional link."""

    start: int
    end: int
    label: str = ""
    href: str = ""
    anchor: str = ""


@dataclass(frozen=True)
class Segment:
    """A piece of text, highlighted or not."""

    text: str
    mark: bool = False
    label: str = ""
    href: str = ""
    anchor: str = ""


def split_text(text: str, highlights: Iterable[Highlight]) -> list[Segment]:
    """Cut ``text`` at the spans' edges; overlapping spans are clipped to the earlier one."""
    segments: list[Segment] = []
    position = 0
    spans = sorted(
        (h for h in highlights if 0 <= h.start < h.end), key=lambda h: (h.start, -h.end)
    )
    for span in spans:
        start, end = max(span.start, position), min(span.end, len(text))
        if start >= end:
            continue  # wholly inside an earlier span, or past the end of the text
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], True, span.label, span.href, span.anchor))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


_WORD = re.compile(r"\w[\w'-]*", re.UNICODE)


def query_terms(query: str) -> list[str]:
    """The words of a search query worth highlighting (two letters or more, no operators)."""
    words = [w for w in _WORD.findall(query) if len(w) > 1]
    return [w for w in words if w.upper() not in {"AND", "OR", "NOT", "NEAR"}]


def snippet(text: str, terms: Sequence[str], width: int = 220) -> list[Segment]:
    """A window of ``text`` around the first matching term, with every match highlighted."""
    if not text:
        return []
    pattern = _terms_pattern(terms)
    first = pattern.search(text) if pattern else None
    centre = first.start() if first else 0
    start = max(0, centre - width // 3)
    end = min(len(text), start + width)
    window = text[start:end]
    spans = [Highlight(m.start(), m.end()) for m in pattern.finditer(window)] if pattern else []
    segments = split_text(window, spans)
    if start > 0:
        segments.insert(0, Segment("… "))
    if end < len(text):
        segments.append(Segment(" …"))
    return segments


def _terms_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching any term as a word prefix."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)
