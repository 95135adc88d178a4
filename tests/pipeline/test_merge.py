"""Which reports describe the same real meeting (``rapport.pipeline.merge``)."""

from __future__ import annotations

from rapport.pipeline.merge import cluster_reports, compare, match_meeting, summarise
from rapport.pipeline.types import Chair, MeetingRecord, Place

KZ_US = ("KZ", "US")
ASTANA = Place("Astana", "KZ")
WASHINGTON = Place("Washington", "US")


def record(**fields: object) -> MeetingRecord:
    """A KZ–US record with the given fields."""
    values: dict[str, object] = {"parties": KZ_US, "mechanism": "High-Level Dialogue on Human Rights"}
    values.update(fields)
    return MeetingRecord(**values)  # type: ignore[arg-type]


def chairs(*names: tuple[str, str]) -> tuple[Chair, ...]:
    return tuple(Chair(name=n, party=p) for n, p in names)


def test_compare_refuses_other_parties() -> None:
    other = MeetingRecord(parties=("EU", "KZ"), date="2024-04-24")
    assert compare(record(date="2024-04-24"), other) is None


def test_compare_refuses_clearly_different_dates() -> None:
    assert compare(record(date="2024-04-24"), record(date="2024-05-20")) is None
    assert compare(record(date="2023"), record(date="2024-04-24")) is None


def test_compare_accepts_close_and_vaguer_dates() -> None:
    assert compare(record(date="2024-04-24"), record(date="2024-04-25")) is not None
    assert compare(record(date="2024-04-24"), record(date="2024-04")) is not None
    assert compare(record(date="2024-04"), record(date="2024")) is not None


def test_compare_refuses_different_rounds_and_mechanism_kinds() -> None:
    assert compare(record(date="2024-04-24", round=3), record(date="2024-04-24", round=2)) is None
    political = record(date="2024-04-24", mechanism="Kazakhstan-US Political Dialogue")
    assert compare(record(date="2024-04-24"), political) is None


def test_compare_place_conflict_blocks_unless_same_day() -> None:
    assert compare(record(date="2024-04", place=ASTANA), record(date="2024-04", place=WASHINGTON)) is None
    assert compare(record(date="2024-04-24", place=ASTANA), record(date="2024-04-24", place=WASHINGTON)) is not None


def test_compare_undated_needs_positive_evidence() -> None:
    assert compare(record(), record(date="2024-04-24")) is None
    assert compare(record(round=3), record(date="2024-04-24", round=3)) is not None


def test_compare_chairs_same_person_across_spellings() -> None:
    a = record(date="2024-04", chairs=chairs(("Yerzhan Kazykhan", "KZ"), ("Uzra Zeya", "US")))
    b = record(date="2024-04", chairs=chairs(("Ye. Kazykhan", "KZ"), ("Uzry Zeya", "US")))
    c = record(date="2024-04", chairs=chairs(("Asel Nurlanova", "KZ")))
    assert compare(a, b) is not None
    assert compare(a, c) is None


def test_match_meeting_picks_best_candidate() -> None:
    existing = [record(date="2023-10-10", round=2), record(date="2024-04-24", round=3)]
    assert match_meeting(record(date="2024-04-25"), existing) == 1
    assert match_meeting(record(date="2022-06-14"), existing) is None


def test_cluster_reports_groups_rounds_of_one_dialogue() -> None:
    records = [
        record(date="2022-06-14", round=1, place=WASHINGTON),
        record(date="2023-10-10", round=2, place=ASTANA),
        record(date="2024-04-24", round=3, place=ASTANA),
        record(date="2022-06", round=1),
        record(date="2023-10-11", place=ASTANA),
        record(round=3),
        MeetingRecord(parties=("EU", "KZ"), date="2024-04-24"),
        MeetingRecord(),
    ]
    assert cluster_reports(records) == [[0, 3], [1, 4], [2, 5], [6], [7]]


def test_cluster_reports_covers_every_index_once() -> None:
    records = [record(date=f"{1900 + i // 12}-{1 + i % 12:02d}-15") for i in range(200)] * 2
    clusters = cluster_reports(records)
    assert sorted(i for c in clusters for i in c) == list(range(400))
    assert len(clusters) == 200
    assert all(len(c) == 2 for c in clusters)


def test_summarise_keeps_all_chair_spellings() -> None:
    summary = summarise([
        record(date="2024-04", chairs=chairs(("Uzra Zeya", "US"))),
        record(date="2024-04-24", chairs=chairs(("U. Zeya", "US"))),
    ])
    assert summary.date == "2024-04-24"
    assert {c.name for c in summary.chairs} == {"Uzra Zeya", "U. Zeya"}
