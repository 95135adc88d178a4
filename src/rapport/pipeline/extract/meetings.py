"""Field assembly: from a group of held sentences to one meeting record with evidence."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from rapport.pipeline.extract.chairs import find_chairs, to_chairs
from rapport.pipeline.extract.dates import DateMention, PartialDate, find_dates, resolve
from rapport.pipeline.extract.detect import MeetingGroup, SentenceInfo, ordinal_noun
from rapport.pipeline.extract.instruments import find_instruments
from rapport.pipeline.extract.lexicon import CUES
from rapport.pipeline.extract.mechanisms import MechanismMention
from rapport.pipeline.extract.next_meeting import NEXT_RE, find_next_meeting
from rapport.pipeline.extract.parties import display_name, find_countries, joined_pairs
from rapport.pipeline.extract.places import find_cities, find_the_capital, nearest
from rapport.pipeline.extract.rounds import round_number_after
from rapport.pipeline.extract.sentences import Sentence
from rapport.pipeline.extract.themes import discussion_sentences, find_themes
from rapport.pipeline.extract.wordpatterns import Scan
from rapport.pipeline.types import MeetingRecord, NextMeeting, Place, Span

# "Astana, 21 May 2024 (TDI): ..." / "BRUSSELS, May 21 (Reuters) - ...": where and when filed.
_DATELINE_RE = re.compile(
    r"[A-Z][\w .'/-]{1,40}?,\s*[\w .,/]{4,30}?(?:\s*\([^)]{1,30}\))?\s*(?::|-{1,2}|\u2013|\u2014)\s"
)

# "a two-day session", "after two days of talks": how long a meeting dated by its end lasted.
_DAY_COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3}
_DURATION_RE = re.compile(r"\b(two|three|[23])(?:-day\b|\s+days\s+of\b)", re.IGNORECASE)
_RANGE_RE = re.compile(r"\d\s*(?:-|\u2013|to|and|until|till)\s*\d")


@dataclass(frozen=True)
class DocumentContext:
    """What every meeting of a document shares: text, sentences, cues, publication date."""

    flat: str
    infos: list[SentenceInfo]
    published: PartialDate | None
    scan: Scan


def build_meeting(context: DocumentContext, group: MeetingGroup, region: range, last: bool) -> MeetingRecord:
    """The meeting record of one group, reading the sentences of its region of the text."""
    evidence: dict[str, Span] = {}
    parties, mechanism = _parties(context, group, evidence)
    infos = [context.infos[index] for index in region]
    chairs = find_chairs(context.flat, [i.sentence for i in infos if not i.next and not i.other], parties)
    if chairs:
        evidence["chairs"] = (chairs[0].start, chairs[-1].end)
    discussed = _discussion(context, group, infos, lead=region.start == 0 and last)
    themes, theme_span = find_themes(context.flat, discussed, _mechanism_spans(group), context.scan)
    if theme_span:
        evidence["themes"] = theme_span
    return MeetingRecord(
        mechanism=mechanism,
        parties=parties,
        round=_round(context, group, region, evidence),
        date=_date(context, group, evidence),
        place=_place(context, group, parties, evidence),
        chairs=to_chairs(chairs),
        themes=themes,
        instruments=find_instruments(context.flat, discussed, context.published),
        next_meeting=_next_meeting(context, infos, evidence) if last else None,
        evidence=evidence,
    )


def _discussion(context: DocumentContext, group: MeetingGroup, infos: list[SentenceInfo], lead: bool) -> list[Sentence]:
    """The sentences from the meeting's first report on that report its discussion."""
    # A news lead may report the discussion before it names the meeting ("The EU raised
    # concerns over ... , said a release of the Sub-group"): the first meeting of a story
    # reads from its top.
    body = [info for info in infos if info.index >= group.first or (lead and not info.future)]
    skip = {number for number, info in enumerate(body) if info.other_subject or _agenda_to_come(context, info)}
    return discussion_sentences([_before_next(info) for info in body], skip, context.scan)


def _before_next(info: SentenceInfo) -> Sentence:
    """A sentence, or of a next-meeting sentence the part before its cue.

    "They exchanged views on business and human rights, including resolutions for its next
    session" reports a discussion up to "next"; "The next round will be held in 2025" nothing.
    """
    if not info.next:
        return info.sentence
    cue = NEXT_RE.search(info.sentence.text)
    end = cue.start() if cue is not None else 0
    sentence = info.sentence
    return Sentence(sentence.start, sentence.start + end, sentence.paragraph, sentence.text[:end])


_TO_COME_RE = re.compile(
    r"\b(?:will|would|are\s+to|is\s+to|to\s+be|expected\s+to|plans?\s+to|intends?\s+to)\s+(?:\w+\s+)?"
    r"(?:include|cover|discuss|raise|address|focus|bring\s+up|be\s+(?:discussed|raised|addressed|on\s+the\s+agenda))\b",
    re.IGNORECASE,
)


