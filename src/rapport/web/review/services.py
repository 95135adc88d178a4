"""Writes of the review app: the suggestions ingest leaves for reviewers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rapport.pipeline.grouping import Grouping
from rapport.web.review.models import Suggestion, SuggestionKind

if TYPE_CHECKING:
    from rapport.web.dialogues.models import Meeting


def suggestions_replace(
    *, party_keys: Iterable[str], grouping: Grouping, meetings: Sequence[Meeting | None],
    reports: Sequence[int | None],
) -> list[Suggestion]:
    """Replace the suggestions of these pairs of parties by ``grouping``'s.

    ``meetings`` and ``reports``: each grouped item's meeting (None: unplaced) and report id.
    """
    Suggestion.objects.filter(party_key__in=list(party_keys)).delete()
    rows: dict[tuple[object, ...], Suggestion] = {}
    for suggestion in grouping.suggestions:
        first, second = suggestion.first[0], suggestion.second[0]
        mine, theirs = meetings[first], meetings[second]
        if theirs is None:
            continue
        row = Suggestion(
            kind=suggestion.kind, party_key=theirs.party_key, reason=suggestion.reason[:300],
            meeting=mine, other=theirs if suggestion.kind == SuggestionKind.MERGE else None,
            report_id=reports[first] if suggestion.kind == SuggestionKind.SPLIT or mine is None else None,
        )
        if suggestion.kind == SuggestionKind.MERGE and mine is not None and mine.pk == theirs.pk:
            continue
        rows.setdefault((row.kind, row.meeting_id, row.other_id, row.report_id), row)
    return Suggestion.objects.bulk_create(rows.values())

