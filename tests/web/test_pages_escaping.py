"""Ingested text is escaped everywhere it is shown: a <script> in a readout stays text."""

from __future__ import annotations

from typing import Any

import pytest
from page_factories import READOUT, ingest_text, make_user

pytestmark = pytest.mark.django_db

EVIL = "<script>alert('x')</script>"


def _evil_meeting(*, publish: bool = True) -> Any:
    text = f"{EVIL} {READOUT} <img src=x onerror=alert(1)>"
    return ingest_text(text, publish=publish, outlet=f"Outlet {EVIL}", place=None)


@pytest.mark.parametrize("page", ["source", "meeting", "search", "dialogue", "review"])
def test_script_in_ingested_text_is_escaped(client: Any, page: str) -> None:
    meeting = _evil_meeting(publish=page != "review")
    client.force_login(make_user("editor"))
    url = {
        "source": f"/sources/{meeting.reports.get().source_id}/",
        "meeting": f"/meetings/{meeting.pk}/",
        "search": "/search/?q=alert+Kazykhan",
        "dialogue": f"/dialogues/{meeting.mechanism_id}/",
        "review": "/review/",
    }[page]
    html = client.get(url).content.decode()
    assert "Outlet &lt;script&gt;" in html or page == "dialogue"
    assert "<script>alert" not in html
    assert "<img src=x" not in html


def test_source_page_highlights_evidence_escaped(client: Any) -> None:
    meeting = _evil_meeting()
    html = client.get(f"/sources/{meeting.reports.get().source_id}/").content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert '<mark id="ev-' in html
    assert ">20 May 2024</a>" in html


def test_split_text_keeps_every_character() -> None:
    from rapport.web.ui.highlight import Highlight, split_text

    text = "abcdefghij"
    parts = split_text(text, [Highlight(2, 5), Highlight(4, 8), Highlight(9, 30), Highlight(7, 3)])
    assert "".join(p.text for p in parts) == text
    assert [p.text for p in parts if p.mark] == ["cde", "fgh", "j"]


def test_dialogue_page_rows_built_in_python_escape_record_values(client: Any) -> None:
    """The chair table, heatmap and timeline of a dialogue are built outside the template:
    names, positions, places and dates from records are still escaped there."""
    from tracker_factories import chairs, ingest, make_record, next_meeting, place

    stored = ingest(make_record(
        date="2024-05-20", round=3, place=place("Astana<i>x</i>", "KZ"),
        chairs=chairs(("Yerzhan <b>Kazykhan</b>", "KZ"), position=f"Deputy {EVIL}"),
        themes=("torture",), next_meeting=next_meeting("2025", "<u>Washington</u>", "US"),
    ))
    meeting = stored.source.reports.get().meeting
    client.force_login(make_user("editor"))
    html = client.get(f"/dialogues/{meeting.mechanism_id}/").content.decode()
    assert "Yerzhan &lt;b&gt;Kazykhan&lt;/b&gt;" in html
    assert "Deputy &lt;script&gt;" in html
    assert "<script>alert" not in html
    assert "Astana&lt;i&gt;x&lt;/i&gt;" in html
    assert "<i>x</i>" not in html
    assert "<b>Kazykhan" not in html
    assert "<u>Washington" not in html
    assert 'class="cell on"' in html
    assert "<circle" in html