def _agenda_to_come(context: DocumentContext, info: SentenceInfo) -> bool:
    """ "The talks will include ...", "the U.S. side will raise ...": an agenda, not a discussion."""
    return _TO_COME_RE.search(info.sentence.text) is not None


def _mechanism_spans(group: MeetingGroup) -> list[Span]:
    """Where the dialogue is named: its name's words are not discussed subjects."""
    return [(m.start, m.end) for info in group.held for m in info.mechanisms]


def _next_meeting(context: DocumentContext, infos: list[SentenceInfo], evidence: dict[str, Span]) -> NextMeeting | None:
    found = find_next_meeting(context.flat, [info.sentence for info in infos if info.next], context.published)
    if found is None:
        return None
    evidence["next_meeting"] = found.span
    return found.value


def _parties(context: DocumentContext, group: MeetingGroup, evidence: dict[str, Span]) -> tuple[tuple[str, ...], str | None]:
    """Parties from the dialogue's name, else a written pair, else the most named countries."""
    mechanisms = [m for info in group.held for m in info.mechanisms]
    named = [m for m in mechanisms if len(m.parties) == 2]
    chosen: MechanismMention | None = named[0] if named else (mechanisms[0] if mechanisms else None)
    if named:
        evidence["parties"] = (named[0].start, named[0].end)
        parties = tuple(sorted(named[0].parties))
    else:
        parties = _written_pair(context, group, evidence) or _most_named(context, group, evidence)
    if chosen is None:
        chosen = next((m for info in context.infos for m in info.mechanisms), None)
    if chosen is not None:
        evidence["mechanism"] = (chosen.start, chosen.end)
    return parties, _mechanism_name(chosen, parties)


def _written_pair(context: DocumentContext, group: MeetingGroup, evidence: dict[str, Span]) -> tuple[str, ...]:
    for info in group.held:
        mentions = find_countries(context.flat, info.sentence.start, info.sentence.end)
        for left, right in joined_pairs(context.flat, mentions):
            evidence["parties"] = (left.start, right.end)
            return tuple(sorted({left.code, right.code}))
    return ()


def _most_named(context: DocumentContext, group: MeetingGroup, evidence: dict[str, Span]) -> tuple[str, ...]:
    """The two parties most named in the held sentences, topped up from the whole text."""
    held = Counter(m.code for info in group.held for m in find_countries(context.flat, info.sentence.start, info.sentence.end))
    for mechanism in (m for info in group.held for m in info.mechanisms):
        held.update(dict.fromkeys(mechanism.parties, 3))
    ranked = [code for code, _ in held.most_common()]
    if len(ranked) < 2:
        everywhere = Counter(m.code for m in find_countries(context.flat))
        ranked += [code for code, _ in everywhere.most_common() if code not in ranked]
    if ranked:
        evidence["parties"] = (group.held[0].sentence.start, group.held[0].sentence.end)
    return tuple(sorted(ranked[:2]))


def _mechanism_name(mechanism: MechanismMention | None, parties: tuple[str, ...]) -> str | None:
    if mechanism is None:
        return None
    if mechanism.parties or len(parties) != 2 or not mechanism.name.startswith("Human Rights"):
        return mechanism.name
    if "EU" in parties:
        other = next(code for code in parties if code != "EU")
        return f"EU-{display_name(other)} {mechanism.name}"
    return f"{display_name(parties[0])}-{display_name(parties[1])} {mechanism.name}"


def _round(context: DocumentContext, group: MeetingGroup, region: range, evidence: dict[str, Span]) -> int | None:
    """The ordinal written with the dialogue's name in a held sentence, else in a heading."""
    candidates = [m for info in group.held for m in info.mechanisms]
    candidates += [
        m
        for index in region
        for m in context.infos[index].mechanisms
        if not context.infos[index].next and not _future(context, context.infos[index])
    ]
    for mechanism in candidates:
        if mechanism.round and (not group.parties or not mechanism.parties or set(mechanism.parties) <= set(group.parties)):
            evidence["round"] = mechanism.round[1:]
            return mechanism.round[0]
    # "... holding the inaugural session": an ordinal with a bare session/round noun.
    for info in group.held:
        found = ordinal_noun(info.sentence.text) or round_number_after(info.sentence.text)
        if found is not None:
            number, start, end = found
            evidence["round"] = (info.sentence.start + start, info.sentence.start + end)
            return number
    return None


def _future(context: DocumentContext, info: SentenceInfo) -> bool:
    return context.scan.first("future", info.sentence.start, info.sentence.end) is not None


