"""Full-text search over sources: SQLite FTS5 or PostgreSQL full-text search behind one selector.

On SQLite the FTS5 table and the triggers that keep it in step with ``sources_source`` are
created by the migration ``search/0001_source_fts``; on PostgreSQL, ``search/0003`` keeps each
source's vector in ``search_source_vector`` (GIN-indexed), written by a trigger or, for the Dask
ingest, by ``search.index``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import connection, transaction
from django.db.models import QuerySet

if TYPE_CHECKING:
    from rapport.web.sources.models import Report

MAX_HITS = 500  # matches kept before visibility and filters; enough for any reader
RANKED_UP_TO = 1000  # above this many matches, bm25 ranking costs too much: newest first
DENSE_MATCHES = 30_000  # PostgreSQL: above this many (estimated) matches, walk the key newest first

FTS_TABLE = "search_source_fts"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts5_query(text: str) -> str:
    """User text as a safe FTS5 query: each word quoted (operators and syntax dropped), all required."""
    words = [w for w in _TOKEN.findall(text) if w.upper() not in {"AND", "OR", "NOT", "NEAR"}]
    return " ".join(f'"{w}"*' if len(w) > 2 else f'"{w}"' for w in words[:12])


@dataclass
class SearchHits:
    """Matching source ids in relevance order, and whether the list was cut at ``MAX_HITS``."""

    ids: list[int]
    capped: bool


def _sqlite_ids(query: str) -> SearchHits:
    match = fts5_query(query)
    if not match:
        return SearchHits([], False)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])
        total = cursor.fetchone()[0]
        # Ranking scores every match; FTS5 walks rowids in order for free.
        order = "rank" if total <= RANKED_UP_TO else "rowid DESC"
        cursor.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s ORDER BY {order} LIMIT %s",
            [match, MAX_HITS],
        )
        ids = [row[0] for row in cursor.fetchall()]
    return SearchHits(ids, total > MAX_HITS)


def _postgres_ids(query: str) -> SearchHits:
    """Matches through the stored vectors and their GIN index (``search_source_vector``).

    Three plans, by how many sources match. Few (up to ``RANKED_UP_TO``): all of them, ranked.
    Many: the newest. Which way is fast depends on how common the words are: for a word in one
    source in a hundred, the GIN index finds every match and the newest are sorted out of them;
    for a word in most sources that visits most of the table, while walking the primary key
    backwards meets ``MAX_HITS`` matches after a few hundred rows. The planner's estimate of
    the matches (from ANALYZE's word statistics, close for single words) picks the plan
    before anything is read.
    """
    matches = "FROM search_source_vector WHERE vector @@ websearch_to_tsquery('english', %s)"
    with transaction.atomic(), connection.cursor() as cursor:
        # A sequential scan reads (and decompresses) every source's vector, which the planner
        # does not price: with a few thousand matches it still picks one, for a second's work.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 {matches}", [query])
        plan = cursor.fetchone()[0]
        estimate = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]
        params: list[str | int]
        if estimate > DENSE_MATCHES:
            order, params = "source_id DESC", [query, MAX_HITS + 1]
        else:
            # No LIMIT here: with one, the planner hopes to stop early and scans the table,
            # reading every row's vector when the matches are fewer than it guessed.
            cursor.execute(f"SELECT count(*) {matches}", [query])
            if cursor.fetchone()[0] <= RANKED_UP_TO:
                order = "ts_rank(vector, websearch_to_tsquery('english', %s)) DESC, source_id"
                params = [query, query, MAX_HITS + 1]
            else:
                order, params = "source_id + 0 DESC", [query, MAX_HITS + 1]  # "+ 0": not along the key
        cursor.execute(f"SELECT source_id {matches} ORDER BY {order} LIMIT %s", params)
        ids = [row[0] for row in cursor.fetchall()]
    return SearchHits(ids[:MAX_HITS], len(ids) > MAX_HITS)


def source_search_ids(*, query: str) -> SearchHits:
    """Ids of the sources matching ``query``, best first (the one search selector)."""
    if not query.strip():
        return SearchHits([], False)
    return _postgres_ids(query) if connection.vendor == "postgresql" else _sqlite_ids(query)


def source_search(*, query: str, reports: QuerySet[Report] | None) -> tuple[list[int], bool]:
    """Ids of sources matching ``query``, best first; with ``reports``, only the sources of those
    reports (the visible, filtered ones), else every matching source.
    """
    hits = source_search_ids(query=query)
    if not hits.ids or reports is None:
        return hits.ids, hits.capped
    allowed = set(reports.filter(source_id__in=hits.ids).values_list("source_id", flat=True))
    return [pk for pk in hits.ids if pk in allowed], hits.capped
