"""Chairs: people named as co-chairing a meeting or leading (heading) a delegation.

People who only attended, opened the meeting or spoke are not chairs; the first person a
side "was represented by" heads it, as foreign-ministry readouts write.
Each chair gets a party from the delegation named with them ("the U.S. delegation was led
by"), else from their position ("... Ministry of Foreign Affairs of Mongolia"), else from
where the same person is named in full elsewhere, else by elimination between two parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapport.pipeline.extract.lexicon import TITLE_WORDS
from rapport.pipeline.extract.names import HONORIFICS, NameMention, find_names, full_names
from rapport.pipeline.extract.parties import find_countries
from rapport.pipeline.extract.sentences import DATELINE_RE, PLACE_DATELINE_RE, Sentence
from rapport.pipeline.types import Chair

_DELEGATION = r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?P<side{0}>[\w.' -]{{0,40}}?)\s*(?:delegations?|side|team)"
# Names follow the cue: "co-chaired by A and B", "The U.S. delegation was led by A". Each
# pattern starts with a literal word, so that the engine rejects most positions at once.
_AFTER_CUES = re.compile(
    r"\b(?:(?:jointly\s+)?(?:co-?chaired|chaired)|co-?presided|presided(?:\s+over)?|led|headed|directed)\s+(?:jointly\s+|respectively\s+)?by\s+"
    # "under the co-chairmanship of A and B"
    r"|\bunder\s+the\s+(?:co-?)?(?:chair(?:man|woman|person)?ship|presidency)\s+of\s+"
    r"|\b(?P<elided>delegations?|side|team|one),?\s+by\s+"
    # "A co-chaired the 12th ... Dialogue in Phnom Penh with B": the counterpart follows "with".
    # ("co-chaired on Tuesday, at the Ministry in Cairo, the first round ..., together with B")
    r"|\b(?:co-?chaired|conducted)\s+(?:on\s+\w+,\s+)?(?:(?:at|in)\s+[^.;:,]{1,60},\s+)?(?:the|this|a)\s[^.;:]{0,120}?\swith\s+(?!the\s+support)"
    r"|\bco-?chaired\s+with\s+(?!the\s+support)"
    # "The meeting, the third of its kind, brought together A, ..., and B": its participants.
    r"|\b(?:meeting|dialogue|talks|session|round)\b[^.;:]{0,60}?\bbrought\s+together\s+"
    r"|\bhead(?:s|ed)?\s+of\s+" + _DELEGATION.format(2) + r",?\s+"
    # "between the leaders of the American and Chinese teams, A, ..., and B, ...".
    r"|\b(?:leaders|heads)\s+of\s+the\s+[^.;:]{0,60}?(?:delegations|teams|sides),?\s+"
    # "Co-chairs were A of the EEAS and B of the Foreign Ministry."
    r"|\bco-?chairs\s+(?:were|are|was)\s+"
    # A briefing's "My counterpart was Li Junhua, the director general of ...".
    r"|\b(?:my|our|his|her|their)\s+(?:\w+\s+)?counterparts?\s+(?:was|were|is|are)\s+"
    # Inverted: "Heading the Armenian delegation was A", "Co-chairing the dialogue were A and B".
    r"|\b(?:heading|leading|co-?chairing|chairing)\s+(?:the|a|an|this)\s+(?P<side3>[^.;:,]{0,60}?)\s+(?:was|were)\s+"
    # A side's one named person: "From the Japanese side, Mr. A, Director-General ..., and from
    # the Cambodian side, H.E. B, ... attended"; "On the Chinese side, C, ... led the talks".
    r"|\b(?:from|on)\s+the\s+(?P<side4>[\w.' -]{1,40}?)\s+side,\s+"
    # "The Japanese side was represented by Mr. A, ...": the first person named heads the side.
    r"|(?<=side was )(?P<represented>represented)\s+by\s+"
    # "New Zealand was represented by A, Director ...": one person named for a party heads it (a
    # list of several, "was represented by A, ..., and B", names a delegation's members).
    r"|(?<=was )(?P<party_represented>represented)\s+by\s+"
    # A side named between the verb and "by": "led for Benin by A, and for the EU by B" (a party's name only)
    r"|\b(?:(?:led|headed|chaired|co-?chaired)\s+)?for\s+(?P<side6>the\s+EU|the\s+European\s+Union|(?-i:[A-Z])[\w.'-]+(?:\s+(?-i:[A-Z])[\w.'-]+){0,2}),?\s+by\s+"
    # The next side's elided "delegation was led": "...; Uzbekistan's by Deputy Minister A", "and the EU's by B".
    r"|(?<![\w'])(?P<side5>(?:the\s+)?[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]*){0,3})'s\s+by\s+",
    re.IGNORECASE,
)
# The delegation named before "was led by": "The U.S. delegation was led by".
_SIDE_BEFORE_RE = re.compile(
    r"(?:the\s+|a\s+|an\s+|their\s+)?(?P<side>[\w.' -]{0,40}?)\s*(?:delegations?|side|team)(?:\s*,)?\s+(?:was|were|is|being)?\s*$",
    re.IGNORECASE,
)
# "The delegation of Mongolia was headed by": the side written after the noun.
_SIDE_OF_BEFORE_RE = re.compile(
    r"(?:delegations?|side|team)\s+(?:of|from|for)\s+(?:the\s+)?(?P<side>[\w.' -]{1,40}?)(?:\s*,)?\s+(?:was|were|is|being)?\s*$",
    re.IGNORECASE,
)
# "..., and the Cambodian side by H.E. ...": the words before an elided "led".
_ELIDED_SIDE_RE = re.compile(r"(?:the\s+|a\s+|their\s+)?(?P<side>[\w.' -]{0,40}?)\s*$", re.IGNORECASE)
# Names precede the cue: "A and B co-chaired the ...", "A led the Kazakh delegation".
_BEFORE_CUES = re.compile(
    r"\b(?:co-?chaired|co-?chair|chaired|conducted)\s+(?:on\s+\w+,\s+)?(?:(?:at|in)\s+[^.;:,]{1,60},\s+)?(?:the|this|a|two|both|their|\w+day's)\b"
    # "Deputy Minister A held talks with the delegation of Great Britain headed by B"
    r"|\bheld\s+talks\s+with\s+(?:the\s+|a\s+)?(?:[\w.'-]+\s+){0,3}?delegation\b"
    # "A and B led the talks", "A and B led their delegations": every person named leads.
    r"|\b(?P<plural>led|headed|leading|heading)\s+(?:the|their)\s+(?:two\s+|both\s+|respective\s+)?(?:talks|dialogue|discussions|consultations|delegations|teams|sides)\b"
    # "A led Canada's delegation; B led Mexico's": the second side's noun left out
    r"|\b(?:led|headed)\s+(?P<side_elided>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})'s(?=[.;,]|\s+(?:and|while)\b)"
    # "A and B attended as the heads of their respective delegations", "... at the head of the two delegations"
    r"|\b(?:as|at)\s+the\s+(?P<heads>heads?)\s+of\s+(?:the|their)\s+(?:two\s+|both\s+|respective\s+)?delegations\b"
    r"|\bas\s+(?:the\s+)?co-?chairs?\b"
    r"|\b(?:led|leads?|leading|headed|heading|to\s+head)\s+" + _DELEGATION.format(1)
    + r"|,\s+(?:the\s+)?head\s+of\s+" + _DELEGATION.format(2)
    # "A served as head of the EU delegation", "A and B were the co-chairs"
    + r"|\b(?:served|acted)\s+as\s+(?:the\s+)?head\s+of\s+" + _DELEGATION.format(3)
    + r"|\b(?:were|was|are|is)\s+(?:the\s+)?co-?chairs?\b(?!\s+of\b)"
    # "A represented the EU": the party's one named person heads its side.
    + r"|\brepresented\s+(?P<represented_party>(?:the\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})(?=[,.;]|\s+(?:at|in|during|on|while|and)\b)"
    # "A and B, the heads of the two delegations, opened ..."
    + r"|,\s+(?:the\s+)?heads\s+of\s+(?:the\s+)?(?:two\s+|both\s+|respective\s+)?delegations\b",
    re.IGNORECASE,
)
# Where a list of chairs after a cue ends.
_CLAUSE_END_RE = re.compile(
    r"[;:!?](?:\s|$)|,?\s+(?:while|whereas|who|which)\b"
    # "A, and by the EU Special Representative, B" and "... on behalf of Mexico, by B" go on.
    # A verb or another party's noun phrase after "and" ("led by A and discussed ...", "and a
    # Kazakh team headed by B"), not a lower-case position's words ("deputy director-general
    # for global governance and continental agenda").
    r"|,?\s+and\s+(?=(?:[a-z]+(?:ed|s)|a|an|his|her|their|its)\b)(?!the\b|by\b|on\s+(?:behalf|the)\b)"
    # "led by A, participated in the 18th round ...": a verb after the names ends the list.
    r"|,\s+(?!(?:and|by|on|for)\b)[a-z]+ed\b"
    # The next side's elided "led by": ", and the Kyrgyz side by", or just ", the Kyrgyz side by".
    r"|(?:,\s+(?:and,?\s+)?|,?\s+and,?\s+)(?:the\s+)?[\w.' -]{0,40}?(?:\s(?:side|delegation|team)|'s),?\s+by\b"
    r"|,?\s+and\s+for\s+(?:the\s+)?[\w.' -]{1,30}?\s+by\b"
    r"|,\s+(?:attended|supported|accompanied|included|joined|with|on|in)\b|\s+(?:included|attended|was|were|on\s+the(?![\w.' -]{0,30}?\s(?:side|delegation)\b)|reported)\b"
)
_AFFILIATION_AFTER_RE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?P<body>[A-Z][^,;()]*?)(?=\s+and\s+|[,;]|\s*$)")
_APPOSITIVE_END_RE = re.compile(r",\s+and\s+|\s+and\s+(?=(?:Mr|Ms|Mrs|Dr)\b)")
_POSITION_TRIM_RE = re.compile(r"^(?:\s|,|and\b|the\b|by\b)+|(?:\s|[,.]|\band)+$", re.IGNORECASE)
_TITLED_THE_RE = re.compile(r"the\s+(?:" + "|".join(sorted(TITLE_WORDS - {"the", "The"}, key=len, reverse=True)).replace(".", "\\.") + r")\b")
_BRACKET_RE = re.compile(r"\s*\(([^()]{2,120})\)")
_LOWER_TITLES = frozenset(word.lower() for word in TITLE_WORDS if word[:1].isupper() and len(word) > 3)
_FOR_SIDE_RE = re.compile(r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?P<side>(?-i:[A-Z])[\w.' -]{1,30}?)(?=\s+and\b|[,;.]|\s*$)", re.IGNORECASE)
# "Deputy Secretary-General for Multilateral Affairs at Wisma Putra": a name after "at" or
# "of" is the office's, not a person's.
_PLACE_BEFORE_RE = re.compile(r"\b(?:at|in|of|from)\s+$")
_COURTESY_TITLES = frozenset({"Ambassador", "Amb", "Amb.", "H.E.", "H.E", "His Excellency", "Her Excellency", "Excellency", "Dr", "Dr.", "Professor", "Prof."})
_AWAY_RE = re.compile(r"\b(?:to|in|for)\s+(?:the\s+)?$", re.IGNORECASE)


# Every cue contains one of these words at a word start; most sentences contain none and skip
# the cue patterns ("called", "ahead" and "headquarters" hold "led " and "head" only inside a word).
_TRIGGERS = ("chair", "cochair", "presid", "copresid", "represented ", "directed by", "led ", "lead the", "leads the", "head",
             "leading", "leaders", "side by", "side, by", "team by", "delegation by", "counterpart", "side,", "'s by",
             "conducted", "brought together")
_TRIGGER_RE = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(word) for word in _TRIGGERS) + ")")


@dataclass(frozen=True)
class ChairMention:
    """A chair as found: name, party and position, with the span of the name."""

    name: str
    party: str | None
    position: str | None
    start: int
    end: int


_WORD_BEFORE_RE = re.compile(r"([\w-]+)\s+$")
_HEAD_TITLES = frozenset({
    "Minister", "Ambassador", "Secretary", "Director", "Director-General", "Commissioner", "Representative",
    "Undersecretary", "Under-Secretary", "Envoy", "Chairman", "Chairwoman", "Chairperson", "Governor",
})
"""Titles after which a surname alone names a person ("Deputy Foreign Minister Zhaksybekov")."""


class FullNames:
    """Surname → full-name mention over the whole text, computed on first need (it is costly)."""

    def __init__(self, flat: str) -> None:
        self._flat = flat
        self._table: dict[str, NameMention] | None = None

    @property
    def flat(self) -> str:
        """The text the names are read from."""
        return self._flat

    def get(self, surname: str) -> NameMention | None:
        """The first full-name mention of a person with this surname, if any."""
        if self._table is None:
            self._table = full_names(find_names(self._flat, 0, len(self._flat)))
        return self._table.get(surname)


def find_chairs(flat: str, sentences: list[Sentence], parties: tuple[str, ...]) -> list[ChairMention]:
    """The chairs named in the given sentences, one per person, parties filled where known."""
    full = FullNames(flat)
    found: dict[str, ChairMention] = {}
    for sentence in sentences:
        for mention in _in_written_order(flat, sentence, _sentence_chairs(flat, sentence, parties, full), parties):
            key = mention.name.split()[-1].lower()
            if key not in found:
                found[key] = mention
    return eliminate(list(found.values()), parties)


def _sentence_chairs(flat: str, sentence: Sentence, parties: tuple[str, ...], full: FullNames) -> list[ChairMention]:
    chairs: list[ChairMention] = []
    lowered = sentence.text.lower()
    if _TRIGGER_RE.search(lowered) is None:
        return chairs  # the cue patterns are costly; most sentences name no chair
    for cue in _AFTER_CUES.finditer(flat, sentence.start, sentence.end):
        stop = _CLAUSE_END_RE.search(flat, cue.end(), sentence.end)
        end = stop.start() if stop else sentence.end
        side = side_party(_side_text(flat, sentence, cue), parties)
        names = find_names(flat, cue.end(), end)
        if cue.group("party_represented") and (side is None or len([n for n in names if _resolve(n, full)]) != 1):
            continue  # only "<a party> was represented by <one person>" names its head
        if cue.group("side6") and side is None:
            continue  # "praised for its work by ...": no party's side
        if cue.group("side4") or cue.group("represented") or ("head" in cue.group(0).lower()[:5] and not cue.group(0).lower().startswith("headed")):
            # "head of the Chinese delegation, Shen Bo, ..." names one person: the first one known
            names = [name for name in names if _resolve(name, full) is not None][:1]
        chairs.extend(_chairs_from_names(flat, names, cue.end(), end, side, parties, full))
    for cue in _BEFORE_CUES.finditer(flat, sentence.start, sentence.end):
        side = side_party(
            cue.group("side1") or cue.group("side2") or cue.group("side3") or cue.group("represented_party") or cue.group("side_elided"),
            parties,
        )
        if cue.group("represented_party") and side is None:
            continue  # "A represented the ministry": no party's side
        names = find_names(flat, sentence.start, cue.start())
        if not cue.group("plural") and not cue.group("heads") and not cue.group(0).lower().lstrip().startswith(("co", "chair", "as", "w", "are", "is", ",")):
            # "A traveled to Hanoi, leading the U.S. delegation": the last person named
            names = [name for name in names if _resolve(name, full) is not None][-1:]
            start = _clause_start(flat, sentence.start, cue.start())
        else:
            start = _opening_phrase_end(flat, sentence.start, cue.start())
        if cue.group(0).lower().startswith("as"):
            start = max(start, _after_last_with(flat, start, cue.start()))
        chairs.extend(_chairs_from_names(flat, names, start, cue.start(), side, parties, full))
    return chairs


def _side_text(flat: str, sentence: Sentence, cue: re.Match[str]) -> str | None:
    """The words naming the side whose chair follows the cue, written in or before it."""
    written = cue.group("side2") or cue.group("side3") or cue.group("side4") or cue.group("side5") or cue.group("side6")
    if written is not None:
        return written
    window = max(sentence.start, cue.start() - 60)
    if cue.group("party_represented"):
        return flat[_clause_start(flat, window, cue.start()) : cue.start()]
    if cue.group("elided"):
        before = _ELIDED_SIDE_RE.search(flat, window, cue.start())
    else:
        before = _SIDE_OF_BEFORE_RE.search(flat, window, cue.start()) or _SIDE_BEFORE_RE.search(flat, window, cue.start())
    return before.group("side") if before else None


_OPENING_RE = re.compile(r"(?:On|In|At|During|From|Between|Last|This|Earlier|Yesterday|Today)\b[^,]{0,40},\s*")


def _opening_phrase_end(flat: str, start: int, end: int) -> int:
    """Skip an opening adverbial ("On January 6-7, ") so it is not taken for a position."""
    match = _OPENING_RE.match(flat, start, end)
    return match.end() if match else start


_CLAUSE_BREAK_RE = re.compile(r",\s+(?:while|whereas|and)\s+|;\s+")


def _clause_start(flat: str, start: int, end: int) -> int:
    """Where the clause of "..., while Deputy Minister A led the Vietnamese side" begins."""
    breaks = list(_CLAUSE_BREAK_RE.finditer(flat, start, end))
    return breaks[-1].end() if breaks else _opening_phrase_end(flat, start, end)


def _after_last_with(flat: str, start: int, end: int) -> int:
    """Where the list in "..., with A and B as co-chairs" begins."""
    found = flat.rfind(" with ", start, end)
    return found + len(" with ") if found >= 0 else start


def side_party(side: str | None, parties: tuple[str, ...]) -> str | None:
    """The party named in "the U.S. delegation" / "the Kazakh side's delegation"."""
    if not side:
        return None
    codes = [mention.code for mention in find_countries(side)]
    if not codes:
        return None
    return codes[-1] if not parties or codes[-1] in parties else None


def _chairs_from_names(
    flat: str, names: list[NameMention], start: int, end: int, side: str | None,
    parties: tuple[str, ...], full: FullNames,
) -> list[ChairMention]:
    chairs = []
    boundary = start
    people = [
        (name, resolved)
        for name in names
        # (the cue's own "of" is no office's: "under the co-chairmanship of A")
        if (name.start == start or not _PLACE_BEFORE_RE.search(flat, max(0, name.start - 6), name.start))
        and (resolved := _resolve(name, full)) is not None
    ]
    for index, (name, resolved) in enumerate(people):
        next_start = people[index + 1][0].start if index + 1 < len(people) else end
        position, boundary = _position(flat, boundary, name, next_start)
        # "co-chaired by A for the EU and B for Sri Lanka": the side follows the name.
        for_side = _FOR_SIDE_RE.match(flat, name.end, next_start)
        own_side = side
        if for_side is not None:
            boundary = max(boundary, for_side.end())
            own_side = side_party(for_side.group("side"), parties) or side
        party = own_side or _party_from_position(position, parties)
        if party is None and resolved is not name:
            party = _party_near(flat, resolved, parties)
        chairs.append(ChairMention(resolved.text, party, position, name.start, name.end))
    return chairs


def _resolve(name: NameMention, full: FullNames) -> NameMention | None:
    """A one-word name resolved to the person's full name in the text; else kept if titled."""
    if len(name.text.split()) >= 2 and "." not in name.text.split()[0]:
        return name
    known = full.get(name.surname)
    if known is not None:
        return known
    if name.honorific or "." in name.text:
        return name
    # "her counterpart was Deputy Foreign Minister Zhaksybekov": a surname right after a title
    before = _WORD_BEFORE_RE.search(full.flat, max(0, name.start - 30), name.start)
    return name if before is not None and before.group(1) in _HEAD_TITLES else None