def _date(context: DocumentContext, group: MeetingGroup, evidence: dict[str, Span]) -> str | None:
    """The first day of the meeting, from the held sentence nearest its held cue."""
    ordered = sorted(group.held, key=lambda info: (info.concluded, info.index))
    # Years written with the dialogue's name; not those of another event ("a follow-up to
    # the Task Force held in November 2013").
    years = [
        m.year
        for info in group.held
        if info.mechanisms or _TIED_RE.search(info.sentence.text)
        for m in _dates_in(context, info)
        if m.year
    ]
    for info in ordered:
        if not (info.reported or info.mechanisms):
            continue  # "a follow-up to the Task Force held in November 2013" dates another event
        found = _dates_in(context, info)
        mentions = sorted(found, key=lambda m: abs(m.start - info.held_at))
        for mention in mentions:
            mention = _pair_start(context, found, mention)
            value = resolve(mention, context.published) or _with_year(mention, years)
            if value is not None and value.month is not None and _plausible(value, context.published):
                evidence["date"] = (mention.start, mention.end)
                return _first_day(context, info, mention, value).iso()
    return _linked_date(context, group, evidence)


# "The Dialogue was preceded by the Seminar held on 1 July 2022": another event tied to the
# meeting in time lends it its year.
_TIED_RE = re.compile(
    r"\b(?:preceded|followed)\s+by\b|\bon\s+the\s+eve\s+of\b|\b(?:the|a)\s+day\s+(?:before|after)\b|\bthe\s+following\s+day\b",
    re.IGNORECASE,
)
_PAIR_GAP_RE = re.compile(r"\s*(?:and|to|through|until|till|-)\s*")


def _pair_start(context: DocumentContext, found: list[DateMention], mention: DateMention) -> DateMention:
    """The first of two coordinated days: "on Tuesday and Wednesday" starts on Tuesday."""
    for earlier in found:
        if earlier.end <= mention.start and _PAIR_GAP_RE.fullmatch(context.flat, earlier.end, mention.start):
            return earlier
    return mention


def _first_day(context: DocumentContext, info: SentenceInfo, mention: DateMention, value: PartialDate) -> PartialDate:
    """The first day of a meeting dated by its end: "concluded its two-day session on 16 May"."""
    if not info.concluded or value.day is None or value.month is None:
        return value
    duration = _DURATION_RE.search(context.flat, info.sentence.start, info.sentence.end)
    if duration is None or _RANGE_RE.search(context.flat, mention.start, mention.end):
        return value
    days = _DAY_COUNTS[duration.group(1).lower()]
    first = dt.date(value.year, value.month, value.day) - dt.timedelta(days=days - 1)
    return PartialDate(first.year, first.month, first.day)


def _dates_in(context: DocumentContext, info: SentenceInfo) -> list[DateMention]:
    """Dates in a sentence, leaving out a dateline's ("Astana, 21 May 2024 (Agency): ...")."""
    dateline = _DATELINE_RE.match(context.flat, info.sentence.start, info.sentence.end)
    start = dateline.end() if dateline else info.sentence.start
    return find_dates(context.flat, start, info.sentence.end)


def _with_year(mention: DateMention, years: list[int]) -> PartialDate | None:
    """A day and month without a year take the year written with the meeting elsewhere."""
    if mention.month is None or mention.year is not None or not years or mention.month_shift is not None:
        return None
    return resolve(DateMention(mention.start, mention.end, years[0], mention.month, mention.day), None)


def _plausible(value: PartialDate, published: PartialDate | None) -> bool:
    """A held meeting is not dated after the article's publication."""
    return published is None or value.key()[:2] <= (published.year, published.month or 12)


def _linked_date(context: DocumentContext, group: MeetingGroup, evidence: dict[str, Span]) -> str | None:
    """'On the same day' takes the previous date; 'back-to-back with' the other meeting's month."""
    for info in group.held:
        start, end = info.sentence.start, info.sentence.end
        if CUES["same_day"].search(context.flat, start, end):
            before = find_dates(context.flat, 0, info.sentence.start)
            for mention in reversed(before):
                value = resolve(mention, context.published)
                if value is not None and value.day is not None:
                    evidence["date"] = (mention.start, mention.end)
                    return value.iso()
        if CUES["same_month"].search(context.flat, start, end):
            value = _other_meeting_date(context)
            if value is not None:
                return PartialDate(value.year, value.month).iso()
    return None


def _other_meeting_date(context: DocumentContext) -> PartialDate | None:
    for info in context.infos:
        if info.other and context.scan.first("held", info.sentence.start, info.sentence.end):
            for mention in _dates_in(context, info):
                value = resolve(mention, context.published)
                if value is not None and value.month is not None:
                    return value
    return None


def _place(context: DocumentContext, group: MeetingGroup, parties: tuple[str, ...], evidence: dict[str, Span]) -> Place | None:
    """The city named with the held cue; none for a meeting held by video conference."""
    if any(CUES["virtual"].search(context.flat, info.sentence.start, info.sentence.end) for info in group.held):
        return None
    for info in group.held:
        found = nearest(find_cities(context.flat, info.sentence.start, info.sentence.end), info.held_at)
        if found is not None:
            evidence["place"] = (found.start, found.end)
            return found.place
    for info in group.held:
        found = find_the_capital(context.flat, info.sentence.start, info.sentence.end, parties)
        if found is not None:
            evidence["place"] = (found.start, found.end)
            return found.place
    return None
