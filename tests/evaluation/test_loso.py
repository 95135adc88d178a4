"""Leave-one-series-out: a series is scored again without the rules that fire only in it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from rapport.evaluation.gold import GoldArticle
from rapport.evaluation.isolated import extract_with_resources
from rapport.evaluation.loso import leave_one_series_out, rules_per_series
from rapport.evaluation.rules import firing, load_rules, resource_root, write_filtered
from rapport.evaluation.runner import run_extraction
from rapport.pipeline.process import process_document
from rapport.pipeline.types import ExtractionResult, MeetingRecord, RawDocument, SourceInfo

THEMES = "torture\ttorture|ill-treatment\nmedia_freedom\tjournalists?|press freedom\n"
PARTIES = {"Kyrgyzstan": ("EU", "KG"), "Tajikistan": ("EU", "TJ")}


def _rule_driven(documents: Sequence[RawDocument], directory: Path) -> list[Any]:
    """A stand-in extractor whose themes come from the theme lines of ``directory``."""
    lines = (directory / "themes.tsv").read_text(encoding="utf-8").splitlines()
    patterns = [line.split("\t") for line in lines if line.strip()]
    outputs = []
    for document in documents:
        text = document.text or ""
        parties = next((p for name, p in PARTIES.items() if name in text), ())
        themes = tuple(
            sorted({theme for theme, pattern in patterns if re.search(pattern, text, re.I)})
        )
        outputs.append(((MeetingRecord(parties=parties, themes=themes),), None))
    return outputs


def _gold(parties: list[str], themes: list[str]) -> dict[str, Any]:
    return {
        "event_key": f"{'-'.join(parties)}-HRD-2025",
        "mechanism": "Human Rights Dialogue",
        "parties": parties,
        "round": None,
        "date": None,
        "place": None,
        "chairs": [],
        "themes": themes,
        "next_meeting": None,
    }


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[list[GoldArticle], Path]:
    """KG articles that alone speak of torture; TJ and KG articles both speak of journalists."""
    root = tmp_path / "resources"
    root.mkdir()
    (root / "themes.tsv").write_text(THEMES, encoding="utf-8")
    texts = {
        "001": ("Kyrgyzstan: torture and journalists were discussed.", ["EU", "KG"]),
        "002": ("Kyrgyzstan: ill-treatment in custody was raised.", ["EU", "KG"]),
        "003": ("Tajikistan: journalists were discussed.", ["EU", "TJ"]),
    }
    articles = []
    for article_id, (text, parties) in texts.items():
        themes = ["media_freedom"] if "journalists" in text else []
        themes = (["torture"] if article_id != "003" else []) + themes
        meeting = _gold(parties, themes)
        articles.append(GoldArticle(article_id, f"{article_id}.json", text, (meeting,)))
    return articles, root


def _stand_in(root: Path) -> Any:
    def process(document: RawDocument) -> ExtractionResult:
        ((meetings, _),) = _rule_driven([document], root)
        source = SourceInfo(None, None, None, "en", len(document.text or ""))
        return ExtractionResult(source=source, text=document.text or "", meetings=meetings)

    return process


def test_rules_per_series_are_those_firing_in_no_other_series(
    corpus: tuple[list[GoldArticle], Path],
) -> None:
    articles, root = corpus
    run = run_extraction(articles, _stand_in(root))
    per_series = rules_per_series(run, root)
    assert per_series["EU-KG-HRD"][0] == ["001", "002"]
    assert sorted(rule.text for rule in per_series["EU-KG-HRD"][1]) == ["ill-treatment", "torture"]
    assert per_series["EU-TJ-HRD"][1] == []


def test_a_series_held_up_by_its_own_rules_drops(
    corpus: tuple[list[GoldArticle], Path],
) -> None:
    articles, root = corpus
    run = run_extraction(articles, _stand_in(root))
    calls: list[list[str]] = []

    def extract(documents: Sequence[RawDocument], directory: Path) -> list[Any]:
        calls.append([str(document.id) for document in documents])
        return _rule_driven(documents, directory)

    drops = {drop.key: drop for drop in leave_one_series_out(run, root, extract)}
    kg, tj = drops["EU-KG-HRD"], drops["EU-TJ-HRD"]
    # Only KG has rules of its own, so only KG is extracted again, on its own articles.
    assert calls == [["001", "002"]]
    assert kg.full.overall.f1 == pytest.approx(1.0)
    # Without its torture rules KG keeps parties ×2 and media_freedom: 3 TP, 2 FN.
    assert kg.held_out.overall.f1 == pytest.approx(6 / 8)
    assert kg.field_drop == pytest.approx(0.25)
    assert kg.detection_drop == pytest.approx(0.0)
    assert tj.own_rules == ()
    assert tj.field_drop == 0.0
    assert list(drops) == ["EU-KG-HRD", "EU-TJ-HRD"]


TEXT = (
    "The European Union and Kazakhstan held their 14th Human Rights Dialogue in Astana on "
    "5 May 2024. The two sides discussed the rule of law and the prevention of torture."
)


def test_isolated_extractor_reads_the_copy_it_is_given(tmp_path: Path) -> None:
    document = RawDocument(origin="test", id="t", text=TEXT, published="2024-05-06")
    in_process = process_document(document).meetings
    assert "rule_of_law" in in_process[0].themes

    same = tmp_path / "same"
    write_filtered(resource_root(), same, [])
    ((meetings, error),) = extract_with_resources([document], same)
    assert error is None
    assert meetings == in_process

    fired = firing(load_rules(), {"t": TEXT})
    rule_of_law = [
        rule
        for rule, where in fired.items()
        if where and "theme" in rule.file and _line(rule).startswith("rule_of_law\t")
    ]
    assert rule_of_law
    without = tmp_path / "without"
    write_filtered(resource_root(), without, rule_of_law)
    ((meetings, error),) = extract_with_resources([document], without)
    assert error is None
    assert "rule_of_law" not in meetings[0].themes
    assert "torture" in meetings[0].themes


def _line(rule: Any) -> str:
    path = resource_root() / rule.file
    return str(path.read_text(encoding="utf-8").splitlines()[rule.line - 1])


def test_negatives_are_listed_last_with_their_spurious_meetings(
    corpus: tuple[list[GoldArticle], Path],
) -> None:
    articles, root = corpus
    # A negative article that alone speaks of press freedom: without that rule it is quiet.
    negative = GoldArticle("004", "004.json", "Kyrgyzstan: press freedom day.", ())
    run = run_extraction([*articles, negative], _stand_in(root))
    drops = leave_one_series_out(run, root, _rule_driven)
    assert [drop.key for drop in drops][-1] == "(negatives)"
    last = drops[-1]
    assert [rule.text for rule in last.own_rules] == ["press freedom"]
    assert last.full.detection.fp == 1
    assert last.held_out.detection.fp == 1
    assert last.held_out.fields["themes"].fp == 0
