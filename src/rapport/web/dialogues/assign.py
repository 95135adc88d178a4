"""Storing a batch of new reports: read the block, let the pure grouping decide, write the result.

The decision which reports are one meeting is ``rapport.pipeline.grouping.group_reports``'s
alone — the same function ``rapport eval --merge`` scores. This module only reads the block
(the stored reports of the batch's pairs of parties it could join), hands it with the new records to
the grouping, and writes what changed: new meetings, reports moved between meetings, meetings
left without reports deleted, each touched meeting recomputed once (``dialogues.refresh``).
Because the stored reports a new one could be grouped with are grouped again with it (what the
grouping compares it with, read bounded by ``dialogues.block``), the meetings do not depend on the order reports arrived in nor on where a batch ended.

A meeting a reviewer has decided on (confirmed, rejected, corrected, merged, split, or given a
report from the queue) is a fixed group: its reports stay together and apart from other fixed meetings. Reports the grouping cannot place
are stored without a meeting: the review queue asks "which meeting?" for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from rapport.pipeline.grouping import Grouping, Item, group_reports, publication_anchor
from rapport.pipeline.mechanisms_canon import party_key
from rapport.pipeline.schema import dict_to_meeting, meeting_to_dict
from rapport.pipeline.types import MeetingRecord
from rapport.web.core.changelog import log_create_many, log_delete
from rapport.web.core.models import ChangeAction, ChangeRecord
from rapport.web.core.services import parties_preload, party_ensure
from rapport.web.dialogues.block import read_block
from rapport.web.dialogues.mechanisms import mechanisms_preload
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.dialogues.refresh import (
    refresh_fields,
    refresh_related,
    save_recomputed,
    sorted_records,
)
from rapport.web.review.services import suggestions_replace
from rapport.web.sources.models import Report

if TYPE_CHECKING:
    from rapport.web.sources.models import Source


@dataclass
class _Entry:
    """One report of the block: stored (``pk`` set) or new, and the meeting it is in."""

    record: MeetingRecord
    key: str
    meeting_id: int | None
    pk: int | None = None
    new_index: int | None = None


def _block(
    records: Sequence[MeetingRecord], anchors: Sequence[str | None],
) -> tuple[list[_Entry], list[Item], set[int]]:
    """The stored reports the new records could be grouped with (``block.read_block``), as
    entries and grouping items, and which of their meetings a reviewer fixed."""
    rows = read_block(records, anchors)
    meeting_ids = {row[2] for row in rows if row[2] is not None}
    fixed = set(
        Meeting.objects.filter(pk__in=meeting_ids)
        .filter(~Q(review_status=ReviewStatus.DRAFT) | ~Q(corrections={}))
        .values_list("pk", flat=True)
    ) | set(
        ChangeRecord.objects.filter(
            content_type=ContentType.objects.get_for_model(Meeting), object_id__in=meeting_ids,
            action__in=[ChangeAction.MERGE, ChangeAction.SPLIT],
        ).values_list("object_id", flat=True)
    )
    entries, items = [], []
    for pk, data, meeting_id, key, published, url in rows:
        record = dict_to_meeting(data)
        entries.append(_Entry(record=record, key=key, meeting_id=meeting_id, pk=pk))
        group = meeting_id if meeting_id in fixed else None
        items.append(Item(record, publication_anchor(published or None, url or None), group))
    return entries, items, fixed


def _claim(grouping: Grouping, entries: list[_Entry], fixed: set[int]) -> list[int | None]:
    """Which stored meeting each cluster keeps (None: a new one): the one holding most of it."""
    claims: list[tuple[int, int, int]] = []
    for number, cluster in enumerate(grouping.clusters):
        counts = Counter(m for i in cluster if (m := entries[i].meeting_id) is not None)
        for meeting_id, count in counts.items():
            # A reviewer's meeting is its cluster's before any count.
            claims.append((-(10**9 if meeting_id in fixed else count), meeting_id, number))
    kept: list[int | None] = [None] * len(grouping.clusters)
    taken: set[int] = set()
    for _, meeting_id, number in sorted(claims):
        if kept[number] is None and meeting_id not in taken:
            kept[number], taken = meeting_id, taken | {meeting_id}
    return kept


def reports_create(items: Sequence[tuple[Source, int, MeetingRecord]]) -> list[Report]:
    """Store each (source, position, record) as a Report, regrouping the meetings of its parties."""
    if not items:
        return []
    parties_preload()
    keys = {party_key(record.parties) for _, _, record in items} - {""}
    mechanisms_preload(keys)
    anchors = [publication_anchor(source.published or None, source.url or None) for source, _, _ in items]
    entries, group_items, fixed = _block([record for _, _, record in items], anchors)
    for n, ((_, _, record), anchor) in enumerate(zip(items, anchors, strict=True)):
        entries.append(_Entry(record=record, key=party_key(record.parties), meeting_id=None, new_index=n))
        group_items.append(Item(record, anchor))
    grouping = group_reports(group_items)
    kept = _claim(grouping, entries, fixed)
    stored = {m.pk: m for m in Meeting.objects.filter(pk__in={e.meeting_id for e in entries if e.meeting_id})}
    targets = [stored[k] if k is not None else Meeting(party_key=entries[c[0]].key)
               for c, k in zip(grouping.clusters, kept, strict=True)]
    target_of = {i: targets[n] for n, cluster in enumerate(grouping.clusters) for i in cluster}
    moves: dict[int | None, list[int]] = {}  # new meeting id (None: unplaced) -> stored reports moving there
    changed: set[int | None] = set()
    for i, entry in enumerate(entries):
        now = target_of[i].pk if i in target_of else None
        if entry.pk is not None and entry.meeting_id != now:
            moves.setdefault(now, []).append(entry.pk)
            changed |= {entry.meeting_id, now}
    touched = [
        (n, sorted_records([entries[i].record for i in cluster])) for n, cluster in enumerate(grouping.clusters)
        if targets[n].pk is None or targets[n].pk in changed or any(entries[i].pk is None for i in cluster)
    ]
    before = {n: targets[n].snapshot() for n, _ in touched if targets[n].pk is not None}
    for n, records in touched:
        refresh_fields(targets[n], records)
    _insert_meetings([(m, entries[c[0]].record.parties) for m, c in zip(targets, grouping.clusters, strict=True)
                      if m.pk is None])
    for n, snapshot in before.items():
        save_recomputed(targets[n], snapshot)
    offset = len(entries) - len(items)
    reports = Report.objects.bulk_create(
        Report(source=source, position=position, record=meeting_to_dict(record),
               party_key=party_key(record.parties), meeting=target_of.get(offset + n))
        for n, (source, position, record) in enumerate(items)
    )
    for meeting_id, pks in moves.items():
        Report.objects.filter(pk__in=pks).update(meeting_id=meeting_id)
    refresh_related([(targets[n], records) for n, records in touched])
    _drop_empty(set(stored) - {m.pk for m in targets})
    suggestions_replace(
        party_keys=keys, grouping=grouping, meetings=[target_of.get(i) for i in range(len(entries))],
        reports=[e.pk for e in entries[:offset]] + [r.pk for r in reports],
        read={*stored, *(m.pk for m in targets)},
    )
    return reports


def _insert_meetings(new: list[tuple[Meeting, tuple[str, ...]]]) -> None:
    """Insert new meetings with their parties, logged."""
    Meeting.objects.bulk_create([meeting for meeting, _ in new])
    through = Meeting.parties.through
    through.objects.bulk_create(
        through(meeting_id=meeting.pk, party_id=party_id)
        for meeting, parties in new for party_id in dict.fromkeys(party_ensure(code=code).pk for code in parties)
    )
    log_create_many([meeting for meeting, _ in new])


def _drop_empty(meeting_ids: set[int]) -> None:
    """Delete stored meetings the regrouping left without reports (their promises go with them)."""
    for meeting in Meeting.objects.filter(pk__in=meeting_ids, reports__isnull=True):
        log_delete(meeting, message="its reports now belong to other meetings")
        meeting.promises.all().delete()
        meeting.delete()
