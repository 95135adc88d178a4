"""Next meeting: the agreed or announced date and place of the series' next round."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.types import CleanDocument, NextMeeting, Place

HELD = "On 20 November, the European Union and Moldova held the fourteenth round of their Human Rights Dialogue in Chisinau."


def _next(sentence: str, published: str = "2023-11-21") -> NextMeeting | None:
    meetings = extract_meetings(CleanDocument(origin="test", text=f"{HELD}\n\n{sentence}", published=published))
    assert len(meetings) == 1
    return meetings[0].next_meeting


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The next Human Rights Dialogue is scheduled to take place in Brussels in 2024.", NextMeeting("2024", Place("Brussels", "BE"))),
        ("The next round is expected to take place in Moldova in 2024.", NextMeeting("2024", Place(None, "MD"))),
        ("Both sides decided that the next session of the Dialogue would convene in 2026 in Washington.", NextMeeting("2026", Place("Washington", "US"))),
        ("The 15th Dialogue will take place in Brussels next year.", NextMeeting("2024", Place("Brussels", "BE"))),
        ("The two sides agreed to hold the next dialogue in Nur-Sultan.", NextMeeting(None, Place("Astana", "KZ"))),
        ("The next round will be held in Brussels in the spring of 2024.", NextMeeting("2024", Place("Brussels", "BE"))),
        ("The two sides agreed to meet again in Chisinau next year.", NextMeeting("2024", Place("Chisinau", "MD"))),
        ("The delegations agreed to hold the 15th round of the Dialogue in Brussels in 2024.", NextMeeting("2024", Place("Brussels", "BE"))),
    ],
)
def test_extract_next_meeting(sentence: str, expected: NextMeeting) -> None:
    assert _next(sentence) == expected


def test_extract_next_meeting_absent() -> None:
    assert _next("The EU welcomed the adoption of the new Electoral Code.") is None


def test_extract_next_meeting_not_the_previous_one() -> None:
    assert _next("The previous dialogue took place in Brussels in 2022.") is None
