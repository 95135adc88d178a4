"""Writes on meetings: merge, split, reviewer corrections and review decisions.

Every service runs in one transaction and records its change through
``rapport.web.core.changelog`` with the current actor.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from rapport.pipeline.periods import parse_period
from rapport.web.core.changelog import change_record_create, log_delete, logged_change
from rapport.web.core.models import ChangeAction
from rapport.web.dialogues.mechanisms import mechanism_resolve
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.dialogues.refresh import CORRECTABLE_FIELDS, meeting_refresh
from rapport.web.sources.models import Report

__all__ = [
    "mechanism_resolve",
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


def _clean_correction(field: str, value: Any) -> Any:
    """The corrected value in stored form, or a ValidationError saying what is wrong."""
    if field not in CORRECTABLE_FIELDS:
        raise ValidationError(f"{field!r} cannot be corrected; use one of {', '.join(CORRECTABLE_FIELDS)}.")
    if field == "round":
        if value in (None, ""):
            return None
        if not str(value).isdigit() or int(value) < 1:
            raise ValidationError(f"round: {value!r} is not a positive whole number.")
        return int(value)
    text = "" if value is None else str(value).strip()
    if field == "date" and text and parse_period(text) is None:
        raise ValidationError(f"date: {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY.")
    if field == "place_country" and text and (len(text) != 2 or not text.isalpha()):
        raise ValidationError(f"place_country: {text!r} is not a two-letter ISO code.")
    return text.upper() if field == "place_country" else text


@transaction.atomic
def meeting_field_correct(*, meeting: Meeting, field: str, value: Any) -> Meeting:
    """Set a field by hand: the value wins over the reports' and the change is recorded."""
    cleaned = _clean_correction(field, value)
    with logged_change(meeting, action=ChangeAction.CORRECT, message=f"{field} set by reviewer"):
        meeting.corrections = {**meeting.corrections, field: cleaned}
        meeting.save(update_fields=["corrections", "last_updated"])
    return meeting_refresh(meeting)


@transaction.atomic
def meeting_correction_clear(*, meeting: Meeting, field: str) -> Meeting:
    """Drop a reviewer's value so the field follows its reports again."""
    with logged_change(meeting, action=ChangeAction.CORRECT, message=f"{field} back to reports"):
        meeting.corrections = {k: v for k, v in meeting.corrections.items() if k != field}
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