def _position(flat: str, boundary: int, name: NameMention, next_start: int) -> tuple[str | None, int]:
    """The position written after the name (", Head of Division, EEAS") or right before it.

    Also returns where the next person's words may start, past an appositive position.
    """
    after = flat[name.end : next_start]
    bracket = _BRACKET_RE.match(after)
    if bracket:
        return bracket.group(1).strip(), name.end + bracket.end()
    affiliation = _AFFILIATION_AFTER_RE.match(after)
    if affiliation:  # "Anna Berg of the EEAS and ...": the body after the name is hers
        return _POSITION_TRIM_RE.sub("", affiliation.group("body")) or None, name.end + affiliation.end()
    if after.startswith(", "):
        text = _APPOSITIVE_END_RE.split(after[2:])[0]
        cleaned = _strip_honorific(text)
        if cleaned and (cleaned[0].isupper() or _TITLED_THE_RE.match(cleaned) or _titled_lower(cleaned)):
            return _POSITION_TRIM_RE.sub("", cleaned) or None, name.end + 2 + len(text)
    before = flat[boundary : name.start]
    # "ASTANA - Deputy Minister A led ...": the story's dateline is no part of a position.
    dateline = DATELINE_RE.match(before) or PLACE_DATELINE_RE.match(before)
    before = before[dateline.end() :] if dateline else before
    # "..., and on behalf of Mexico, by the Vice-Minister ..., B": the position follows "by".
    before = _strip_honorific(re.split(r"\bby\s+", before)[-1])
    before = _POSITION_TRIM_RE.sub("", re.sub(r"\s+", " ", before))
    # "the Vice Minister of Multilateral Affairs, Ambassador B": a courtesy title after the
    # position only introduces the name.
    head, _, courtesy = before.rpartition(", ")
    if head and courtesy in _COURTESY_TITLES:
        before = head
    return before or None, name.end


