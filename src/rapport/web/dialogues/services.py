"""Writes on meetings: merge, split, reviewer corrections and review decisions.

Every service runs in one transaction and records its change through
``rapport.web.core.changelog`` with the current actor.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from rapport.pipeline.mechanisms_canon import party_key
from rapport.web.core.changelog import change_record_create, log_delete, logged_change
from rapport.web.core.models import ChangeAction
from rapport.web.core.services import party_ensure
from rapport.web.dialogues.corrections import FIELD_LABELS, clean_correction
from rapport.web.dialogues.mechanisms import mechanism_resolve
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.dialogues.refresh import meeting_records, meeting_refresh
from rapport.web.followup.services import promise_refresh_statuses
from rapport.web.sources.models import Report

__all__ = [
    "mechanism_resolve",
    "meeting_chair_add",
    "meeting_chair_remove",
    "meeting_correction_clear",
    "meeting_field_correct",
    "meeting_merge",
    "meeting_refresh",
    "meeting_review",
    "report_place",
    "report_split",
]


@transaction.atomic
def meeting_merge(*, target: Meeting, other: Meeting) -> Meeting:
    """Fold ``other`` into ``target``: its reports and promises move, it is deleted."""
    if target.pk == other.pk:
        raise ValidationError("A meeting cannot be merged into itself.")
    if target.party_key != other.party_key:
        raise ValidationError(
            f"Meetings of different parties ({target.party_key} and {other.party_key}) "
            "are not the same meeting; correct the parties first."
        )
    with logged_change(target, action=ChangeAction.MERGE, message=f"merged meeting #{other.pk}"):
        Report.objects.filter(meeting=other).update(meeting=target)
        other.fulfils.update(fulfilled_by=target)
        # The target's corrections win; the other's fill fields the target left alone.
        target.corrections = {**other.corrections, **target.corrections}
        target.save()
        log_delete(other, message=f"merged into meeting #{target.pk}")
        other.promises.all().delete()
        other.delete()
    return meeting_refresh(target)


@transaction.atomic
def report_split(*, report: Report) -> Meeting:
    """Take ``report`` out of its meeting into a new meeting of its own; return the new one."""
    old = report.meeting
    if old is None:
        raise ValidationError("This report has no meeting yet: nothing to split from.")
    if old.reports.count() < 2:
        raise ValidationError("This report is its meeting's only report: nothing to split from.")
    new = Meeting.objects.create(party_key=old.party_key)
    new.parties.set(old.parties.all())
    # Logged as a split: ingest keeps a reviewer's split meeting apart (dialogues.assign).
    change_record_create(instance=new, action=ChangeAction.SPLIT, before=None, after=new.snapshot(),
                         message=f"split from meeting #{old.pk} (report #{report.pk})")
    with logged_change(old, action=ChangeAction.SPLIT, message=f"report #{report.pk} split out"):
        Report.objects.filter(pk=report.pk).update(meeting=new)
    meeting_refresh(old)
    return meeting_refresh(new)


@transaction.atomic
def report_place(*, report: Report, meeting: Meeting) -> Meeting:
    """Put a report no meeting was found for into ``meeting`` (the queue's "which meeting?")."""
    if report.meeting_id is not None:
        raise ValidationError(f"Report #{report.pk} already belongs to meeting #{report.meeting_id}.")
    if report.party_key != meeting.party_key:
        raise ValidationError(f"Report #{report.pk} is about {report.party_key}, the meeting about {meeting.party_key}.")
    with logged_change(meeting, action=ChangeAction.MERGE, message=f"report #{report.pk} placed by a reviewer"):
        Report.objects.filter(pk=report.pk).update(meeting=meeting)
    return meeting_refresh(meeting)


def _set_parties(meeting: Meeting, codes: list[str]) -> None:
    """Give the meeting these parties (and their key), as a reviewer's correction does."""
    meeting.party_key = party_key(codes)
    meeting.parties.set([party_ensure(code=c) for c in codes])


def _reported_parties(meeting: Meeting) -> list[str]:
    """The parties the meeting's reports name (what it follows once a correction is cleared)."""
    records = meeting_records(meeting)
    return sorted({p for r in records[:1] for p in r.parties})


@transaction.atomic
def meeting_field_correct(*, meeting: Meeting, field: str, value: Any) -> Meeting:
    """Set a field by hand: the value wins over the reports' and the change is recorded."""
    cleaned = clean_correction(field, value, meeting)
    label = FIELD_LABELS.get(field, field)
    with logged_change(meeting, action=ChangeAction.CORRECT, message=f"{label} set by reviewer"):
        meeting.corrections = {**meeting.corrections, field: cleaned}
        if field == "parties":
            _set_parties(meeting, cleaned)
        meeting.save(update_fields=["corrections", "party_key", "last_updated"])
    return _refreshed(meeting)


@transaction.atomic
def meeting_correction_clear(*, meeting: Meeting, field: str) -> Meeting:
    """Drop a reviewer's value so the field follows its reports again."""
    label = FIELD_LABELS.get(field, field)
    with logged_change(meeting, action=ChangeAction.CORRECT, message=f"{label} follows the reports again"):
        meeting.corrections = {k: v for k, v in meeting.corrections.items() if k != field}
        if field == "parties" and (reported := _reported_parties(meeting)):
            _set_parties(meeting, reported)
        meeting.save(update_fields=["corrections", "party_key", "last_updated"])
    return _refreshed(meeting)


def _refreshed(meeting: Meeting) -> Meeting:
    """The meeting recomputed with its corrections, and the statuses of the promises it bears on."""
    meeting_refresh(meeting)
    promise_refresh_statuses(as_of=date.today(), touched=Meeting.objects.filter(pk=meeting.pk))
    return meeting


def _chair_rows(meeting: Meeting) -> list[dict[str, Any]]:
    """The reviewer's chair list, or the current chairs as the list to start from."""
    rows = meeting.corrections.get("chairs")
    if rows is not None:
        return list(rows)
    return [{"person": p.person_id, "name": p.person.name, "party": p.party.code if p.party else None,
             "position": p.position} for p in meeting.participations.select_related("person", "party")]


@transaction.atomic
def meeting_chair_add(*, meeting: Meeting, name: str, party: str | None = None, position: str = "") -> Meeting:
    """Add a chair (a known person, or a new one) to the meeting; recorded in its history."""
    added = clean_correction("chairs", [{"name": name, "party": party, "position": position}], meeting)[0]
    rows = [r for r in _chair_rows(meeting) if r["person"] != added["person"]] + [added]
    with logged_change(meeting, action=ChangeAction.CORRECT, message=f"chair {added['name']} added"):
        meeting.corrections = {**meeting.corrections, "chairs": rows}
        meeting.save(update_fields=["corrections", "last_updated"])
    return meeting_refresh(meeting)


@transaction.atomic
def meeting_chair_remove(*, meeting: Meeting, person_id: int) -> Meeting:
    """Take a person off the meeting's chairs; recorded in its history."""
    rows = _chair_rows(meeting)
    kept = [r for r in rows if r["person"] != person_id]
    if len(kept) == len(rows):
        raise ValidationError("That person is not a chair of this meeting.")
    name = next(r["name"] for r in rows if r["person"] == person_id)
    with logged_change(meeting, action=ChangeAction.CORRECT, message=f"chair {name} removed"):
        meeting.corrections = {**meeting.corrections, "chairs": kept}
        meeting.save(update_fields=["corrections", "last_updated"])
    return meeting_refresh(meeting)


@transaction.atomic
def meeting_review(*, meeting: Meeting, status: str, note: str = "") -> Meeting:
    """Confirm (publish), reject or send back to draft a meeting; recorded with the reviewer."""
    if status not in ReviewStatus.values:
        raise ValidationError(f"review status {status!r}: use one of {', '.join(ReviewStatus.values)}.")
    with logged_change(meeting, action=ChangeAction.REVIEW, message=note or status):
        meeting.review_status = status
        meeting.published = status == ReviewStatus.CONFIRMED
        meeting.save(update_fields=["review_status", "published", "last_updated"])
    return meeting
