"""The one grouping decision (``rapport.pipeline.grouping``): order-free, thin reports, review."""

from __future__ import annotations

import random

from rapport.pipeline.grouping import Item, group_reports, publication_anchor
from rapport.pipeline.types import Chair, MeetingRecord, Place

EU_CN = ("CN", "EU")
DIALOGUE = "EU-China Human Rights Dialogue"


def record(**fields: object) -> MeetingRecord:
    """An EU–China dialogue record with the given fields."""
    values: dict[str, object] = {"parties": EU_CN, "mechanism": DIALOGUE}
    values.update(fields)
    return MeetingRecord(**values)  # type: ignore[arg-type]


def as_sets(items: list[Item], clusters: list[list[int]]) -> set[frozenset[tuple[str, str | None]]]:
    """Clusters named by content, so groupings of shuffled inputs can be compared."""
    return {frozenset((repr(items[i].record), items[i].published) for i in c) for c in clusters}


def test_grouping_does_not_depend_on_input_order() -> None:
    items = [
        Item(record(round=38, date="2023-06-16", place=Place("Chongqing", "CN"))),
        Item(record(round=38, date="2023-06")),
        Item(record(date="2023-06-17", chairs=(Chair("Paola Pampaloni", "EU"),))),
        Item(record(round=39, date="2024-06-16", place=Place("Brussels", "BE"))),
        Item(record(date="2024"), published="2024-06-20"),
        Item(record(), published="2024-06-19"),
        Item(record(round=40)),
        Item(record(date="2025-06-13")),
        Item(MeetingRecord(parties=("EU", "VN"), date="2024-06-16")),
    ]
    expected = as_sets(items, group_reports(items).clusters)
    rng = random.Random(7)
    for _ in range(20):
        shuffled = items[:]
        rng.shuffle(shuffled)
        assert as_sets(shuffled, group_reports(shuffled).clusters) == expected


def test_publication_date_places_an_undated_report_at_the_round_just_before() -> None:
    items = [
        Item(record(round=38, date="2023-06-16")),
        Item(record(round=39, date="2024-06-16")),
        Item(record(), published="2024-06-19"),
    ]
    grouping = group_reports(items)
    assert [1, 2] in grouping.clusters
    assert grouping.unplaced == ()


def test_publication_long_after_every_round_does_not_place() -> None:
    items = [Item(record(round=39, date="2024-06-16")), Item(record(), published="2024-11-30")]
    assert group_reports(items).unplaced == (1,)


def test_undated_round_and_roundless_dated_report_are_one_meeting() -> None:
    items = [
        Item(record(round=39, date="2024-06-16")),
        Item(record(round=40)),
        Item(record(date="2025-06-13", place=Place("Beijing", "CN"))),
        Item(record(round=41, date="2026-05")),
    ]
    assert [1, 2] in group_reports(items).clusters


def test_round_between_two_roundless_meetings_is_a_suggestion_not_a_merge() -> None:
    items = [Item(record(round=40)), Item(record(date="2025-06-13")), Item(record(date="2026-06-10"))]
    grouping = group_reports(items)
    assert [0] in grouping.clusters
    merges = {(s.first, s.second) for s in grouping.suggestions if s.kind == "merge"}
    assert ((0,), (1,)) in merges
    assert ((0,), (2,)) in merges


def test_a_report_that_cannot_be_placed_is_not_a_meeting() -> None:
    items = [Item(record(date="2024-06-16")), Item(record())]
    grouping = group_reports(items)
    assert grouping.clusters == [[0]]
    assert grouping.unplaced == (1,)


def test_fixed_groups_stay_together_and_apart() -> None:
    items = [
        Item(record(date="2024-06-16"), group="a"),
        Item(record(date="2024-06-16"), group="b"),
        Item(record(date="2024-06-17")),
    ]
    clusters = group_reports(items).clusters
    assert len(clusters) == 2
    assert {0, 1} not in [set(c) for c in clusters]


def test_close_meetings_and_disagreeing_reports_are_offered_to_reviewers() -> None:
    items = [
        Item(record(date="2024-06-16", place=Place("Brussels", "BE"))),
        Item(record(date="2024-06-16", place=Place("Chongqing", "CN"))),
        Item(record(date="2024-06-16", place=Place("Brussels", "BE"))),
        Item(record(date="2024-06-25")),
    ]
    grouping = group_reports(items)
    kinds = {s.kind for s in grouping.suggestions}
    assert kinds == {"merge", "split"}
    split = next(s for s in grouping.suggestions if s.kind == "split")
    assert split.first == (1,)


def test_publication_anchor_reads_a_date_from_the_url() -> None:
    assert publication_anchor("2024-06-19") == "2024-06-19"
    assert publication_anchor(None, "https://example.org/news/2013/Jul/30/us-china") == "2013-07-30"
    assert publication_anchor(None, "https://example.org/2020/07/18/dialogue-resumes/") == "2020-07-18"
    assert publication_anchor(None, "https://example.org/item/43292-dialogue") is None


def test_a_sub_committee_is_not_the_dialogue_of_the_same_parties() -> None:
    from rapport.pipeline.mechanisms_canon import mechanisms_compatible

    dialogue = "EU-Uzbekistan Human Rights Dialogue"
    sub = "EU-Uzbekistan Sub-Committee on Justice and Home Affairs, Human Rights and Democratisation"
    assert not mechanisms_compatible(dialogue, sub)
    assert not mechanisms_compatible(dialogue, "Working Group on Human Rights")
    assert mechanisms_compatible(dialogue, "Human Rights Dialogue held within the Sub-Committee")
    items = [Item(MeetingRecord(mechanism=m, parties=("EU", "UZ"), date="2024-11-18")) for m in (dialogue, sub)]
    assert len(group_reports(items).clusters) == 2


def test_display_names_carry_the_parties() -> None:
    from rapport.pipeline.mechanisms_canon import display_name

    assert display_name("Human Rights Dialogue", ["CN", "EU"]) == "EU–China Human Rights Dialogue"
    assert display_name("High-Level Dialogue on Human Rights", ["KZ", "US"]).startswith("US–Kazakhstan ")
    assert display_name("U.S.-China Human Rights Dialogue", ["US", "CN"]) == "U.S.-China Human Rights Dialogue"


def test_the_same_title_agrees_with_itself_in_any_script() -> None:
    from rapport.pipeline.consensus import titles_agree

    assert titles_agree("司长", "司长")
    assert titles_agree("Under Secretary of State", "under  secretary of state")
    assert not titles_agree("司长", "副司长")
