"""Chairs who speak in the first person: "I led the U.S. delegation" in a briefing or a blog.

The speaker is the last capitalised speaker label before the sentence in a transcript
("ASSISTANT SECRETARY MALINOWSKI: ..."), else the person a short header names ("Jane Roe,
Press Conference following ..."), found again in full elsewhere in the text, else the person
who signs the text on its last line.
"""

from __future__ import annotations

import re

from rapport.pipeline.extract.chairs import ChairMention, FullNames, side_party
from rapport.pipeline.extract.names import NameMention, find_names
from rapport.pipeline.extract.sentences import Sentence

_FIRST_PERSON_RE = re.compile(
    r"\bI\s+(?:was\s+(?:very\s+|most\s+)?(?:pleased|honou?red|privileged|proud)\s+to\s+)?"
    r"(?:led|lead|headed|head|co-?chaired|chaired)\s+(?:the|an?|our)\s+(?P<side>[^;:]{0,50}?)(?:delegation|team|side)\b"
    r"|\bI\s+had\s+the\s+(?:honou?r|privilege|pleasure)\s+(?:of|to)\s+(?:leading|lead|heading|head|co-?chairing)\s+"
    r"(?:the|an?|our)\s+(?P<side2>[^;:]{0,50}?)(?:delegation|team|side)\b"
)
# A transcript's speaker label at the start of a line: "ASSISTANT SECRETARY MALINOWSKI: ".
_LABEL_RE = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z.'\- ]{2,60}):\s")
_HEADER_REACH = 400
_LAST_LINE_RE = re.compile(r"\n\s*(?P<line>[^\n]{3,120}?)\s*$")


def find_speaker_chairs(flat: str, sentences: list[Sentence], parties: tuple[str, ...]) -> list[ChairMention]:
    """Speakers who say they led or co-chaired, with the side their delegation names."""
    found: list[ChairMention] = []
    full = FullNames(flat)  # read once, and only if a speaker label needs it
    for sentence in sentences:
        if "I " not in sentence.text:
            continue  # most sentences are not in the first person
        match = _FIRST_PERSON_RE.search(flat, sentence.start, sentence.end)
        if match is None:
            continue
        speaker = _speaker(flat, sentence.start, full)
        if speaker is not None:
            party = side_party(match.group("side") or match.group("side2"), parties)
            found.append(ChairMention(speaker.text, party, None, speaker.start, speaker.end))
    return found


def _speaker(flat: str, before: int, full: FullNames) -> NameMention | None:
    """The person speaking at an offset: the last speaker label, else the header's person."""
    labels = list(_LABEL_RE.finditer(flat, 0, before))
    if labels:
        return full.get(labels[-1].group("label").split()[-1].lower())
    header = find_names(flat, 0, min(before, _HEADER_REACH))
    named = [name for name in header if len(name.text.split()) >= 2]
    return named[0] if named else _signature(flat)


def _signature(flat: str) -> NameMention | None:
    """A post signed at its foot: a last short line that opens with a name ("Jane Roe, Ambassador")."""
    last = _LAST_LINE_RE.search(flat)
    if last is None:
        return None
    names = find_names(flat, last.start("line"), last.end("line"))
    if names and names[0].start == last.start("line") and len(names[0].text.split()) >= 2:
        return names[0]
    return None
