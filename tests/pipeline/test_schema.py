"""The JSON contract: records to dicts in the documented shape, and back."""

from __future__ import annotations

import json

from rapport.pipeline.schema import dict_to_meeting, meeting_to_dict, result_to_dict
from rapport.pipeline.types import (
    Chair,
    ExtractionResult,
    Instrument,
    MeetingRecord,
    NextMeeting,
    Place,
    SourceInfo,
)

MEETING = MeetingRecord(
    mechanism="High-Level Dialogue on Human Rights and Democratic Reforms",
    parties=("KZ", "US"),
    round=3,
    date="2024-05-20",
    place=Place("Astana", "KZ"),
    chairs=(Chair("Uzra Zeya", "US", "Under Secretary of State"),),
    themes=("media_freedom", "rule_of_law"),
    instruments=(Instrument("action_plan", "Action Plan on human rights", "2023-12"),),
    next_meeting=NextMeeting("2025", Place(None, "US")),
    evidence={"date": (10, 20), "place": (30, 36)},
)


def test_schema_meeting_to_dict_shape() -> None:
    data = meeting_to_dict(MEETING)
    assert list(data) == [
        "mechanism", "parties", "round", "date", "place", "chairs", "themes", "instruments", "next_meeting", "evidence",
    ]
    assert data["place"] == {"city": "Astana", "country": "KZ"}
    assert data["chairs"] == [{"name": "Uzra Zeya", "party": "US", "position": "Under Secretary of State"}]
    assert data["next_meeting"] == {"date": "2025", "place": {"city": None, "country": "US"}}
    assert data["evidence"] == {"date": [10, 20], "place": [30, 36]}


def test_schema_empty_fields_are_null_or_empty() -> None:
    data = meeting_to_dict(MeetingRecord())
    assert data["place"] is None
    assert data["next_meeting"] is None
    assert data["round"] is None
    assert data["parties"] == []
    assert data["chairs"] == []
    assert data["themes"] == []
    assert data["evidence"] == {}


def test_schema_round_trip_through_json() -> None:
    assert dict_to_meeting(json.loads(json.dumps(meeting_to_dict(MEETING)))) == MEETING


def test_schema_dict_to_meeting_reads_gold_without_positions_or_evidence() -> None:
    gold = {"parties": ["CN", "EU"], "round": 39, "place": None, "chairs": [{"name": "Shen Bo", "party": "CN"}], "event_key": "x"}
    meeting = dict_to_meeting(gold)
    assert meeting.chairs == (Chair("Shen Bo", "CN", None),)
    assert meeting.evidence == {}
    assert meeting.next_meeting is None


def test_schema_result_to_dict_source_block() -> None:
    result = ExtractionResult(
        source=SourceInfo("Title", "2024-05-21", "EU Reporter", "en", 2311, url="https://x.example"),
        text="...",
        meetings=(MEETING,),
    )
    data = result_to_dict(result)
    assert data["source"] == {"title": "Title", "published": "2024-05-21", "outlet": "EU Reporter", "language": "en", "text_chars": 2311}
    assert len(data["meetings"]) == 1
