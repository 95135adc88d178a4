"""Writes on sources: storing a document once, and turning its meeting records into Reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from django.db import transaction
from django.db.models import Q

from rapport.pipeline.fingerprint import content_hash
from rapport.pipeline.types import ExtractionResult
from rapport.web.core.changelog import log_create_many
from rapport.web.dialogues.assign import reports_create
from rapport.web.sources.models import IngestRun, Source


@dataclass(frozen=True)
class IngestedSource:
    """The stored Source, and whether this call created it (False: it was a duplicate)."""

    source: Source
    created: bool
    duplicate_of: str = ""


@transaction.atomic
def source_ingest(
    *,
    result: ExtractionResult,
    run: IngestRun | None = None,
    input_id: str = "",
    origin: str = "",
) -> IngestedSource:
    """Store a document and its reports once; the same text (or URL) again adds nothing."""
    if input_id:
        result = replace(result, id=input_id)
    (stored,) = source_ingest_many(results=[(result, origin)], run=run)
    return stored


def _source_row(result: ExtractionResult, text_hash: str, run: IngestRun | None, origin: str) -> Source:
    return Source(
        url=(result.source.url or "")[:2000],
        outlet=(result.source.outlet or "")[:300],
        title=(result.source.title or "")[:1000],
        published=(result.source.published or "")[:10],
        language=result.source.language or "en",
        text=result.text,
        content_hash=text_hash,
        input_id=(result.id or "")[:300],
        origin=(origin or result.origin)[:1000],
        ingest_run=run,
    )


@transaction.atomic
def source_ingest_many(
    *, results: Sequence[tuple[ExtractionResult, str]], run: IngestRun | None = None,
    text_hashes: Sequence[str] = (),
) -> list[IngestedSource]:
    """Store a batch of (result, origin) at once: one lookup, one insert, then their reports.

    ``text_hashes``: each result's ``content_hash(result.text)`` where the extractor already
    computed it (an empty one, or none given, is computed here).
    """
    given = list(text_hashes) or [""] * len(results)
    hashes = [text_hash or content_hash(result.text) for (result, _), text_hash in zip(results, given, strict=True)]
    urls = [u for result, _ in results if (u := (result.source.url or "")[:2000])]
    # "url <> ''" matches the partial unique index's condition, so SQLite uses the index.
    known = Source.objects.filter(Q(content_hash__in=hashes) | (Q(url__in=urls) & ~Q(url=""))).only(
        "id", "content_hash", "url", "input_id", "origin"
    )
    by_hash = {s.content_hash: s for s in known}
    by_url = {s.url: s for s in by_hash.values() if s.url}
    outcomes: list[IngestedSource | None] = []
    fresh: list[Source] = []
    for (result, origin), text_hash in zip(results, hashes, strict=True):
        url = (result.source.url or "")[:2000]
        existing = by_hash.get(text_hash) or (by_url.get(url) if url else None)
        if existing is not None:
            why = "same text" if existing.content_hash == text_hash else "same URL"
            outcomes.append(IngestedSource(existing, False, f"{why} as {existing.reference}"))
            continue
        source = _source_row(result, text_hash, run, origin)
        by_hash[text_hash] = source
        if url:
            by_url[url] = source
        fresh.append(source)
        outcomes.append(None)
    Source.objects.bulk_create(fresh)
    log_create_many(fresh)
    created = iter(fresh)
    final = [o if o is not None else IngestedSource(next(created), True) for o in outcomes]
    reports_create([
        (outcome.source, position, record)
        for (result, _), outcome in zip(results, final, strict=True) if outcome.created
        for position, record in enumerate(result.meetings)
    ])
    return final
