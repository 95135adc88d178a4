"""Every command is listed by ``rapport --help`` with an example, and documented in the README."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rapport.cli.main import COMMANDS, _command_module, build_parser

README = Path(__file__).resolve().parents[1] / "README.md"
AVAILABLE = [name for name in COMMANDS if _command_module(name) is not None]


def test_cli_help_lists_every_available_command_with_example() -> None:
    text = build_parser().format_help()
    for name in AVAILABLE:
        module = _command_module(name)
        assert module is not None
        assert f"  {name} " in text
        assert "rapport " in module.EXAMPLE
        assert module.EXAMPLE in text


@pytest.mark.parametrize("name", AVAILABLE)
def test_cli_command_documented_in_readme(name: str) -> None:
    assert f"rapport {name}" in README.read_text(encoding="utf-8") or f"`{name}`" in README.read_text(
        encoding="utf-8"
    ), f"README.md does not document `rapport {name}`"


def test_cli_version_prints_package_version() -> None:
    from rapport import __version__

    result = subprocess.run(
        [sys.executable, "-m", "rapport.cli.main", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"rapport {__version__}"
