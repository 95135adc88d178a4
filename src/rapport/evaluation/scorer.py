"""Field-level precision/recall/F1 of extracted meetings against gold, and meeting detection.

How a corpus is scored, article by article:

1. **Alignment.** The article's predicted meetings are paired one-to-one with its gold meetings
   by agreement: ``3 × Jaccard(parties) + 1`` per agreeing non-null value among date, round,
   city and mechanism (mechanism names agree at rapidfuzz ``token_set_ratio`` ≥ 85, after
   normalising case and diacritics). Two meetings whose non-empty party sets are not one
   within the other never pair (EU-CN and EU-MN share the EU but are different dialogues);
   when one side has no parties, at least one other value must agree. Pairs are taken greedily,
   best agreement first (ties: earlier predicted, then earlier gold) — articles hold one to
   three meetings, where greedy and Hungarian assignment agree in practice.
2. **Detection.** An aligned pair is a TP; an unaligned predicted meeting is an FP (all
   meetings predicted in a negative article are FPs); an unaligned gold meeting is an FN.
3. **Fields** of an aligned pair. Scalar fields — ``parties`` (the sorted party list as one
   value; ``[]`` is null), ``round``, ``date`` (exact string, so a wrong precision is wrong),
   ``city`` (place city, compared casefolded without diacritics, spellings of one gazetteer city alike), ``next_date`` and
   ``next_city`` (of ``next_meeting``): equal non-null values are a TP; a wrong value is an
   FP and an FN; a null predicted against a gold value is an FN; a value predicted against a
   gold null is an FP; both null counts nothing. Set fields are scored per item — ``themes``
   by id, ``chairs`` by person (one-to-one, see :mod:`rapport.evaluation.names`): matched
   items are TPs, extra predicted items FPs, missing gold items FNs.
4. **Unaligned meetings.** Every non-empty field of an unaligned predicted meeting counts as FP
   (each item of a set field), every non-empty field of an unaligned gold meeting as FN.

Scores are micro-averaged over the corpus per field; the **overall field F1** is the micro
average over all fields together (the sums of every field's TP, FP and FN).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from rapport.evaluation.names import match_names, normalise_text
from rapport.pipeline.extract.lexicon import city_entry
from rapport.pipeline.types import MeetingRecord

SCALAR_FIELDS = ("parties", "round", "date", "city", "next_date", "next_city")
SET_FIELDS = ("chairs", "themes")
FIELDS = ("parties", "round", "date", "city", "next_date", "next_city", "chairs", "themes")
"""Every scored field, in report order."""

MECHANISM_RATIO = 85.0


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 1.0 when there was nothing to find or predict."""
        if not (self.tp + self.fp + self.fn):
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict[str, float | int]:
        """Counts and scores, for JSON output."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class ScoredMeeting:
    """The values of one meeting that are scored, in comparable form."""

    parties: tuple[str, ...] | None = None
    round: int | None = None
    date: str | None = None
    city: str | None = None
    next_date: str | None = None
    next_city: str | None = None
    chairs: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    mechanism: str | None = None
    event_key: str | None = None

    def value(self, name: str) -> Any:
        """The value of field ``name``."""
        return getattr(self, name)


@dataclass(frozen=True)
class Mismatch:
    """One disagreement with gold, for ``--show-errors``: the field and both values."""

    article: str
    field: str
    predicted: Any
    gold: Any

    def __str__(self) -> str:
        return f"{self.article}  {self.field:<10} predicted={self.predicted!r} gold={self.gold!r}"


@dataclass
class Score:
    """Counts per field and for detection, with the mismatches behind them."""

    fields: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in FIELDS})
    detection: Counts = field(default_factory=Counts)
    mismatches: list[Mismatch] = field(default_factory=list)
    alignment: list[tuple[int, int]] = field(default_factory=list)
    """(predicted index, gold index) of the aligned meetings (of the last article scored)."""

    @property
    def overall(self) -> Counts:
        """Micro-average over all fields: every field's counts summed."""
        total = Counts()
        for counts in self.fields.values():
            total += counts
        return total

    def add(self, other: Score) -> None:
        """Add another article's (or corpus's) counts and mismatches to these."""
        for name in FIELDS:
            self.fields[name] += other.fields[name]
        self.detection += other.detection
        self.mismatches.extend(other.mismatches)

    def as_dict(self) -> dict[str, Any]:
        """The scores as a JSON-ready dictionary."""
        return {
            "fields": {name: counts.as_dict() for name, counts in self.fields.items()},
            "overall": self.overall.as_dict(),
            "detection": self.detection.as_dict(),
        }


def scored_meeting(meeting: MeetingRecord | Mapping[str, Any]) -> ScoredMeeting:
    """The scored values of a MeetingRecord or of a contract/gold meeting dictionary."""
    if isinstance(meeting, MeetingRecord):
        return _scored_record(meeting)
    return _scored_dict(meeting)


def _scored_record(meeting: MeetingRecord) -> ScoredMeeting:
    place, upcoming = meeting.place, meeting.next_meeting
    return ScoredMeeting(
        parties=tuple(sorted(meeting.parties)) or None,
        round=meeting.round,
        date=meeting.date,
        city=place.city if place else None,
        next_date=upcoming.date if upcoming else None,
        next_city=upcoming.place.city if upcoming and upcoming.place else None,
        chairs=tuple(chair.name for chair in meeting.chairs),
        themes=tuple(sorted(set(meeting.themes))),
        mechanism=meeting.mechanism,
    )


