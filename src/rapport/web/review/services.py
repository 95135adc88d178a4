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
    reports: Sequence[int | None], read: set[int],
) -> list[Suggestion]:
    """Replace the suggestions among the meetings ingest regrouped by ``grouping``'s.

    ``meetings`` and ``reports``: each grouped item's meeting (None: unplaced) and report id;
    ``read``: the ids of every meeting regrouped. Suggestions that also name a meeting outside
    them (a series read only in part) stay.
    """
    regrouped = set(reports)
    stale = [
        pk for pk, meeting, other, report in Suggestion.objects.filter(party_key__in=list(party_keys))
        .values_list("pk", "meeting_id", "other_id", "report_id")
        if (meeting in read or (meeting is None and report in regrouped)) and (other is None or other in read)
    ]
    for start in range(0, len(stale), 500):
        Suggestion.objects.filter(pk__in=stale[start:start + 500]).delete()
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



def suggestions_of_report_drop(*, report_id: int) -> None:
    """Drop the suggestions about a report once a reviewer has placed it."""
    Suggestion.objects.filter(report_id=report_id).delete()


def suggestion_dismiss(*, suggestion_id: int) -> None:
    """Drop a suggestion the reviewer disagrees with (nothing happens when it is gone already)."""
    Suggestion.objects.filter(pk=suggestion_id).delete()
