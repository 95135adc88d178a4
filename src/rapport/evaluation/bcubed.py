"""B-cubed precision/recall/F1 of the merge: predicted meeting records clustered into meetings.

Items are predicted meeting records (one per meeting an article's extraction reports). Each
item's gold class is the ``event_key`` of the gold meeting it was aligned to by the scorer
(:func:`rapport.evaluation.scorer.align`); an item aligned to nothing — a spurious record, or
any record of a negative article — is a gold class of its own, so merging it into a real
meeting costs precision. Gold meetings the extractor missed are not items: detection recall
measures them. An item no predicted cluster holds counts as a singleton cluster.

For item *i* with predicted cluster *C(i)* and gold class *G(i)*:
precision(i) = |C(i) ∩ G(i)| / |C(i)|, recall(i) = |C(i) ∩ G(i)| / |G(i)|; the corpus figures
are the means over items, and F1 their harmonic mean (Bagga & Baldwin 1998; Amigó et al. 2009).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

Item = TypeVar("Item", bound=Hashable)


@dataclass(frozen=True)
class BCubed:
    """B-cubed precision, recall and F1 over ``items`` clustered items."""

    precision: float
    recall: float
    items: int

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def bcubed(clusters: Sequence[Collection[Item]], gold: Mapping[Item, str | None]) -> BCubed:
    """B-cubed scores of ``clusters`` (predicted) against ``gold`` (item → event key or None)."""
    cluster_of = _cluster_index(clusters, gold)
    members: dict[int, set[Item]] = defaultdict(set)
    for item, cluster in cluster_of.items():
        members[cluster].add(item)
    classes: dict[Hashable, set[Item]] = defaultdict(set)
    for item, key in gold.items():
        classes[key if key is not None else ("unaligned", item)].add(item)
    if not gold:
        return BCubed(precision=1.0, recall=1.0, items=0)
    precision = recall = 0.0
    for item, key in gold.items():
        gold_class = classes[key if key is not None else ("unaligned", item)]
        predicted = members[cluster_of[item]]
        common = len(predicted & gold_class)
        precision += common / len(predicted)
        recall += common / len(gold_class)
    return BCubed(precision=precision / len(gold), recall=recall / len(gold), items=len(gold))


def negative_articles_in_meetings(
    clusters: Sequence[Collection[Item]],
    gold: Mapping[Item, str | None],
    article_of: Mapping[Item, str],
    negatives: Collection[str],
) -> set[str]:
    """Negative articles with a record clustered together with a record of a real (gold) meeting."""
    found: set[str] = set()
    for cluster in clusters:
        if any(gold.get(item) is not None for item in cluster):
            found.update(article_of[item] for item in cluster if article_of.get(item) in negatives)
    return found


def _cluster_index(
    clusters: Sequence[Collection[Item]], gold: Mapping[Item, str | None]
) -> dict[Item, int]:
    """Each gold item's cluster number; items in no cluster get one of their own."""
    cluster_of: dict[Item, int] = {}
    for number, cluster in enumerate(clusters):
        for item in cluster:
            if item in cluster_of:
                raise ValueError(f"item {item!r} is in two predicted clusters")
            if item in gold:
                cluster_of[item] = number
    next_number = len(clusters)
    for item in gold:
        if item not in cluster_of:
            cluster_of[item] = next_number
            next_number += 1
    return cluster_of
