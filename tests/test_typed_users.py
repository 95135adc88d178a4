"""Who is asking is typed everywhere in the web layer: no ``user: Any`` (issue 17).

mypy checks the web layer strictly (``make typecheck``), but ``Any`` passes any check; an
argument named ``user`` is a ``Visitor`` (a signed-in ``User`` or the anonymous visitor) or a
``User``, so that a read cannot be handed something that is neither.
"""

from __future__ import annotations

import ast
from pathlib import Path

WEB = Path(__file__).resolve().parents[1] / "src" / "rapport" / "web"


def _untyped_users(source: str) -> list[int]:
    """The lines where an argument named ``user`` is annotated ``Any`` (or not at all)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
                if argument.arg == "user" and (argument.annotation is None or ast.unparse(argument.annotation) == "Any"):
                    lines.append(argument.lineno)
    return lines


def test_typed_users_no_user_is_any() -> None:
    found = [
        f"{path.relative_to(WEB)}:{line}"
        for path in sorted(WEB.rglob("*.py"))
        if "migrations" not in path.parts
        for line in _untyped_users(path.read_text(encoding="utf-8"))
    ]
    assert not found, "type these users as Visitor (or User):\n" + "\n".join(found)


def test_typed_users_the_check_sees_an_untyped_user() -> None:
    source = "from typing import Any\ndef a(user: Any) -> None: ...\ndef b(*, user) -> None: ...\ndef c(user: int) -> None: ...\n"
    assert _untyped_users(source) == [2, 3]
