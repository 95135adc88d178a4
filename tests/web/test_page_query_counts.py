"""Every page costs a bounded number of queries, the same with three times the rows.

The routes are read from the URL resolver, so a new page without an entry in ``PAGES`` (or in
``ACTIONS``, the views that only take a POST) fails ``test_query_counts_every_page_has_a_budget``.
Each page is fetched on a tracker grown to scale 1 and again at scale 3 (three times the
dialogues, rounds per dialogue, reports per round, people, promises, corrections and changes):
its count must stay under the budget, and must not grow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from page_factories import make_user

from growing_tracker import Measure, counted, grown_counts

ANON, EDITOR = "anonymous", "editor"


@dataclass(frozen=True)
class Page:
    """How to fetch one route: its URL arguments, query string, who may read it, its query budget."""

    budget: int
    """Most queries the page may take (a signed-in reader's session and roles included)."""
    kwargs: Callable[[dict[str, Any]], dict[str, Any]] = lambda ids: {}
    query: dict[str, str] = field(default_factory=dict)
    who: tuple[str, ...] = (ANON, EDITOR)


# Route name → how its page is measured. The ``kwargs`` read the records of ``first_ids``.
PAGES: dict[str, list[Page]] = {
    "home": [Page(13)],
    "history": [Page(9, lambda ids, kind=kind: {"kind": kind, "pk": ids[kind]}, who=(EDITOR,))
                for kind in ("meeting", "dialogue", "person", "promise", "source")],
    "changes": [Page(10, who=(EDITOR,)), Page(8, query={"kind": "meeting"}, who=(EDITOR,))],
    "followup:list": [Page(9), Page(9, query={"status": "superseded", "country": "KZ"})],
    "accounts:login": [Page(2, who=(ANON,))],
    "dialogues:list": [Page(9), Page(9, query={"party": "EU", "theme": "torture", "activity": "dormant"})],
    "dialogues:detail": [Page(13, lambda ids: {"pk": ids["dialogue"]})],
    "dialogues:meeting": [Page(16, lambda ids: {"pk": ids["meeting"]})],
    "dialogues:countries": [Page(6)],
    "dialogues:country": [Page(8, lambda ids: {"code": "KZ"})],
    "dialogues:themes": [Page(7)],
    "dialogues:theme": [Page(9, lambda ids: {"theme": "media_freedom"})],
    "sources:add": [Page(5, who=(EDITOR,))],
    "sources:detail": [Page(7, lambda ids: {"pk": ids["source"]})],
    "people:list": [Page(7), Page(7, query={"q": "Nurmatov"})],
    "people:detail": [Page(10, lambda ids: {"pk": ids["person"]})],
    "review:queue": [Page(17, who=(EDITOR,))],
    "review:count": [Page(8, who=(EDITOR,))],
    # Full text on PostgreSQL takes four queries more than SQLite's FTS5.
    "search:search": [Page(6), Page(18, query={"q": "human rights dialogue"}),
                      Page(16, query={"q": "Dauletov", "party": "KZ", "year": "2006"})],
}
# Routes that only take a POST (a GET is refused), so there is no page to measure.
ACTIONS = {
    "accounts:logout", "dialogues:meeting_correct", "dialogues:meeting_chair", "dialogues:meeting_merge",
    "dialogues:meeting_split", "dialogues:meeting_review", "people:rename", "people:merge",
    "review:place", "review:dismiss",
}


def page_routes() -> Iterator[str]:
    """The name of every route outside the API, with its namespace, read from the URL resolver."""
    from django.urls import URLResolver, get_resolver

    def walk(patterns: list[Any], namespace: str, prefix: str) -> Iterator[str]:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if route.startswith("api/"):
                continue  # the API's routes have their own budgets (tests/api/test_api_query_counts.py)
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner, route)
            else:
                yield f"{namespace}{pattern.name}"

    yield from walk(get_resolver().url_patterns, "", "")


def test_query_counts_every_page_has_a_budget() -> None:
    """A route added without a budget (or a budget left for a route that went) fails here."""
    routes = set(page_routes())
    assert routes - set(PAGES) - ACTIONS == set(), "give these pages a query budget in PAGES"
    assert (set(PAGES) | ACTIONS) - routes == set(), "these budgets name routes that no longer exist"


def _measure(clients: dict[str, Any], assert_max: Any) -> Measure:
    """Fetch every page as each reader: the queries each took, under its budget."""
    from django.urls import reverse

    def measure(ids: dict[str, Any], warm: bool) -> dict[Any, int]:
        counts = {}
        for name, pages in PAGES.items():
            for index, page in enumerate(pages):
                url = reverse(name, kwargs=page.kwargs(ids))
                for who in page.who:
                    client = clients[who]
                    counts[(name, index, who)] = counted(
                        assert_max, page.budget, f"{who} GET {url} {page.query}",
                        lambda client=client, url=url, page=page: client.get(url, page.query), warm=warm)[1]
        return counts

    return measure


def test_query_counts_pages_do_not_grow_with_rows(db: None, client: Any, django_assert_max_num_queries: Any) -> None:
    """Each page's queries stay under its budget and are no more at scale 3 than at scale 1."""
    from django.test import Client

    editor = Client()
    editor.force_login(make_user("editor", name="qc-editor"))
    counts = grown_counts(_measure({ANON: client, EDITOR: editor}, django_assert_max_num_queries))
    grown = {key: (n, n3) for key, (n, n3) in counts.items() if n3 > n}
    assert grown == {}, "these pages run more queries when there are more rows (n → 3n)"
