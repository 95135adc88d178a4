"""The extractor's resource files as rules: split, matched against texts, and switched off."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport.evaluation.rules import (
    Rule,
    firing,
    load_rules,
    resource_root,
    rule_fires,
    rules_only_in,
    write_filtered,
)

CUES = "# family\tpattern\nheld\t\\b(met|convened|sat down)\\b\nfuture\t\\b(will|shall) (be )?held\\b\n"
THEMES = "torture\ttorture|ill-treatment\nmedia_freedom\tpress freedom|journalists?\n"
TITLES = "# words\nMinister Deputy\nAmbassador\n"
CLUTTER = "share on (facebook|x)\nskip to (main )?content\n"
COUNTRIES = "KZ\tKazakhstan|Kazakh\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A small resource tree in the formats of the extractor's own files."""
    files = {
        "cues.tsv": CUES,
        "themes.tsv": THEMES,
        "titles.txt": TITLES,
        "clutter.tsv": CLUTTER,
        "countries.tsv": COUNTRIES,
    }
    directory = tmp_path / "resources"
    directory.mkdir()
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def _texts(rules: list[Rule]) -> list[tuple[str, int, str]]:
    return [(rule.file, rule.line, rule.text) for rule in rules]


def test_rules_are_alternatives_words_and_whole_clutter_lines(root: Path) -> None:
    rules = _texts(load_rules(root))
    assert ("cues.tsv", 2, "met") in rules
    assert ("cues.tsv", 2, "sat down") in rules
    # A line without top-level alternatives is one rule.
    assert ("cues.tsv", 3, "\\b(will|shall) (be )?held\\b") in rules
    assert ("themes.tsv", 1, "ill-treatment") in rules
    assert ("titles.txt", 2, "Deputy") in rules
    assert ("clutter.tsv", 2, "skip to (main )?content") in rules
    # Gazetteers are world knowledge, not rules; comments are not rules.
    assert not [rule for rule in rules if rule[0] == "countries.tsv"]
    assert len(rules) == 3 + 1 + 4 + 3 + 2


def test_alternatives_inside_groups_classes_and_escapes_are_not_split(tmp_path: Path) -> None:
    (tmp_path / "cues.tsv").write_text("x\ta\\|b|c[|]d|(e|f) g\n", encoding="utf-8")
    assert [rule.text for rule in load_rules(tmp_path)] == ["a\\|b", "c[|]d", "(e|f) g"]


def test_rule_fires_as_whole_words_and_by_file_kind(root: Path) -> None:
    rules = {(rule.file, rule.text): rule for rule in load_rules(root)}
    assert rule_fires(rules["cues.tsv", "met"], "The delegations MET in Astana.")
    assert not rule_fires(rules["cues.tsv", "met"], "a metro line")
    assert rule_fires(rules["themes.tsv", "journalists?"], "jailed journalists")
    # Title words are capitalised proper words: matched case-sensitively.
    assert rule_fires(rules["titles.txt", "Deputy"], "Deputy Minister Aliyev")
    assert not rule_fires(rules["titles.txt", "Deputy"], "the deputy head")
    # Clutter rules match a whole line of the text, not a part of a sentence.
    skip = rules["clutter.tsv", "skip to (main )?content"]
    assert rule_fires(skip, "Menu\n  Skip to main content  \nText")
    assert not rule_fires(skip, "We skip to content that matters.")


def test_rules_only_in_a_set_of_articles(root: Path) -> None:
    texts = {
        "a1": "The two sides met and discussed torture.",
        "a2": "They convened; torture and journalists were raised.",
        "b1": "The sides met. Press freedom and a journalist were raised.",
    }
    fired = firing(load_rules(root), texts)
    only_a = [rule.text for rule in rules_only_in(fired, ["a1", "a2"])]
    assert sorted(only_a) == ["convened", "torture"]
    only_b = [rule.text for rule in rules_only_in(fired, ["b1"])]
    assert only_b == ["press freedom"]
    # 'journalists?' fires in a2 and b1: in no one set alone.
    assert "journalists?" not in only_a + only_b


def test_write_filtered_removes_exactly_the_disabled_rules(root: Path, tmp_path: Path) -> None:
    rules = {(rule.file, rule.text): rule for rule in load_rules(root)}
    disabled = [
        rules["cues.tsv", "convened"],
        rules["themes.tsv", "torture"],
        rules["themes.tsv", "ill-treatment"],
        rules["titles.txt", "Minister"],
        rules["clutter.tsv", "share on (facebook|x)"],
    ]
    copy = tmp_path / "copy"
    write_filtered(root, copy, disabled)
    cues = (copy / "cues.tsv").read_text(encoding="utf-8").splitlines()
    assert cues[1] == "held\t\\b(met|sat down)\\b"
    assert cues[2] == "future\t\\b(will|shall) (be )?held\\b"
    assert (copy / "themes.tsv").read_text(encoding="utf-8").splitlines() == [
        "media_freedom\tpress freedom|journalists?"
    ]
    assert (copy / "titles.txt").read_text(encoding="utf-8").splitlines()[1:] == [
        "Deputy",
        "Ambassador",
    ]
    assert (copy / "clutter.tsv").read_text(encoding="utf-8") == "skip to (main )?content\n"
    assert (copy / "countries.tsv").read_text(encoding="utf-8") == COUNTRIES
    # The original is untouched, and the copy's rules are the others.
    assert (root / "cues.tsv").read_text(encoding="utf-8") == CUES
    remaining = {(r.file, r.text) for r in load_rules(copy)}
    assert remaining == {(r.file, r.text) for r in load_rules(root)} - {
        (r.file, r.text) for r in disabled
    }


def test_the_extractor_resources_load_as_rules() -> None:
    rules = load_rules(resource_root())
    files = {Path(rule.file).name for rule in rules}
    assert files.isdisjoint({"countries.tsv", "cities.tsv"})
    assert len(rules) > 100
