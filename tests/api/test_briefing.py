"""The briefing pack: sections, Cyrillic text, PDF pages as PNG in test-artifacts/briefing/."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from rapport.web.briefing import brief_html, brief_pdf
from rapport.web.briefing.context import briefing_build, promise_status_as_of
from rapport.web.briefing.lookup import MechanismNotFound, mechanism_find
from rapport.web.briefing.words import long_date

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "briefing"
AS_OF = dt.date(2026, 11, 26)
SECTIONS = ("Key points", "The last round", "Heads of delegation", "Outcomes", "Promises and their follow-up",
            "Themes across rounds", "Rounds at a glance", "Sources cited")
needs_poppler = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
                                   reason="poppler-utils (pdftoppm, pdftotext) not installed")


def _pdf_pages(pdf: bytes, name: str) -> tuple[str, list[Path]]:
    """Write the PDF and its pages as PNG under test-artifacts/briefing/; return its text."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}*"):
        old.unlink()
    path = ARTIFACTS / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(path), str(ARTIFACTS / name)], check=True, timeout=120)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True, timeout=120).stdout
    return text, sorted(ARTIFACTS.glob(f"{name}-*.png"))


def _squeezed(text: str) -> str:
    """Text without spaces, lower-cased: letter-spaced capitals read the same as plain words."""
    return re.sub(r"\s+", "", text).casefold()


@pytest.fixture
def sample_dialogue(db):
    """The bundled sample corpus loaded as `rapport sample` does; its Norvessa–Tarvonia dialogue."""
    from rapport.cli.main import main

    assert main(["sample"]) == 0
    return mechanism_find("Norvessa-Tarvonia Human Rights Dialogue")


@needs_poppler
@pytest.mark.slow
def test_briefing_pdf_of_sample_norvessa_tarvonia(sample_dialogue) -> None:
    started = dt.date.today()
    text, pages = _pdf_pages(brief_pdf(sample_dialogue, AS_OF), "norvessa-tarvonia-sample")
    assert len(pages) >= 2
    squeezed = _squeezed(text)
    for heading in SECTIONS:
        assert _squeezed(heading) in squeezed, heading
    # Prepared today (the day the PDF was made: either side of a midnight the test straddles).
    assert any(_squeezed(f"Briefing — prepared by Rapport on {long_date(day)}") in squeezed
               for day in {started, dt.date.today()})
    assert _squeezed(f"Page 1 of {len(pages)}") in squeezed
    assert "Kastayev" in text
    assert "Quayle" in text
    assert "overdue" in squeezed  # the 2025 round in Corvale was not held


@needs_poppler
def test_briefing_pdf_renders_cyrillic(tracker) -> None:
    text, pages = _pdf_pages(brief_pdf(tracker.mechanism, AS_OF), "us-kazakhstan-fixture")
    assert pages
    assert "Ержан Казыхан и Узра Зея" in text
    assert "Қазақ үні" in text


def test_briefing_build_as_of_a_past_date(tracker) -> None:
    briefing = briefing_build(tracker.mechanism, as_of=dt.date(2023, 6, 1))
    assert [r.meeting.round for r in briefing.rounds] == [1]
    assert [p.status for p in briefing.promises] == ["pending"]
    assert briefing.sources[0].outlet == "Astana Ledger"


def test_promise_status_as_of(tracker) -> None:
    first = tracker.meetings[0].promises.get()
    assert promise_status_as_of(first, dt.date(2023, 10, 10))[0] == "fulfilled"
    assert promise_status_as_of(first, dt.date(2023, 10, 9))[0] == "pending"
    last = tracker.meetings[2].promises.get()
    assert promise_status_as_of(last, dt.date(2025, 6, 1))[0] == "pending"
    assert promise_status_as_of(last, dt.date(2026, 1, 1))[0] == "overdue"


def test_briefing_html_for_anonymous_hides_drafts(tracker) -> None:
    from django.contrib.auth.models import AnonymousUser

    html = brief_html(tracker.draft.mechanism, AS_OF, user=AnonymousUser())
    assert "No round is recorded" in html
    assert "Brussels" in brief_html(tracker.draft.mechanism, AS_OF)  # internal: drafts, marked
    assert "not yet confirmed" in brief_html(tracker.draft.mechanism, AS_OF)


def test_briefing_through_the_api(tracker, anon) -> None:
    url = f"/api/dialogues/{tracker.mechanism.pk}/brief"
    html = anon.get(url, {"format": "html", "as_of": "2026-11-26"})
    assert html.status_code == 200
    assert html["Content-Type"].startswith("text/html")
    assert "Promises and their follow-up" in html.content.decode("utf-8")
    pdf = anon.get(url, {"as_of": "2026-11-26"})
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_briefing_url_name_for_the_web_page(tracker) -> None:
    from django.urls import reverse

    assert reverse("api:dialogue_brief", args=[tracker.mechanism.pk]) == f"/api/dialogues/{tracker.mechanism.pk}/brief"


@pytest.mark.parametrize("query", ["High-Level Dialogue on Human Rights and Democratic Reforms",
                                   "hld-hr-dr-kz-us", "us–kazakhstan high-level dialogue", "high level dialog kazakhstan"])
def test_mechanism_find_by_name_slug_alias_or_near_miss(tracker, query) -> None:
    assert mechanism_find(query) == tracker.mechanism
    assert mechanism_find(str(tracker.mechanism.pk)) == tracker.mechanism


def test_mechanism_find_reports_misses_and_ties(tracker) -> None:
    with pytest.raises(MechanismNotFound, match="no dialogue"):
        mechanism_find("Martian Dialogue on Canals")
    with pytest.raises(MechanismNotFound, match="several dialogues"):
        mechanism_find("Kazakhstan")


def test_brief_command_writes_html(tracker, tmp_path) -> None:
    from rapport.cli.main import main

    out = tmp_path / "brief.html"
    assert main(["brief", "US–Kazakhstan High-Level Dialogue", "--as-of", "2026-11-26", "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert all(heading in html for heading in SECTIONS[1:])
    assert main(["brief", "Martian Dialogue on Canals"]) == 1
