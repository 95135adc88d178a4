"""Views and API endpoints read through selectors: none touches a model's manager itself.

Every ``views.py``, ``meeting_views.py`` and ``api/routers/*.py`` is parsed with ``ast``. A door
that writes ``Model.objects`` (or ``_default_manager``) reads or writes inline, where the page and
the API drift apart; one that calls a visibility queryset (``visible_meetings`` and the like)
builds its own read. Both belong in the app's ``selectors.py`` or ``services.py``. A
``get_object_or_404`` takes a selector's queryset, or a model and its ``pk`` alone (a by-number
lookup of an editor's action); any other condition is a read of its own.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.pure

WEB = Path(__file__).resolve().parents[2] / "src" / "rapport" / "web"
DOORS = sorted([*WEB.glob("*/views.py"), *WEB.glob("*/meeting_views.py"), *(WEB / "api" / "routers").glob("*.py")])
MANAGERS = {"objects", "_default_manager"}
VISIBILITY = {"visible_meetings", "visible_mechanisms", "visible_sources", "meeting_filter_for"}

# (file relative to src/rapport/web, line text) of inline reads that stay, each with its reason.
# None is left: every read has a selector. Add one here only with a comment saying why.
ALLOWED: set[tuple[str, str]] = set()


def _called_name(node: ast.Call) -> str:
    """The name a call is made by: ``f`` for ``f(...)`` and ``m.f(...)``."""
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def inline_reads(source: str) -> list[tuple[int, str]]:
    """(line, what) for each manager use, visibility call or conditional lookup in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in MANAGERS:
            found.append((node.lineno, f".{node.attr}"))
        elif isinstance(node, ast.Call) and _called_name(node) in VISIBILITY:
            found.append((node.lineno, _called_name(node)))
        elif isinstance(node, ast.Call) and _called_name(node) == "get_object_or_404":
            model_by_pk = (isinstance(node.args[0], ast.Name) and len(node.args) == 1
                           and [k.arg for k in node.keywords] == ["pk"])
            if not (model_by_pk or isinstance(node.args[0], ast.Call)):
                found.append((node.lineno, "get_object_or_404 with conditions"))
    return found


def test_the_doors_are_found() -> None:
    names = {str(p.relative_to(WEB)) for p in DOORS}
    assert {"people/views.py", "dialogues/meeting_views.py", "api/routers/people.py", "core/views.py"} <= names


def test_no_door_reads_inline() -> None:
    problems = []
    for path in DOORS:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        name = str(path.relative_to(WEB))
        for line, what in inline_reads(text):
            if (name, lines[line - 1].strip()) not in ALLOWED:
                problems.append(f"{name}:{line} {what}: {lines[line - 1].strip()}")
    assert not problems, "reads belong in selectors.py, writes in services.py:\n" + "\n".join(problems)


@pytest.mark.parametrize(("code", "expected"), [
    ("x = Person.objects.filter(pk=1).first()", [(1, ".objects")]),
    ("Suggestion.objects.filter(pk=pk).delete()", [(1, ".objects")]),
    ("y = Source._default_manager.in_bulk([1])", [(1, "._default_manager")]),
    ("m = visible_meetings(user).filter(pk=3)", [(1, "visible_meetings")]),
    ("q = visibility.meeting_filter_for(user, 'meeting__')", [(1, "meeting_filter_for")]),
    ("r = get_object_or_404(Report, pk=pk, meeting__isnull=True)", [(1, "get_object_or_404 with conditions")]),
    ("p = get_object_or_404(Party, code=code)", [(1, "get_object_or_404 with conditions")]),
    ("p = get_object_or_404(Person, pk=pk)", []),
    ("s = get_object_or_404(selectors.source_visible(user=u, source_id=pk))", []),
    ("p = selectors.person_visible(user=u, person_id=pk)", []),
])
def test_what_counts_as_an_inline_read(code: str, expected: list[tuple[int, str]]) -> None:
    assert inline_reads(code) == expected
