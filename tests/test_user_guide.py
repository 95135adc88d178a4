"""The user guide (docs/guide/) shows only commands that exist: each `rapport` line's
sub-command and every flag it uses are known to the command's parser, and the parser accepts
the line as written (without running it)."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from rapport.cli.main import build_parser

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide"
BLOCK = re.compile(r"```sh\n(.*?)```", re.DOTALL)
ENV = re.compile(r"^[A-Z_]+=\S+$")


def guide_commands() -> list[tuple[str, str]]:
    """(page, command line) of every `rapport` command in a shell block of the guide."""
    found = []
    for page in sorted(GUIDE.glob("*.md")):
        for block in BLOCK.findall(page.read_text(encoding="utf-8")):
            for line in block.splitlines():
                for part in re.split(r"\s*(?:\|\||&&|\|)\s*", line.split("  #")[0]):
                    words = shlex.split(part)
                    while words and ENV.match(words[0]):
                        words.pop(0)  # VAR=value before the command
                    if words and words[0] == "rapport":
                        found.append((page.name, " ".join(shlex.quote(w) for w in words)))
    return found


COMMANDS = guide_commands()


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps sub-commands only here
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


@pytest.mark.pure
def test_guide_has_pages_for_analysts_and_operators() -> None:
    analysts = (GUIDE / "analysts.md").read_text(encoding="utf-8")
    operators = (GUIDE / "operators.md").read_text(encoding="utf-8")
    for heading in ("## Review", "## Correction", "## Follow-up", "## Briefing"):
        assert heading in analysts
    for heading in ("## PostgreSQL", "## Backups: dump and load", "## Ingest on Dask", "## Upgrades"):
        assert heading in operators
    assert len(COMMANDS) >= 15


@pytest.mark.pure
@pytest.mark.parametrize(("page", "line"), COMMANDS, ids=[f"{p}:{c[:60]}" for p, c in COMMANDS])
def test_guide_command_exists_with_its_flags(page: str, line: str) -> None:
    words = shlex.split(line)[1:]
    parser = build_parser()
    # Each flag must be one the (sub-)command declares: check word by word, walking sub-commands.
    current, known = parser, set(parser._option_string_actions)
    for word in words:
        commands = _subparsers(current)
        if word in commands:
            current = commands[word]
            known = set(current._option_string_actions)
        elif word.startswith("-"):
            flag = word.split("=", 1)[0]
            assert flag in known, f"{page}: `{line}` uses {flag}, which `rapport` does not know here"
    assert current is not parser, f"{page}: `{line}` names no sub-command"
    # The whole line parses as the command would parse it.
    try:
        parser.parse_args(words)
    except SystemExit as stop:
        pytest.fail(f"{page}: `{line}` is refused by the command's parser ({stop.code})")
