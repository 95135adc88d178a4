"""Meeting detection: which sentences report a human-rights dialogue as having taken place.

A sentence reports a meeting held when it refers to a dialogue (by name, or as "the
Dialogue"/"the meeting" after one was named) with a past-event verb, and has no cue of a
future, postponed or earlier meeting. Sentences about other kinds of meeting (joint
committees, political dialogues, phone calls) are kept apart. Held sentences are grouped
into distinct meetings by the parties and ordinal written with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapport.pipeline.extract.lexicon import FUTURE_FAMILIES, SENTENCE_CUES
from rapport.pipeline.extract.mechanisms import MechanismMention, find_mechanisms
from rapport.pipeline.extract.next_meeting import is_next_sentence
from rapport.pipeline.extract.rounds import written_ordinal
from rapport.pipeline.extract.sentences import Sentence
from rapport.pipeline.extract.wordpatterns import Scan, may_contain

_ANAPHOR_RE = re.compile(
    r"\b(?:the|this|that|their)\s+(?:(?:\d+\w*|(?:one|two|three)-day|day-long|annual|bilateral|latest|recent|closed-door)\s+)?"
    r"(?:(?P<dialogue>dialogue)|meeting|session|talks|round|mechanism)\b",
    re.IGNORECASE,
)
# "The EU and The Gambia held their fourth dialogue": a possessive with an ordinal means the series
# named before ("The first dialogue between them took place in 2019" is no such reference).
_THEIR_ORDINAL_RE = re.compile(
    r"\btheir\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|[a-z]+teenth|[a-z]+tieth|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\s+"
    r"(?:annual\s+|bilateral\s+)?(?:dialogue|round|session|meeting|consultations)\b",
    re.IGNORECASE,
)
_ANAPHOR_NOUNS = ("dialogue", "meeting", "session", "talks", "round", "mechanism")
_REFERENCE_NOUNS = (*_ANAPHOR_NOUNS, "consultations")
"""One of these is in every reference back: sentences without any skip the patterns."""
# Right after a sentence naming the dialogue, "The EU team, led by A, met Bahraini officials
# headed by B" is that meeting: one side's delegation meets the other's.
_DELEGATIONS_MET_RE = re.compile(
    r"\b(?:delegation|team|side|officials)\b[^.;]{0,120}?\bmet\s+(?:with\s+)?(?:the\s+|a\s+|an\s+|their\s+)?"
    r"(?:[\w.'-]+\s+){0,2}(?:delegation|team|side|officials|counterparts?)\b",
    re.IGNORECASE,
)
_EARLIER_REF_RE = re.compile(
    r"\b(?:last|previous|preceding|prior|earlier|former|past)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:dialogues?|rounds?|meetings?|sessions?)\b"
    # "since the last round"; not "since the dialogue was launched" (the series' start)
    r"|(?P<since>\bsince\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:dialogue|round|meeting|session)\b"
    r"(?!\s+(?:was|were)\s+(?:launched|established|created|set\s+up|inaugurated|started|begun)))"
    # "recalled the human rights consultations it held with Turkmenistan": a past meeting recalled
    r"|\brecall(?:s|ed|ing)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:dialogues?|consultations|talks|meetings?|rounds?|sessions?)\b"
    # "A year ago, on 4 March, the two sides held the third round": a story told later
    r"|\b(?:a|one|two|three|four|five|several)\s+years?\s+ago\b"
    # "was last held in 2006", "when did Canada last hold": the latest of earlier rounds
    r"|\blast\s+(?:hold|held|met|meet|convened?|took\s+place)\b"
    r"|\b(?:dialogue|round|meeting|session)s?\s+(?:was|were)\s+(?:launched|established|set\s+up)\b"
    # the series, not one meeting: "have held four human rights dialogues", "held annually"
    r"|(?P<series>\b(?:held|convened|conducted|had)\s+(?:a\s+total\s+of\s+|over\s+|more\s+than\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,3}|several|many|numerous|dozens\s+of)\s+(?:rounds|sessions|meetings|(?:[\w.-]+\s+)?(?:human\s+rights\s+)?dialogues)\b"
    r"|\b(?:held|convened|taken\s+place)\s+(?:annually|regularly|every\s+year|each\s+year|yearly|twice|since)\b"
    # "Between 2014 and 2019 Norway and Myanmar met four times for ... a dialogue"
    r"|\b(?:met|convened|gathered)\s+(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d{1,2})\s+times)\b)",
    re.IGNORECASE,
)
_EARLIER_REF_WORDS = (
    "last", "previous", "preceding", "prior", "earlier", "former", "past", "since", "recall", "ago", "launched",
    "established", "set", "rounds", "sessions", "meetings", "dialogues", "annually", "regularly", "every", "each",
    "yearly", "twice", "times",
)
"""One of these is in every match of ``_EARLIER_REF_RE``: most held sentences hold none."""
# Another kind of dialogue ("political dialogue", "strategic dialogue"), looked for back from each
# "dialogue" (an alternation tried at every position of a document costs three times as much).
_DIALOGUE_WORD_RE = re.compile(r"dialogue\b", re.IGNORECASE)
_OTHER_DIALOGUE_BEFORE_RE = re.compile(
    r"\b(?:political|strategic|comprehensive|economic|security)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_SUBJECT_REACH = 40
# The meeting noun heads the phrase the cue qualifies: a preposition may open it ("in
# preparation for the round") but none may stand inside it ("the upcoming election in the
# biennial meeting" is about an election).
_MEETING_NOUN_AFTER_RE = re.compile(
    r"\W+(?:(?:for|of|to)\W+)?(?:(?!(?:in|at|on|of|for|with|by|from|to|and|or)\b)[\w'.-]+\W+){0,7}?(?:dialogues?|rounds?|sessions?|meetings?|talks|consultations|sub-?\s?groups?|sub-?\s?committees?)\b",
    re.IGNORECASE,
)
_THAT_AFTER_RE = re.compile(r"\s+that\b")
# How far before the held verb a modal still governs it: "is expected to be formally held".
_MODAL_REACH = 40
_PAST_VERB_RE = re.compile(r"\b\w+ed\b")
# A finite past verb of its own clause: "what it achieved", "what was discussed"; not a
# participle after an auxiliary the modal governs ("could be raised", "should have met").
_PAST_CLAUSE_RE = re.compile(
    r"\b(?:was|were|did|had)\b|(?<!\bbe )(?<!\bbeen )(?<!\bhave )(?<!\bhas )(?<!\bbeing )\b[a-z]+ed\b"
)
# "The 7th dialogue was held ...": an ordinal written with a bare "dialogue"/"round" (the
# word before the noun is checked with ordinal_value: cheaper than an ordinal alternation).
# Looked for noun first, then the word before it: a pattern opening on "[\w-]+" would be tried
# at every letter of the sentence.
_ROUND_NOUN_RE = re.compile(r"(?<=\s)(?:dialogue|round|session|meeting|edition)\b", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"([\w-]+),?\s+$")  # "the next, third, round"
_ORDINAL_REACH = 40  # the longest written ordinal ("one-hundred-and-twentieth") and its spaces
_PARTICIPLES = (
    "held", "convened", "hosted", "co-chaired", "cochaired", "chaired", "conducted", "organi", "opened", "attended",
    "raised", "discussed", "addressed", "tabled", "at ",
)
# "the meeting of the Sub-Group held in the capital on Tuesday": a participle dated in the
# days around publication reports the news, not a meeting in passing.
_RECENT_AFTER_RE = re.compile(
    r"[^.;]{0,100}?\b(?:(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|this\s+week|last\s+week)\b",
)
_AUXILIARY_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be|has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# An active verb takes an object: "held their 5th ...", "convened the third ...", "held talks".
_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:the|their|its|a|an|this|two|\d+\w*|first|second|third|[a-z]+th|talks|consultations|discussions)\b", re.IGNORECASE
)
_ANY_MEETING_NOUN_RE = re.compile(r"\b(?:dialogues?|rounds?|sessions?|consultations|talks)\b", re.IGNORECASE)
# A question about a meeting to come ("Will the Government hold a new round of the dialogue in 2026?")
_FUTURE_QUESTION_RE = re.compile(r"^\W*(?:[Ww]ill|[Ww]hen\s+will|[Ii]s\s+\w+\s+(?:planning|going)\s+to)\b[^?]*\b(?:hold|convene|resume|take\s+place|be\s+held)\b")
_INTRANSITIVE_AFTER_RE = re.compile(r"\s+(?:on|yesterday|today|last|this|earlier)\b")
_OPENING_DIALOGUE_RE = re.compile(r"\bdialogue\b", re.IGNORECASE)
# "yesterday", "on Tuesday": a meeting dated in the days around the story
_RECENT_RE = re.compile(
    r"\b(?:[Yy]esterday|[Tt]oday|this\s+(?:morning|week)|last\s+week|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_NEXT_ORDINAL_RE = re.compile(r",\s*[\w-]+(?:st|nd|rd|th|first|second|third),", re.IGNORECASE)
# ("If I may add: yesterday the round took place" is no question: "if" only after a verb of asking.)
_INDIRECT_QUESTION_RE = re.compile(r"\b(?:[Ww]hether|(?:ask|asks|asked|asking|wonder|wondered|know)\s+if)\b")
_CORRECTION_RE = re.compile(
    r"\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|page|item)\b", re.IGNORECASE
)
_CONCLUDED_RE = re.compile(r"\b(?:concluded|ended|wrapped\s+up|closed|(?:came|drew)\s+to\s+a\s+close)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SentenceInfo:
    """What detection learnt about one sentence."""

    index: int
    sentence: Sentence
    mechanisms: tuple[MechanismMention, ...]
    held: bool
    held_at: int
    """Offset of the held cue (or of the dialogue's name), the anchor for dates and places."""
    next: bool
    other: bool
    """Another kind of meeting is named and no human-rights dialogue is."""
    concluded: bool
    other_subject: bool = False
    """Another kind of meeting is the sentence's subject ("The Joint Committee discussed")."""
    reported: bool = False
    """The held cue is a main verb ("was held", "held their"), not a passing participle."""
    future: bool = False
    future_cue: bool = False
    """Some future or cancellation cue is written in the sentence, bearing on the meeting or not."""


@dataclass
class MeetingGroup:
    """Held sentences that report one and the same meeting."""

    held: list[SentenceInfo] = field(default_factory=list)
    parties: tuple[str, ...] = ()
    round: int | None = None

    @property
    def first(self) -> int:
        """Index of the first sentence that reports this meeting."""
        return self.held[0].index


def classify(flat: str, sentences: tuple[Sentence, ...], scan: Scan) -> list[SentenceInfo]:
    """Per-sentence detection facts for a whole document."""
    # Every dialogue name contains "human rights"; sentences without it need no parsing.
    found = [
        tuple(find_mechanisms(flat, s.start, s.end)) if "human" in s.text.lower() else ()
        for s in sentences
    ]
    named = any(found)
    other_dialogue = any(
        _OTHER_DIALOGUE_BEFORE_RE.search(flat, max(0, word.start() - 40), word.start())
        for word in _DIALOGUE_WORD_RE.finditer(flat)
    )
    infos: list[SentenceInfo] = []
    last_kind = ""
    for index, sentence in enumerate(sentences):
        mechanisms = found[index]
        refers = bool(mechanisms) or _refers_back(sentence.text, named, last_kind, other_dialogue)
        info = _sentence_info(flat, index, sentence, mechanisms, refers, scan, after_other=last_kind == "other")
        infos.append(info)
        last_kind = "hrd" if mechanisms else "other" if info.other else last_kind
    return infos


def _sentence_info(
    flat: str,
    index: int,
    sentence: Sentence,
    mechanisms: tuple[MechanismMention, ...],
    refers: bool,
    scan: Scan,
    *,
    after_other: bool = False,
) -> SentenceInfo:
    """Detection facts for one sentence: held or not, next meeting, another meeting."""
    start, end = sentence.start, sentence.end
    other = scan.first("other_meeting", start, end) is not None
    held_at, reported = _held_cue(flat, sentence.text, sentence, scan, after_other=after_other, refers=refers)
    future_cues = future_cues_in(scan, start, end)
    future = _future(flat, future_cues, start, end, held_at)
    # Every next-meeting sentence carries a future cue; the full test is costlier.
    nxt = bool(future_cues) and is_next_sentence(sentence.text)
    held = (
        held_at is not None
        and refers
        # right after another meeting's report, "discussions held at the Working Group" only
        # mentions the dialogue; a main verb is needed to report it
        and (reported or not after_other)
        and not (other and not mechanisms)
        and not future
        and not nxt
        # "Is it correct that the two sides held consultations in November?" asks; the answer reports
        and not sentence.text.rstrip().endswith("?")
        # "(a) whether Zambia and the EU held a dialogue this month;": an indirect question
        and not _INDIRECT_QUESTION_RE.search(flat, start, held_at)
        # a correction notice repeats what an earlier version wrongly said
        and not (may_contain(sentence.text, ("version",)) and _CORRECTION_RE.search(sentence.text))
        and not earlier_reference(sentence.text, held_at - start)
    )
    # "The EU and Uganda yesterday sparred over ... during the third round of a dialogue": a
    # meeting dated in the days around the story is its news, whatever the verb.
    reported = reported or (held and _RECENT_RE.search(sentence.text) is not None)
    concluded = held and _CONCLUDED_RE.search(sentence.text) is not None
    anchor = held_at if held_at is not None else mechanisms[0].start if mechanisms else start
    return SentenceInfo(
        index, sentence, mechanisms, held, anchor, nxt,
        other and not mechanisms, concluded,
        other_subject=not mechanisms and scan.first("other_meeting", start, start + _SUBJECT_REACH) is not None,
        reported=reported,
        future=future,
        future_cue=bool(future_cues),
    )


def future_cues_in(scan: Scan, start: int, end: int) -> list[tuple[str, re.Match[str]]]:
    """The future and cancellation cues in [start, end), each with its kind, in text order."""
    return scan.all_of(FUTURE_FAMILIES, start, end)


def _future(flat: str, cues: list[tuple[str, re.Match[str]]], start: int, end: int, held_at: int | None) -> bool:
    """Whether a future or cancelled-meeting cue bears on the meeting the sentence reports.

    Only cues before the held verb bear on it ("will be held", "is scheduled to take
    place"); one after it belongs to another clause ("The dialogue was held ...; the EU
    said it would ..."). Attributive cues ("next", "upcoming", "ahead of") bear on a
    meeting only when a meeting noun follows them: "the next round", not "the next
    general election". Cancellation cues ("postponed", "not held") bear anywhere. A
    headline's infinitive ("EU, Oman to hold dialogue") is a plan unless a past verb
    governs it ("agreed last month to hold the dialogue").
    """
    for family, match in cues:
        if family == "cancelled":
            return True
        if family == "future_infinitive" and _PAST_VERB_RE.search(flat, start, match.start()):
            continue
        after_held = held_at is not None and match.start() > held_at
        if _prepares_another(flat, family, match, end):
            return True
        if family == "future_attributive" and _NEXT_ORDINAL_RE.match(flat, match.end()):
            continue  # "the next, third, round ... took place": this round is the series' next
        if family in ("future_attributive", "future_temporal"):
            # "met to prepare the next meeting of the Sub-Group" is about that meeting to come;
            # "was held ahead of the session" dates the held one.
            if _MEETING_NOUN_AFTER_RE.match(flat, match.end(), end) and not (after_held and family == "future_temporal"):
                return True
            continue
        if after_held:
            continue
        if family == "future_weak" and held_at is not None and _PAST_CLAUSE_RE.search(flat, match.end(), held_at):
            continue  # "must say what it achieved at the dialogue": the modal governs another verb
        if held_at is None:
            # Without a held verb only a true future counts: "could"/"must" in a question
            # or a call ("must not become a box-ticking exercise") dates nothing.
            if family != "future_weak":
                return True
        elif held_at - match.end() <= _MODAL_REACH:
            return True
    return False


# The past perfect sets an event before the story's; in reported speech it is only backshift
# ("the ministry said the dialogue had taken place in a frank atmosphere").
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:already\s+)?(?:been\s+)?(?:held|convened|hosted|taken\s+place|met)\b", re.IGNORECASE)
_REPORTED_SPEECH_RE = re.compile(r"\b(?:said|says|stated|told|reported|according\s+to|announced|noted)\b", re.IGNORECASE)
_TIME_SINCE_RE = re.compile(r"\b(?:after|following|than|since)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _prepares_another(flat: str, family: str, match: re.Match[str], end: int) -> bool:
    """ "NGOs met on Monday to prepare a submission ahead of the consultations": a meeting held to
    prepare one is another meeting, however far the meeting noun follows."""
    return (
        family == "future_attributive"
        and flat.startswith("prepar", match.start())
        and flat.endswith("to ", 0, match.start())
        and _ANY_MEETING_NOUN_RE.search(flat, match.end(), end) is not None
    )


def earlier_reference(text: str, cue: int | None = None) -> bool:
    """Whether the sentence is about an earlier meeting or the series rather than this one.

    "... held their fifth dialogue, a year and a half after the previous round" dates this
    meeting from the earlier one: a reference after "after"/"following"/"since" does not count.
    Words on the series after the held cue (at ``cue`` in the sentence) describe it without
    undoing the report: "closed two days of talks, the third round of a dialogue the two sides
    have held since 2016", "was held on Tuesday, ... encouraged by the progress since the last
    meeting".
    """
    if may_contain(text, ("had",)) and _PLUPERFECT_RE.search(text) and not _REPORTED_SPEECH_RE.search(text):
        return True  # "The 11th round had been held in Vientiane": before the story's meeting
    if not may_contain(text, _EARLIER_REF_WORDS):
        return False
    return any(
        _TIME_SINCE_RE.search(text, 0, match.start()) is None
        and not (cue is not None and (match.group("series") or match.group("since")) and match.start() > cue)
        for match in _EARLIER_REF_RE.finditer(text)
    )


def _held_cue(
    flat: str, text: str, sentence: Sentence, scan: Scan, *, after_other: bool = False, refers: bool = True
) -> tuple[int | None, bool]:
    """Offset of a past-event cue in the sentence, if any, and whether any is a main verb.

    An opening "The meeting discussed ..." right after another kind of meeting (a Joint
    Commission) is about that meeting, so it is no cue for the dialogue the sentence names.
    """
    opening = SENTENCE_CUES["held_opening"].match(text)
    if opening and not (after_other and _OPENING_DIALOGUE_RE.search(opening.group(0)) is None):
        return sentence.start, True
    # "a review concluded that ...": a verb of saying, not the meeting's end
    matches = [m for m in scan.all("held", sentence.start, sentence.end) if not _THAT_AFTER_RE.match(flat, m.end())]
    if refers:  # cues on common words are looked for only where a dialogue is meant
        matches = sorted([*matches, *SENTENCE_CUES["held_phrase"].finditer(flat, sentence.start, sentence.end)], key=lambda m: m.start())
    if not matches:
        return None, False
    return matches[0].start(), any(_main_verb(flat, match) for match in matches)


def _main_verb(flat: str, match: re.Match[str]) -> bool:
    """Whether a cue reports the event itself rather than qualifying a name in passing.

    "The dialogue was held", "held their 5th dialogue", "took place" report it; "the
    dialogue held in Astana in April" (a participle after a name) only mentions it.
    """
    word = match.group(0).lower()
    if not word.startswith(_PARTICIPLES):
        return True
    if word == "convened" and _INTRANSITIVE_AFTER_RE.match(flat, match.end()):
        return True  # "the first round of the consultations convened on 22 September": intransitive
    before = flat[max(0, match.start() - 24) : match.start()]
    if _AUXILIARY_BEFORE_RE.search(before):
        return True
    return _OBJECT_AFTER_RE.match(flat, match.end()) is not None or _RECENT_AFTER_RE.match(flat, match.end()) is not None


def _refers_back(text: str, named: bool, last_kind: str, other_dialogue: bool) -> bool:
    """Whether "the Dialogue"/"the meeting" in this sentence means a human-rights dialogue."""
    if not named:
        return False
    if last_kind == "hrd" and may_contain(text, ("met",)) and _DELEGATIONS_MET_RE.search(text):
        return True
    if not may_contain(text, _REFERENCE_NOUNS):
        return False
    if _THEIR_ORDINAL_RE.search(text) and (not other_dialogue or last_kind == "hrd"):
        return True
    for match in _ANAPHOR_RE.finditer(text):
        if match.group("dialogue"):
            if not other_dialogue or last_kind == "hrd":
                return True
        elif last_kind == "hrd":
            return True
    return False


def group_meetings(infos: list[SentenceInfo]) -> list[MeetingGroup]:
    """Held sentences grouped into distinct meetings; empty when none was held."""
    groups: list[MeetingGroup] = []
    for info in infos:
        if not info.held:
            continue
        parties, number = _key(info)
        group = _matching_group(groups, parties, number)
        if group is None:
            if not info.mechanisms and not groups and not _any_named(infos):
                continue
            group = MeetingGroup(parties=parties, round=number)
            groups.append(group)
        group.held.append(info)
        group.parties = group.parties or parties
        group.round = group.round or number
    announced = _announced_round(infos, groups)
    future_lead = _future_lead(infos, groups)
    return [
        group
        for group in groups
        if _reported(group, infos) and not _earlier_than(group, announced) and not (future_lead and len(group.held) == 1)
    ]


def _future_lead(infos: list[SentenceInfo], groups: list[MeetingGroup]) -> bool:
    """Whether the story opens on a round to come or one not held ("will not take place").

    In such a story a round reported in one sentence only ("The 39th round was held in
    Chongqing in June 2024") is background, not the news.
    """
    first_held = groups[0].first if groups else len(infos)
    return any(
        info.mechanisms and (info.future or info.next) and (not _question(info) or _FUTURE_QUESTION_RE.search(info.sentence.text))
        for info in infos[:first_held]
    )


def _question(info: SentenceInfo) -> bool:
    """A journalist's question ("Could you give details of the dialogue?") reports nothing."""
    return info.sentence.text.rstrip().endswith("?")


def _reported(group: MeetingGroup, infos: list[SentenceInfo]) -> bool:
    """A meeting is reported, not mentioned in passing, when a main verb or the lead says so.

    "... discussed the results of the third meeting of the Dialogue held in Astana" in a
    story about a phone call mentions a meeting; it does not report one.
    """
    if len(group.held) > 1 or group.first <= 1 or (infos and infos[0].mechanisms):
        return True
    return any(info.reported for info in group.held)


def _announced_round(infos: list[SentenceInfo], groups: list[MeetingGroup]) -> int | None:
    """The ordinal of a future round that a story leads with ("The 8th ... is scheduled for")."""
    first_held = groups[0].first if groups else len(infos)
    for info in infos[:first_held]:
        if info.mechanisms and (info.future or info.next) and not info.held:
            for mechanism in info.mechanisms:
                if mechanism.round:
                    return mechanism.round[0]
    return None


def _earlier_than(group: MeetingGroup, announced: int | None) -> bool:
    """In a story announcing round N, a held round other than N is background."""
    return announced is not None and group.round is not None and group.round != announced


def _any_named(infos: list[SentenceInfo]) -> bool:
    return any(info.mechanisms for info in infos)


def _key(info: SentenceInfo) -> tuple[tuple[str, ...], int | None]:
    """Parties (when two are written) and ordinal of the dialogue named in a sentence."""
    for mechanism in info.mechanisms:
        if len(mechanism.parties) == 2:
            return tuple(sorted(mechanism.parties)), mechanism.round[0] if mechanism.round else None
    for mechanism in info.mechanisms:
        if mechanism.round:
            return (), mechanism.round[0]
    found = ordinal_noun(info.sentence.text)
    return (), found[0] if found else None


def ordinal_noun(text: str) -> tuple[int, int, int] | None:
    """An ordinal before a bare "dialogue/round/session/meeting": (value, start, end)."""
    for noun in _ROUND_NOUN_RE.finditer(text):
        word = _WORD_BEFORE_RE.search(text, max(0, noun.start() - _ORDINAL_REACH), noun.start())
        number = written_ordinal(word.group(1)) if word is not None else None
        if word is not None and number is not None:
            return number, word.start(1), word.end(1)
    return None


def _matching_group(groups: list[MeetingGroup], parties: tuple[str, ...], number: int | None) -> MeetingGroup | None:
    """The group this sentence continues: the same parties and ordinal, or the latest one."""
    for group in reversed(groups):
        same_parties = not parties or not group.parties or parties == group.parties
        same_round = number is None or group.round is None or number == group.round
        if same_parties and same_round:
            return group
    return None