def _titled_lower(text: str) -> bool:
    """A lower-case appositive that opens with a position word ("special representative of")."""
    first = text.split(" ", 1)[0].lower()
    return first in _LOWER_TITLES


def _strip_honorific(text: str) -> str:
    words = text.rstrip().split(" ")
    while words and words[-1] in HONORIFICS:
        words.pop()
    return " ".join(words).strip()


def _party_from_position(position: str | None, parties: tuple[str, ...]) -> str | None:
    """The last country named in the position, skipping "Ambassador to X" style mentions."""
    if not position:
        return None
    candidates = [
        mention.code
        for mention in find_countries(position)
        if not _AWAY_RE.search(position[: mention.start])
    ]
    candidates = [code for code in candidates if not parties or code in parties]
    return candidates[-1] if candidates else None


def _party_near(flat: str, name: NameMention, parties: tuple[str, ...]) -> str | None:
    """The party of a person from the words around their full-name mention."""
    after = flat[name.end : name.end + 160]
    if after.startswith(", "):
        party = _party_from_position(re.split(r"[;(]|\.\s|,\s+and\s+", after[2:])[0], parties)
        if party:
            return party
    start = max(0, name.start - 120)
    before = re.split(r"[.;]|\band\b", flat[start : name.start])[-1]
    return _party_from_position(before, parties)


