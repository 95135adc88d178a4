"""Dates: absolute, partial and relative mentions, resolved against publication at their precision."""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.extract.dates import find_dates, parse_iso, resolve
from rapport.pipeline.types import CleanDocument


def _resolved(text: str, published: str | None) -> list[str | None]:
    reference = parse_iso(published)
    return [(value.iso() if (value := resolve(m, reference)) else None) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on May 20, 2024", None, "2024-05-20"),
        ("on 18 November 2014", None, "2014-11-18"),
        ("on 20 May", "2024-05-21", "2024-05-20"),
        ("on Jan. 24", "2025-01-30", "2025-01-24"),
        ("on January 6-7", "2025-01", "2025-01-06"),
        ("from June 13 to 17", "2024-07-12", "2024-06-13"),
        ("between 13 and 15 June", "2024-07-12", "2024-06-13"),
        ("on Thursday, November 20th, 2014", None, "2014-11-20"),
        ("in December 2023", None, "2023-12"),
        ("December last year", "2024-05-21", "2023-12"),
        ("last December", "2024-05-21", "2023-12"),
        ("April 15 of this year", "2024-05-21", "2024-04-15"),
        ("last year", "2024-05-21", "2023"),
        ("yesterday", "2024-05-21", "2024-05-20"),
        ("today", "2019-06-27", "2019-06-27"),
        ("on Monday", "2022-06-16", "2022-06-13"),
        ("On Wednesday", "2022-06-16", "2022-06-15"),
        ("in June", "2024-07-02", "2024-06"),
        ("earlier this month", "2024-05-21", "2024-05"),
        ("27.06.2019", None, "2019-06-27"),
        ("2025-01-06", None, "2025-01-06"),
    ],
)
def test_extract_dates_resolution(text: str, published: str | None, expected: str) -> None:
    assert _resolved(text, published)[0] == expected


@pytest.mark.parametrize("text", ["on 20 May", "on Monday", "yesterday", "in June"])
def test_extract_dates_relative_without_publication_is_unknown(text: str) -> None:
    assert _resolved(text, None) == [None]


def test_extract_dates_december_in_a_january_story_is_last_year() -> None:
    assert _resolved("on 20 December", "2025-01-10") == ["2024-12-20"]


def test_extract_dates_range_of_years_is_not_a_date() -> None:
    assert find_dates("the Action Plan (2021-2025)") == []


def test_extract_dates_impossible_day_is_dropped() -> None:
    assert _resolved("on 31 June 2024", None) == [None]


def _date(text: str, published: str | None) -> str | None:
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published=published))
    return meetings[0].date


def test_extract_dates_meeting_date_not_the_dateline() -> None:
    text = "Almaty, 12 March 2025 (Agency): Kazakh and U.S. officials opened the fifth High-Level Dialogue on Human Rights and Democratic Reforms in Almaty on March 11."
    assert _date(text, "2025-03-12") == "2025-03-11"


def test_extract_dates_meeting_start_day_not_conclusion() -> None:
    text = (
        "The 30th U.S.-Vietnam Human Rights Dialogue concluded on October 15, 2026. "
        "The talks, which were held on October 14-15, were chaired by Assistant Secretary Gregory Ashford."
    )
    assert _date(text, None) == "2026-10-14"


def test_extract_dates_same_day_as_previous_event() -> None:
    text = (
        "The Institute ran a workshop for legal aid lawyers on 7 September. "
        "Its staff then joined the 10th Australia-Lao PDR Human Rights Dialogue, held on the same day."
    )
    assert _date(text, "2026-09-12") == "2026-09-07"


def test_extract_dates_back_to_back_takes_the_month() -> None:
    text = (
        "Brussels hosted the EU-Mongolia Joint Committee on 5 March 2019. "
        "The third EU-Mongolia Human Rights Dialogue took place back-to-back with that committee."
    )
    assert _date(text, "2019-03-07") == "2019-03"


def test_extract_dates_yearless_without_publication_is_null() -> None:
    text = "On 9 November, China and the EU held their 41st Human Rights Dialogue in Kunming."
    assert _date(text, None) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The EU-China Human Rights Dialogue concluded its two-day session on 16 May 2024 in Chongqing.", None, "2024-05-15"),
        ("The EU-Vietnam Human Rights Dialogue came to a close in Hanoi on 11 March 2026 after two days of discussions.", None, "2026-03-10"),
        ("The EU-Vietnam Human Rights Dialogue wrapped up a three-day session on 3 June 2024 in Hanoi.", None, "2024-06-01"),
        ("The 30th U.S.-Vietnam Human Rights Dialogue ended on May 15, 2024 in Hanoi.", None, "2024-05-15"),
        ("The 4th EU-Moldova Human Rights Dialogue took place on 19-20 May 2024 over two days in Chisinau.", None, "2024-05-19"),
        ("The US-Laos Human Rights Dialogue wrapped up Thursday in Vientiane.", "2026-03-12", "2026-03-12"),
        ("The two delegations met in Tashkent on Wednesday for the 21st EU-Uzbekistan Human Rights Dialogue.", "2026-10-23", "2026-10-21"),
        ("Round XII of the EU-Kazakhstan Human Rights Dialogue was held in Astana earlier this month.", "2026-10-23", "2026-10"),
    ],
)
def test_extract_dates_end_day_and_relative_wordings(text: str, published: str | None, expected: str) -> None:
    assert _date(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last week, the EU and Kyrgyzstan held the 21st round of their Human Rights Dialogue in Bishkek.",
        "Representatives of Canada and China met earlier this week in Ottawa for the Canada-China Human Rights Dialogue.",
    ],
)
def test_extract_dates_week_relative_is_not_day_precise(text: str) -> None:
    # Known to the month only (the week of 2-8 March, or 9-15 March, lies in March).
    assert _date(text, "2026-03-12") == "2026-03"
