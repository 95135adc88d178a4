"""Typed records that flow between the pipeline's stages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

Span = tuple[int, int]
"""A [start, end) character range into a document's clean text."""


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def storable_text(value: str) -> str:
    """``value`` as every database stores it: NUL characters dropped, lone surrogates made U+FFFD.

    PostgreSQL refuses NUL in text and no database takes a lone surrogate (``"\\ud800"`` in
    JSON, an undecodable file name), while SQLite keeps NUL: inputs go through this once, when
    read, so that both databases hold the same text and one bad character cannot stop a run.
    """
    if "\x00" in value:
        value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = _SURROGATE_RE.sub("\ufffd", value)
    return value


def _make_storable(record: Any) -> None:
    """Pass every string field of a frozen dataclass through ``storable_text``, in place."""
    for item in fields(record):
        value = getattr(record, item.name)
        if isinstance(value, str):
            object.__setattr__(record, item.name, storable_text(value))


@dataclass(frozen=True)
class RawDocument:
    """One input document as read, before cleaning: either ``text`` or ``html`` is set."""

    origin: str
    """Where it came from, for messages and provenance: a path, ``path:line`` or ``-``."""
    id: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    """ISO date ``YYYY-MM-DD`` or ``YYYY-MM`` as given by the input's metadata."""

    def __post_init__(self) -> None:
        _make_storable(self)


@dataclass(frozen=True)
class CleanDocument:
    """A document's clean text (the text every evidence span points into) and its metadata."""

    origin: str
    text: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Place:
    """A city (current official English name) and its ISO 3166-1 alpha-2 country."""

    city: str | None
    country: str | None


@dataclass(frozen=True)
class Chair:
    """A head of delegation or co-chair, spelled as the text spells them."""

    name: str
    party: str | None
    position: str | None = None


@dataclass(frozen=True)
class Instrument:
    """A law, plan, programme or statement named in the text."""

    kind: str
    title: str
    date: str | None = None


@dataclass(frozen=True)
class NextMeeting:
    """The next round as agreed or announced: when and where."""

    date: str | None
    place: Place | None


@dataclass(frozen=True)
class MeetingRecord:
    """One meeting an article reports as having taken place (the contract's ``meetings[]``)."""

    mechanism: str | None = None
    parties: tuple[str, ...] = ()
    round: int | None = None
    date: str | None = None
    place: Place | None = None
    chairs: tuple[Chair, ...] = ()
    themes: tuple[str, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    next_meeting: NextMeeting | None = None
    evidence: dict[str, Span] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceInfo:
    """The contract's ``source`` block."""

    title: str | None
    published: str | None
    outlet: str | None
    language: str
    text_chars: int
    url: str | None = None


@dataclass(frozen=True)
class ExtractionResult:
    """What the pipeline read in one document: its source block, clean text and meetings."""

    source: SourceInfo
    text: str
    meetings: tuple[MeetingRecord, ...] = ()
    id: str | None = None
    origin: str = "-"


@dataclass(frozen=True)
class Rejection:
    """An input that could not be read, with where and why; the rest of a corpus goes on."""

    origin: str
    reason: str
    code: str
    line: int | None = None

    def __post_init__(self) -> None:
        _make_storable(self)

    def message(self) -> str:
        """A one-line message naming the input, the line when known, and the reason."""
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.code} {self.reason}"
