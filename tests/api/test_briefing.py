"""The briefing pack: sections, Cyrillic text, PDF pages as PNG in test-artifacts/briefing/."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from rapport.web.briefing import brief_html, brief_pdf
from rapport.web.briefing.context import briefing_build
from rapport.web.briefing.lookup import MechanismNotFound, mechanism_find
from rapport.web.briefing.words import long_date
from rapport.web.dialogues.models import Meeting
from rapport.web.followup.selectors import promise_export_rows
from rapport.web.followup.services import promise_mark_fulfilled, promise_refresh_statuses

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


@pytest.mark.parametrize(("as_of", "status", "note"), [
    (dt.date(2023, 10, 9), "pending", "due by 31 Dec 2023"),  # the day before the round in Astana
    (dt.date(2023, 10, 10), "fulfilled", "kept: 2nd round, 10 Oct 2023"),  # the day it was held
])
def test_briefing_and_api_agree_on_a_promise_before_and_after_the_round_that_keeps_it(
    tracker, anon, as_of: dt.date, status: str, note: str
) -> None:
    promise_refresh_statuses(as_of=as_of)  # as an ingest run as of that date leaves the store
    first = tracker.meetings[0].promises.get()
    line = next(p for p in briefing_build(tracker.mechanism, as_of=as_of).promises if p.made_at.startswith("1st"))
    listed = {p["id"]: p["status"] for p in anon.get("/api/promises", {"limit": 100}).json()["items"]}
    exported = {row["id"]: row["status"] for row in promise_export_rows(as_of=as_of)}
    assert (line.status, line.note) == (status, note)
    assert listed[first.pk] == exported[first.pk] == status


def test_a_round_held_after_the_promised_year_keeps_it_late_in_the_briefing_as_in_the_api(tracker, anon) -> None:
    fourth = Meeting.objects.create(mechanism=tracker.mechanism, party_key="KZ,US", round=4, date="2026-02-10",
                                    date_start=dt.date(2026, 2, 10), date_end=dt.date(2026, 2, 10),
                                    place_city="Washington", place_country="US")
    promise = tracker.meetings[2].promises.get()  # made at the 3rd round: next round in 2025, in Washington
    seen = []
    for as_of in (dt.date(2025, 6, 1), dt.date(2026, 1, 1), fourth.date_start):
        promise_refresh_statuses(as_of=as_of)
        line = next(p for p in briefing_build(tracker.mechanism, as_of=as_of).promises if p.made_at.startswith("3rd"))
        listed = {p["id"]: p["status"] for p in anon.get("/api/promises", {"limit": 100}).json()["items"]}
        assert listed[promise.pk] == line.status
        seen.append((line.status, line.note))
    assert seen == [("pending", "due by 31 Dec 2025"), ("overdue", "due by 31 Dec 2025; no round held since"),
                    ("fulfilled_late", "kept late: 4th round, 10 Feb 2026")]


def test_a_promise_kept_by_hand_is_not_yet_kept_as_of_a_date_before_its_keeper(tracker) -> None:
    fourth = Meeting.objects.create(mechanism=tracker.mechanism, party_key="KZ,US", round=4, date="2025-03-01",
                                    date_start=dt.date(2025, 3, 1), date_end=dt.date(2025, 3, 1),
                                    place_city="Almaty", place_country="KZ")
    promise_mark_fulfilled(promise=tracker.meetings[2].promises.get(), meeting=fourth)  # not where promised

    def third_round_promise(as_of: dt.date) -> tuple[str, str]:
        line = next(p for p in briefing_build(tracker.mechanism, as_of=as_of).promises if p.made_at.startswith("3rd"))
        return line.status, line.note

    assert third_round_promise(dt.date(2025, 2, 1)) == ("pending", "due by 31 Dec 2025")
    assert third_round_promise(dt.date(2025, 3, 1)) == ("fulfilled", "kept: 4th round, 1 Mar 2025")


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