def _in_written_order(flat: str, sentence: Sentence, chairs: list[ChairMention], parties: tuple[str, ...]) -> list[ChairMention]:
    """Two co-chairs without known sides take the parties in the order the sentence names them.

    "Vietnam and the United Kingdom held ..., with A and B as co-chairs": A is Vietnam's.
    """
    if len(chairs) != 2 or any(chair.party for chair in chairs) or len(parties) != 2:
        return chairs
    # Cues after the names are read after cues before them: restore the written order.
    chairs = sorted(chairs, key=lambda chair: chair.start)
    order: list[str] = []
    for mention in find_countries(flat, sentence.start, chairs[0].start):
        if mention.code in parties and mention.code not in order:
            order.append(mention.code)
    if len(order) != 2:
        return chairs
    return [ChairMention(c.name, code, c.position, c.start, c.end) for c, code in zip(chairs, order, strict=True)]


def eliminate(chairs: list[ChairMention], parties: tuple[str, ...]) -> list[ChairMention]:
    """With two parties, a chair without a party belongs to the side no other chair holds."""
    if len(parties) != 2:
        return chairs
    missing = [chair for chair in chairs if chair.party is None]
    taken = {chair.party for chair in chairs if chair.party}
    free = [party for party in parties if party not in taken]
    if len(missing) == 1 and len(free) == 1:
        return [
            ChairMention(chair.name, free[0], chair.position, chair.start, chair.end) if chair is missing[0] else chair
            for chair in chairs
        ]
    return chairs


def to_chairs(mentions: list[ChairMention]) -> tuple[Chair, ...]:
    """The typed records for found chairs."""
    return tuple(Chair(mention.name, mention.party, mention.position) for mention in mentions)
