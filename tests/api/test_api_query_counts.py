"""Every API read costs a bounded number of queries, the same with three times the rows.

The GET operations are read from the API's OpenAPI document and the CSV shortcuts from the URL
pattern that serves them, so a new endpoint without an entry in ``READS`` fails
``test_query_counts_every_api_read_has_a_budget``. Each read is made on a tracker grown to scale 1
and again at scale 3 (see ``growing_tracker``), by an anonymous caller and by a viewer with a
token: its count must stay under the budget, and must not grow. Lists are read as JSON (a page)
and as CSV (every row), the exports the pages link to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from growing_tracker import Measure, counted, grown_counts

ANON, VIEWER = "anonymous", "viewer"


@dataclass(frozen=True)
class Read:
    """One GET: its path arguments, query string (``{dialogue}`` and the like: an id of ``first_ids``),
    who may make it, and its query budget."""

    budget: int
    """Most queries the read may take (a token's lookup included)."""
    path: Callable[[dict[str, Any]], dict[str, Any]] = lambda ids: {}
    query: dict[str, str] = field(default_factory=dict)
    who: tuple[str, ...] = (ANON, VIEWER)


CSV = {"format": "csv"}
# OpenAPI path → how it is read. The ``path`` arguments read the records of ``first_ids``.
READS: dict[str, list[Read]] = {
    "/api/dialogues": [Read(6), Read(6, query={"party": "EU", "theme": "torture", "limit": "2"}),
                       Read(5, query=CSV)],
    "/api/dialogues/{dialogue_id}": [Read(10, lambda ids: {"dialogue_id": ids["dialogue"]})],
    "/api/dialogues/{dialogue_id}/brief": [Read(15, lambda ids: {"dialogue_id": ids["dialogue"]},
                                                query={"format": "html"})],
    "/api/meetings": [Read(9), Read(9, query={"party": "KZ", "q": "Dauletov", "limit": "3"}),
                      Read(8, query=CSV)],
    "/api/meetings/{meeting_id}": [Read(15, lambda ids: {"meeting_id": ids["meeting"]})],
    "/api/people": [Read(7), Read(7, query={"q": "Erzhan"}), Read(6, query=CSV)],
    "/api/people/{person_id}": [Read(11, lambda ids: {"person_id": ids["person"]})],
    "/api/themes": [Read(4)],
    "/api/promises": [Read(5), Read(5, query={"party": "KZ", "theme": "torture"}), Read(4, query=CSV)],
    "/api/sources": [Read(6), Read(6, query={"dialogue": "{dialogue}", "outlet": "Digest"}), Read(5, query=CSV)],
    "/api/sources/{source_id}": [Read(6, lambda ids: {"source_id": ids["source"]})],
    # Full text on PostgreSQL takes four queries more than SQLite's FTS5.
    "/api/search": [Read(15, query={"q": "human rights dialogue"}),
                    Read(13, query={"q": "Nurmatov", "kind": "meeting"})],
    "/api/review": [Read(9, who=(VIEWER,))],
}
# GET operations with no rows to grow: a background ingest job lives in the server's memory.
NO_ROWS = {"/api/ingest/jobs/{job_id}"}


def api_reads() -> set[str]:
    """Every GET operation of the API (its OpenAPI path), and each ``/api/<list>.csv`` shortcut."""
    from rapport.web.api.api import api

    paths = {path for path, item in api.get_openapi_schema()["paths"].items() if "get" in item}
    return paths | {f"/api/{kind}.csv" for kind in csv_kinds()}


def csv_kinds() -> list[str]:
    """The lists ``/api/<kind>.csv`` serves, read from the URL pattern itself."""
    from rapport.web.api.urls import urlpatterns

    (pattern,) = [p for p in urlpatterns if getattr(p, "name", "") == "api-csv"]
    found = re.search(r"\(\?P<kind>([^)]*)\)", str(pattern.pattern))
    assert found is not None
    return found.group(1).split("|")


CSV_BUDGETS = {"dialogues": 5, "meetings": 8, "people": 6, "promises": 4, "sources": 5}
for _kind in csv_kinds():  # a shortcut with no budget here fails the first test
    if _kind in CSV_BUDGETS:
        READS[f"/api/{_kind}.csv"] = [Read(CSV_BUDGETS[_kind])]


def test_query_counts_every_api_read_has_a_budget(db: None) -> None:
    """An endpoint added without a budget (or a budget left for one that went) fails here."""
    reads = api_reads()
    assert reads - set(READS) - NO_ROWS == set(), "give these API reads a query budget in READS"
    assert (set(READS) | NO_ROWS) - reads == set(), "these budgets name API reads that no longer exist"


def _measure(callers: dict[str, Any], assert_max: Any) -> Measure:
    """Make every read as each caller: the queries each took, under its budget."""

    def measure(ids: dict[str, Any], warm: bool) -> dict[Any, int]:
        counts = {}
        for path, reads in READS.items():
            for index, read in enumerate(reads):
                url = path.format(**read.path(ids))
                query = {key: value.format(**ids) for key, value in read.query.items()}
                for who in read.who:
                    get = callers[who]
                    response, counts[(path, index, who)] = counted(
                        assert_max, read.budget, f"{who} GET {url} {query}",
                        lambda get=get, url=url, query=query: get(url, query), warm=warm)
                    # An empty list would not read what its rows link to: every list here has rows.
                    if response["Content-Type"].startswith("application/json"):
                        assert response.json().get("items", [1]), (who, url, "is empty")
        return counts

    return measure


def test_query_counts_api_reads_do_not_grow_with_rows(db: None, anon: Any, viewer: Any,
                                                      django_assert_max_num_queries: Any) -> None:
    """Each read's queries stay under its budget and are no more at scale 3 than at scale 1."""
    callers = {ANON: anon.get, VIEWER: lambda url, query: viewer.get(url, **query)}
    counts = grown_counts(_measure(callers, django_assert_max_num_queries))
    grown = {key: (n, n3) for key, (n, n3) in counts.items() if n3 > n}
    assert grown == {}, "these reads run more queries when there are more rows (n → 3n)"
