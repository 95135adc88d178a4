"""The parties field: from the dialogue's name, else a written pair, else the most named."""

from __future__ import annotations

from collections import Counter

from rapport.pipeline.extract.fields.base import INFERRED, NEAR, STATED, Candidate, MeetingContext
from rapport.pipeline.extract.parties import capital_pairs, find_countries, joined_pairs


def find(context: MeetingContext) -> list[Candidate]:
    """Party pairs offered by the held sentences, best first."""
    candidates = [
        Candidate(tuple(sorted(m.parties)), (m.start, m.end), STATED)
        for info in context.group.held
        for m in info.mechanisms
        if len(m.parties) == 2
    ]
    # Lower tiers are read only when no name gives the pair (they cost a country scan).
    return candidates or _written_pairs(context) or _most_named(context)


def _written_pairs(context: MeetingContext) -> list[Candidate]:
    """ "China and the United States held ...": a pair joined in a held sentence."""
    found = []
    for info in context.group.held:
        start, end = info.sentence.start, info.sentence.end
        mentions = find_countries(context.flat, start, end)
        for left, right in [*joined_pairs(context.flat, mentions), *capital_pairs(context.flat, start, end)]:
            found.append(Candidate(tuple(sorted({left.code, right.code})), (left.start, right.end), NEAR))
    return found


def _most_named(context: MeetingContext) -> list[Candidate]:
    """The two parties most named in the held sentences, topped up from the whole text."""
    flat, held = context.flat, context.group.held
    counts = Counter(m.code for info in held for m in find_countries(flat, info.sentence.start, info.sentence.end))
    for mechanism in (m for info in held for m in info.mechanisms):
        counts.update(dict.fromkeys(mechanism.parties, 3))
    ranked = [code for code, _ in counts.most_common()]
    if len(ranked) < 2:
        everywhere = Counter(m.code for m in find_countries(flat))
        ranked += [code for code, _ in everywhere.most_common() if code not in ranked]
    if not ranked:
        return []
    return [Candidate(tuple(sorted(ranked[:2])), (held[0].sentence.start, held[0].sentence.end), INFERRED)]
