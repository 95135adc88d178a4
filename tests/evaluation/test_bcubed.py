"""B-cubed scores of small clusterings, with hand-computed expectations."""

from __future__ import annotations

import pytest

from rapport.evaluation.bcubed import bcubed, negative_articles_in_meetings


def test_bcubed_perfect_clustering_scores_one() -> None:
    score = bcubed([["a", "b"], ["c"]], {"a": "X", "b": "X", "c": "Y"})
    assert (score.precision, score.recall, score.f1, score.items) == (1.0, 1.0, 1.0, 3)


def test_bcubed_mixed_clustering_by_hand() -> None:
    # a: P 2/3 R 1; b: P 2/3 R 1; c: P 1/3 R 1/2; d: P 1 R 1/2.
    score = bcubed([["a", "b", "c"], ["d"]], {"a": "X", "b": "X", "c": "Y", "d": "Y"})
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(3 / 4)
    assert score.f1 == pytest.approx(12 / 17)


def test_bcubed_all_singletons_have_full_precision() -> None:
    score = bcubed([["a"], ["b"], ["c"]], {"a": "X", "b": "X", "c": "X"})
    assert score.precision == 1.0
    assert score.recall == pytest.approx(1 / 3)


def test_bcubed_unaligned_record_merged_into_a_meeting_costs_precision() -> None:
    # e (from a negative article) is its own gold class: e P 1/3, a and b P 2/3; recall all 1.
    score = bcubed([["a", "b", "e"]], {"a": "X", "b": "X", "e": None})
    assert score.precision == pytest.approx(5 / 9)
    assert score.recall == 1.0


def test_bcubed_item_in_no_cluster_is_a_singleton() -> None:
    score = bcubed([["a"]], {"a": "X", "b": "X"})
    assert score.precision == 1.0
    assert score.recall == pytest.approx(1 / 2)


def test_bcubed_item_in_two_clusters_is_an_error() -> None:
    with pytest.raises(ValueError, match="two predicted clusters"):
        bcubed([["a"], ["a"]], {"a": "X"})


def test_bcubed_no_items_scores_one() -> None:
    assert bcubed([], {}).f1 == 1.0


def test_negative_articles_in_meetings_counts_only_merges_with_real_meetings() -> None:
    clusters = [["a", "e"], ["f"], ["g", "h"]]
    gold = {"a": "X", "e": None, "f": None, "g": None, "h": None}
    article_of = {"a": "001", "e": "005", "f": "011", "g": "017", "h": "022"}
    negatives = {"005", "011", "017", "022"}
    # 005 shares a cluster with a real meeting; 011 is alone; 017 and 022 only with each other.
    assert negative_articles_in_meetings(clusters, gold, article_of, negatives) == {"005"}
