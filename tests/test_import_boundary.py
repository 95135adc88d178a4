"""The pipeline is pure: it never imports Django or the web layer (see docs/ARCHITECTURE.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import rapport.pipeline

PIPELINE_DIR = Path(rapport.pipeline.__file__).resolve().parent
FORBIDDEN = ("django", "rapport.web", "rapport.cli", "rapport.ingest")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_pipeline_sources_import_no_django_or_web_layer() -> None:
    offenders = {
        f"{path.relative_to(PIPELINE_DIR)}: {name}"
        for path in PIPELINE_DIR.rglob("*.py")
        for name in _imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not offenders, f"pipeline modules import outside their layer: {sorted(offenders)}"


def test_pipeline_import_leaves_django_unloaded() -> None:
    modules = sorted(
        "rapport.pipeline." + ".".join(p.relative_to(PIPELINE_DIR).with_suffix("").parts)
        for p in PIPELINE_DIR.rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "assert 'django' not in sys.modules, 'django was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