def _scored_dict(meeting: Mapping[str, Any]) -> ScoredMeeting:
    place = meeting.get("place") or {}
    upcoming = meeting.get("next_meeting") or {}
    return ScoredMeeting(
        parties=tuple(sorted(meeting.get("parties") or ())) or None,
        round=meeting.get("round"),
        date=meeting.get("date"),
        city=place.get("city"),
        next_date=upcoming.get("date"),
        next_city=(upcoming.get("place") or {}).get("city"),
        chairs=tuple(chair["name"] for chair in meeting.get("chairs") or () if chair.get("name")),
        themes=tuple(sorted(set(meeting.get("themes") or ()))),
        mechanism=meeting.get("mechanism"),
        event_key=meeting.get("event_key"),
    )


def agreement(predicted: ScoredMeeting, gold: ScoredMeeting) -> float | None:
    """How well two meetings agree (higher is better), or None when they cannot be the same."""
    p_parties, g_parties = set(predicted.parties or ()), set(gold.parties or ())
    if p_parties and g_parties and not (p_parties <= g_parties or g_parties <= p_parties):
        return None  # EU-China is not EU-Mongolia, though both have the EU
    rest = sum(
        1.0
        for name in ("date", "round", "city")
        if predicted.value(name) is not None
        and _equal(name, predicted.value(name), gold.value(name))
    )
    if predicted.mechanism and gold.mechanism:
        ratio = fuzz.token_set_ratio(
            normalise_text(predicted.mechanism), normalise_text(gold.mechanism)
        )
        rest += 1.0 if ratio >= MECHANISM_RATIO else 0.0
    if not (p_parties and g_parties) and rest == 0:
        return None
    jaccard = (
        len(p_parties & g_parties) / len(p_parties | g_parties) if p_parties and g_parties else 0.0
    )
    return 3 * jaccard + rest


def align(
    predicted: Sequence[ScoredMeeting], gold: Sequence[ScoredMeeting]
) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, greedily by best agreement."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            score = agreement(p, g)
            if score is not None:
                candidates.append((-score, i, j))
    pairs: list[tuple[int, int]] = []
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in used_predicted and j not in used_gold:
            used_predicted.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def score_article(
    predicted: Sequence[MeetingRecord | Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    article: str = "",
) -> Score:
    """The counts of one article's predicted meetings against its gold meetings."""
    preds = [scored_meeting(m) for m in predicted]
    golds = [scored_meeting(m) for m in gold]
    score = Score(alignment=align(preds, golds))
    for i, j in score.alignment:
        _score_pair(score, preds[i], golds[j], article)
    aligned_preds = {i for i, _ in score.alignment}
    aligned_golds = {j for _, j in score.alignment}
    for i, meeting in enumerate(preds):
        if i not in aligned_preds:
            _score_unaligned(score, meeting, article, predicted_side=True)
    for j, meeting in enumerate(golds):
        if j not in aligned_golds:
            _score_unaligned(score, meeting, article, predicted_side=False)
    score.detection = Counts(
        tp=len(score.alignment),
        fp=len(preds) - len(aligned_preds),
        fn=len(golds) - len(aligned_golds),
    )
    return score


def score_corpus(
    articles: Iterable[
        tuple[str, Sequence[MeetingRecord | Mapping[str, Any]], Sequence[Mapping[str, Any]]]
    ],
) -> Score:
    """The summed counts of (article id, predicted meetings, gold meetings) triples."""
    total = Score()
    for article, predicted, gold in articles:
        total.add(score_article(predicted, gold, article))
    return total


def _equal(name: str, predicted: Any, gold: Any) -> bool:
    if name in ("city", "next_city") and isinstance(predicted, str) and isinstance(gold, str):
        return _city_key(predicted) == _city_key(gold)
    return bool(predicted == gold)


def _city_key(name: str) -> str:
    """A city compared by its gazetteer entry when it has one: "Naypyidaw" is "Nay Pyi Taw"."""
    entry = city_entry(name)
    return normalise_text(entry.name if entry is not None else name)


def _score_pair(score: Score, pred: ScoredMeeting, gold: ScoredMeeting, article: str) -> None:
    for name in SCALAR_FIELDS:
        p, g = pred.value(name), gold.value(name)
        if p is None and g is None:
            continue
        if p is not None and g is not None and _equal(name, p, g):
            counts = Counts(tp=1)
        else:
            counts = Counts(fp=int(p is not None), fn=int(g is not None))
            score.mismatches.append(Mismatch(article, name, p, g))
        score.fields[name] += counts
    for name in SET_FIELDS:
        p_items, g_items = pred.value(name), gold.value(name)
        if name == "chairs":
            pairs = match_names(p_items, g_items)
        else:
            pairs = [
                (p_items.index(item), g_items.index(item)) for item in set(p_items) & set(g_items)
            ]
        matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        extra = [item for i, item in enumerate(p_items) if i not in matched_p]
        missing = [item for j, item in enumerate(g_items) if j not in matched_g]
        score.fields[name] += Counts(tp=len(pairs), fp=len(extra), fn=len(missing))
        if extra or missing:
            score.mismatches.append(Mismatch(article, name, extra, missing))


def _score_unaligned(
    score: Score, meeting: ScoredMeeting, article: str, *, predicted_side: bool
) -> None:
    for name in FIELDS:
        value = meeting.value(name)
        size = len(value) if name in SET_FIELDS else int(value is not None)
        counts = Counts(fp=size) if predicted_side else Counts(fn=size)
        score.fields[name] += counts
    summary = {"parties": meeting.parties, "date": meeting.date, "round": meeting.round}
    if predicted_side:
        score.mismatches.append(Mismatch(article, "meeting", summary, None))
    else:
        score.mismatches.append(
            Mismatch(article, "meeting", None, {**summary, "event_key": meeting.event_key})
        )
