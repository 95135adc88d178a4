"""``rapport eval``: a table per field and the summary lines, on a tiny gold corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport.cli.main import main
from rapport.evaluation import runner
from rapport.pipeline.types import ExtractionResult, MeetingRecord, Place, RawDocument, SourceInfo

GOLD_MEETING = {
    "event_key": "AM-EU-14",
    "parties": ["AM", "EU"],
    "round": 14,
    "date": "2025-02-17",
    "place": {"city": "Brussels", "country": "BE"},
    "chairs": [],
    "themes": ["torture"],
    "next_meeting": None,
}


def _process(document: RawDocument) -> ExtractionResult:
    """Finds the meeting in article 001 with a wrong city, and nothing elsewhere."""
    text = document.text or ""
    meetings = ()
    if "round" in text:
        meetings = (
            MeetingRecord(
                parties=("AM", "EU"),
                round=14,
                date="2025-02-17",
                place=Place("Yerevan", "AM"),
                themes=("torture",),
            ),
        )
    source = SourceInfo(None, document.published, document.outlet, "en", len(text))
    return ExtractionResult(source=source, text=text, meetings=meetings, id=document.id)


@pytest.fixture
def gold_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles, one reporting a meeting, one negative; the stand-in extractor."""
    articles = {"001": ("The 14th round took place.", [GOLD_MEETING]), "002": ("A statement.", [])}
    for article_id, (text, meetings) in articles.items():
        data = {
            "id": article_id,
            "text": text,
            "published": "2025-02-18",
            "gold": {"meetings": meetings},
        }
        (tmp_path / f"{article_id}.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    monkeypatch.setattr(runner, "default_process", lambda: _process)
    return tmp_path


def test_eval_prints_table_and_summary_lines(
    gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(gold_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "articles: 2"
    city = next(line for line in lines if line.startswith("city "))
    assert city.split()[1:] == ["0.000", "0.000", "0.000", "0", "1", "1"]
    # 4 TP (parties, round, date, torture), city FP + FN: F1 = 8 / 10.
    assert lines[-2:] == ["overall field F1: 0.800", "meeting detection F1: 1.000"]


def test_eval_show_errors_lists_mismatches(
    gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(gold_dir), "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert "== 001" in out
    assert "city       predicted='Yerevan' gold='Brussels'" in out


def test_eval_json(gold_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(gold_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 2
    assert data["overall"]["f1"] == pytest.approx(0.8)
    assert data["detection"]["tp"] == 1


def test_eval_unreadable_gold_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path)]) == 2
    assert "no *.json gold files" in capsys.readouterr().err


def test_eval_merge_reports_bcubed_and_negatives_in_meetings(
    gold_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.cli import cmd_eval

    negative = {"id": "003", "text": "Looking back at the round.", "gold": {"meetings": []}}
    (gold_dir / "003.json").write_text(json.dumps(negative), encoding="utf-8")
    # A merge that puts every record into one meeting: 001's record with 003's spurious one.
    monkeypatch.setattr(
        cmd_eval,
        "load_clusterer",
        lambda: lambda results: [[(str(r.id), i) for r in results for i in range(len(r.meetings))]],
    )
    assert main(["eval", str(gold_dir), "--merge"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # Items: 001#0 (AM-EU-14) and 003#0 (unaligned): precision 1/2 each, recall 1 each.
    assert "B-cubed F1: 0.667" in lines
    assert "negative articles merged into real meetings: 1 (003)" in lines
    assert lines[-2].startswith("overall field F1: ")


def test_eval_merge_with_the_real_merge(gold_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(gold_dir), "--merge"]) == 0
    out = capsys.readouterr().out
    assert "B-cubed F1: 1.000" in out
    assert "negative articles merged into real meetings: 0" in out


def test_eval_by_series_prints_each_series_and_the_macro_average(
    gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(gold_dir), "--by-series"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "by series:"
    # AM-EU-14 has no date in its key: the series is its parties (no mechanism given).
    row = next(line for line in lines if line.startswith("AM-EU "))
    assert row.split()[1:8] == ["1", "1.000", "1.000", "1.000", "0.800", "0.800", "0.800"]
    negatives = next(line for line in lines if line.startswith("(negatives)"))
    assert "spurious meetings: 0" in negatives
    assert any(line.startswith("macro-average over 1 series:") for line in lines)
    assert lines[-2:] == ["overall field F1: 0.800", "meeting detection F1: 1.000"]


def test_eval_loso_reports_each_series_with_and_without_its_own_rules(
    gold_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.evaluation import isolated

    seen: list[list[str]] = []

    def extract(documents: list[RawDocument], directory: Path) -> list[tuple[tuple[()], None]]:
        # Without its own rules ('took place' fires in 001 alone) nothing is found.
        seen.append([str(document.id) for document in documents])
        assert directory.is_dir()
        return [((), None) for _ in documents]

    monkeypatch.setattr(isolated, "extract_with_resources", extract)
    assert main(["eval", str(gold_dir), "--loso", "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert seen == [["001"]]
    row = next(line for line in out.splitlines() if line.startswith("AM-EU "))
    fields = row.split()
    assert fields[3:6] == ["0.800", "0.000", "+0.800"]
    assert fields[6:9] == ["1.000", "0.000", "+1.000"]
    assert "took place" in out
    assert "series that drop: 1" in out
    negatives = next(line for line in out.splitlines() if line.startswith("(negatives)"))
    assert "spurious meetings: 0 with every rule, 0 without their own rules" in negatives


def test_eval_json_with_series_and_loso(
    gold_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.evaluation import isolated

    monkeypatch.setattr(
        isolated, "extract_with_resources", lambda docs, _: [((), None) for _ in docs]
    )
    assert main(["eval", str(gold_dir), "--json", "--by-series", "--loso"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {row["series"]: row for row in data["series"]["series"]}
    assert rows["AM-EU"]["articles"] == ["001"]
    assert rows["AM-EU"]["overall"]["f1"] == pytest.approx(0.8)
    assert data["series"]["macro_average"]["series"] == 1
    loso = {row["series"]: row for row in data["loso"]}
    assert loso["AM-EU"]["field_f1_without_own_rules"] == 0.0
    assert any("took place" in rule for rule in loso["AM-EU"]["own_rules"])
