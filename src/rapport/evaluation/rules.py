"""The extractor's rules as units that can be counted per article and switched off one by one.

A rule is the smallest piece of a resource file that stands alone: one top-level alternative
of a ``.tsv`` line's pattern (its last column: ``held	\\b(met|convened)\\b`` holds two rules),
one word of a ``.txt`` word list (``titles.txt``), or one whole line of ``clutter.tsv``. A rule
*fires* in an article when it matches the article's text — a superset of the rules the
extractor's decisions used there. The gazetteers (``countries.tsv``, ``cities.tsv``) are
knowledge of the world, not rules written for a series, and are left out.

:func:`write_filtered` copies a resource tree with some rules removed, for an extractor built
from that copy (:mod:`rapport.evaluation.isolated`).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import util
from pathlib import Path

RESOURCE_PACKAGE = "rapport.pipeline.resources"
GAZETTEERS = frozenset({"countries.tsv", "cities.tsv"})
"""Resource files that are lists of names of the world, never switched off."""

_WHOLE_LINE = frozenset({"clutter.tsv"})
"""Files whose every line is one rule matched against a whole line of the text."""

_WRAPPED = re.compile(r"\\b\((.*)\)\\b")


@dataclass(frozen=True, order=True)
class Rule:
    """One rule: its file (relative to the resource root), line number, part index and text."""

    file: str
    line: int
    part: int
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}[{self.part}] {self.text}"


def resource_root() -> Path:
    """The directory of the extractor's resource files."""
    spec = util.find_spec(RESOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"{RESOURCE_PACKAGE} is not a directory of resource files")
    return Path(next(iter(spec.submodule_search_locations)))


def load_rules(root: Path | None = None) -> list[Rule]:
    """Every rule of every resource file under ``root`` (the gazetteers excepted)."""
    root = root or resource_root()
    rules: list[Rule] = []
    for path in _rule_files(root):
        relative = path.relative_to(root).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                rules.extend(
                    Rule(relative, number, part, text)
                    for part, text in enumerate(_parts(path.name, line))
                )
    return rules


def rule_fires(rule: Rule, text: str) -> bool:
    """Whether ``rule`` matches somewhere in ``text``."""
    pattern = _compiled(rule)
    if Path(rule.file).name in _WHOLE_LINE:
        return any(pattern.fullmatch(line.strip()) for line in text.splitlines())
    return pattern.search(text) is not None


def firing(rules: Iterable[Rule], texts: Mapping[str, str]) -> dict[Rule, frozenset[str]]:
    """For each rule, the ids of the texts (article id → text) it fires in."""
    return {
        rule: frozenset(key for key, text in texts.items() if rule_fires(rule, text))
        for rule in rules
    }


def rules_only_in(fired: Mapping[Rule, frozenset[str]], articles: Collection[str]) -> list[Rule]:
    """The rules that fire in some of ``articles`` and in no other article."""
    chosen = set(articles)
    return sorted(rule for rule, where in fired.items() if where and where <= chosen)


def write_filtered(root: Path, destination: Path, disabled: Collection[Rule]) -> None:
    """Copy the resource tree at ``root`` to ``destination`` without the ``disabled`` rules."""
    shutil.copytree(root, destination, dirs_exist_ok=True)
    by_file: dict[str, set[tuple[int, int]]] = {}
    for rule in disabled:
        by_file.setdefault(rule.file, set()).add((rule.line, rule.part))
    for relative, off in by_file.items():
        path = destination / relative
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [
            rebuilt
            for number, line in enumerate(lines, 1)
            if (rebuilt := _without(path.name, line, {p for n, p in off if n == number}))
            is not None
        ]
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def _rule_files(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*")
        if path.suffix in (".tsv", ".txt") and path.name not in GAZETTEERS
    )


def _parts(file_name: str, line: str) -> list[str]:
    """The rules of one line of a file."""
    if file_name in _WHOLE_LINE:
        return [line.strip()]
    if file_name.endswith(".txt"):
        return line.split()
    _, alternatives = _pattern(line)
    return alternatives


def _pattern(line: str) -> tuple[str, list[str]]:
    """A ``.tsv`` line's columns before its pattern, and the pattern's top-level alternatives."""
    head, _, pattern = line.rpartition("\t")
    wrapped = _WRAPPED.fullmatch(pattern)
    body = wrapped.group(1) if wrapped and _balanced(wrapped.group(1)) else pattern
    return head, _top_level(body)


def _without(file_name: str, line: str, parts: set[int]) -> str | None:
    """``line`` without the rules numbered ``parts`` (None when nothing is left of it)."""
    if not parts:
        return line
    if file_name in _WHOLE_LINE:
        return None
    if file_name.endswith(".txt"):
        words = [word for i, word in enumerate(line.split()) if i not in parts]
        return " ".join(words) if words else None
    head, alternatives = _pattern(line)
    kept = [alt for i, alt in enumerate(alternatives) if i not in parts]
    if not kept:
        return None
    body = "|".join(kept)
    pattern = line.rpartition("\t")[2]
    wrapped = _WRAPPED.fullmatch(pattern)
    if wrapped and _balanced(wrapped.group(1)):
        body = rf"\b({body})\b"
    return f"{head}\t{body}" if head else body


@lru_cache(maxsize=4096)
def _compiled(rule: Rule) -> re.Pattern[str]:
    """The rule as a pattern: whole words, case-insensitive except for word lists."""
    name = Path(rule.file).name
    if name in _WHOLE_LINE:
        return re.compile(rule.text, re.IGNORECASE)
    if name.endswith(".txt"):
        return re.compile(rf"(?<![\w]){re.escape(rule.text)}(?![\w])")
    try:
        return re.compile(rf"(?<![\w])(?:{rule.text})(?![\w])", re.IGNORECASE)
    except re.error:
        # An alternative that refers to a group of the whole line cannot stand alone.
        return re.compile(re.escape(rule.text), re.IGNORECASE)


_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]])*\]|[()|]|[^\\\[()|]+|.", re.DOTALL)
"""A pattern's tokens: an escape, a character class, a parenthesis, a bar, or plain text."""


def _balanced(body: str) -> bool:
    """Whether the parentheses of ``body`` (outside escapes and classes) close in order."""
    depth = 0
    for token in _TOKEN.findall(body):
        depth += (token == "(") - (token == ")")
        if depth < 0:
            return False
    return depth == 0


def _top_level(body: str) -> list[str]:
    """The ``|``-separated parts of a pattern that lie outside every group."""
    parts, depth = [""], 0
    for token in _TOKEN.findall(body):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            parts.append("")
        else:
            parts[-1] += token
    return parts
