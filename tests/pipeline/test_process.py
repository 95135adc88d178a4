"""The orchestrator end to end: a readout in, the contract's records out, spans into the text."""

from __future__ import annotations

import subprocess
import sys

from rapport.pipeline.process import process_document
from rapport.pipeline.schema import result_to_dict
from rapport.pipeline.types import RawDocument

READOUT = """Connect with us

Kazakhstan and the United States continue a dialogue on human rights

SHARE:

Delegations of the Republic of Kazakhstan and the United States gathered in Nur-Sultan on Monday for the fourth meeting of their yearly High-Level Dialogue on Human Rights and Democratic Reforms, co-chaired by Kazakh Deputy Foreign Minister Aibek Dzhumabayev and the U.S. Under Secretary of State for Civilian Security, Democracy and Human Rights Robert K. Allen.

The parties discussed freedom of assembly, freedom of speech, the protection of the rights of persons with disabilities and the fight against corruption. The American side welcomed the law adopted on April 15 of this year, which toughened penalties for domestic violence.

Photo credit: press service

As a result of the meeting, the parties agreed to hold the next meeting of the Dialogue in 2026 in Washington.

Advertisement

Share this article:
"""


def _result() -> dict[str, object]:
    raw = RawDocument(origin="readout.txt", text=READOUT, outlet="Steppe Post", published="2025-05-21")
    return result_to_dict(process_document(raw))


def test_process_document_end_to_end() -> None:
    data = _result()
    meetings = data["meetings"]
    assert isinstance(meetings, list)
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting["parties"] == ["KZ", "US"]
    assert meeting["round"] == 4
    assert meeting["date"] == "2025-05-19"
    assert meeting["place"] == {"city": "Astana", "country": "KZ"}
    assert sorted(chair["name"] for chair in meeting["chairs"]) == ["Aibek Dzhumabayev", "Robert K. Allen"]
    assert meeting["themes"] == ["corruption", "disability_rights", "domestic_violence", "freedom_of_assembly", "freedom_of_expression"]
    assert meeting["next_meeting"] == {"date": "2026", "place": {"city": "Washington", "country": "US"}}


def test_process_document_clean_text_and_source() -> None:
    raw = RawDocument(origin="readout.txt", text=READOUT, outlet="Steppe Post", published="2025-05-21")
    result = process_document(raw)
    assert "Share this article" not in result.text
    assert "Advertisement" not in result.text
    assert result.source.text_chars == len(result.text)
    assert (result.source.outlet, result.source.published) == ("Steppe Post", "2025-05-21")


def test_process_document_evidence_spans_point_into_clean_text() -> None:
    raw = RawDocument(origin="readout.txt", text=READOUT, published="2025-05-21")
    result = process_document(raw)
    evidence = result.meetings[0].evidence
    assert {"date", "place", "round", "chairs", "themes", "next_meeting", "parties"} <= set(evidence)
    assert result.text[slice(*evidence["place"])] == "Nur-Sultan"
    assert result.text[slice(*evidence["date"])] == "on Monday"
    assert result.text[slice(*evidence["round"])] == "fourth"


def test_process_document_negative_story_has_no_meetings() -> None:
    text = "Human Rights Watch said today that Kazakhstan should stop the persecution of peaceful protesters."
    assert process_document(RawDocument(origin="x", text=text)).meetings == ()


def test_process_document_empty_text() -> None:
    result = process_document(RawDocument(origin="x", text=""))
    assert result.meetings == ()
    assert result.source.text_chars == 0


def test_process_pipeline_imports_no_django() -> None:
    code = (
        "import sys, rapport.pipeline.process, rapport.pipeline.schema, rapport.pipeline.extract;"
        "sys.exit(1 if any(m == 'django' or m.startswith('django.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
