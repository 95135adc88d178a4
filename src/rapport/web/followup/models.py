"""Promises a meeting made, above all the next round, and whether they were kept.

``Promise``: made at ``meeting``; ``kind`` is ``next_meeting`` (taken from the meeting's chosen
next-meeting value) or ``other``. ``due`` keeps the stated precision (``2025``, ``2025-06``,
``2025-06-10``) and ``due_by`` is its last day (after it, an unkept promise is overdue).
``status`` is one of ``PromiseStatus`` (pending, fulfilled, fulfilled late, overdue, superseded)
as last computed by ``followup.services.promise_refresh_statuses(as_of=...)`` (``status_as_of``);
``fulfilled_by`` names the later meeting that kept it. ``manual`` marks a status a reviewer set by hand, which
refreshes leave alone.
"""

from __future__ import annotations

from django.db import models

from rapport.web.core.models import ChangeLoggedModel
from rapport.web.dialogues.models import Meeting


class PromiseKind(models.TextChoices):
    """What was promised."""

    NEXT_MEETING = "next_meeting", "next meeting"
    OTHER = "other", "other"


class PromiseStatus(models.TextChoices):
    """Whether a promise was kept, as of a date."""

    PENDING = "pending", "pending"
    FULFILLED = "fulfilled", "fulfilled"
    FULFILLED_LATE = "fulfilled_late", "fulfilled late"
    OVERDUE = "overdue", "overdue"
    SUPERSEDED = "superseded", "superseded"

    @classmethod
    def kept(cls) -> tuple[str, ...]:
        """The statuses that name the meeting that kept the promise."""
        return (cls.FULFILLED, cls.FULFILLED_LATE)


class DuePrecision(models.TextChoices):
    """How precisely the due date was stated."""

    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"
    NONE = "none", "not stated"


class Promise(ChangeLoggedModel):
    """A commitment made at a meeting, with its due date, place and status."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="promises")
    kind = models.CharField(max_length=20, choices=PromiseKind.choices)
    description = models.TextField(blank=True, default="")
    due = models.CharField(max_length=10, blank=True, default="")
    due_precision = models.CharField(
        max_length=5, choices=DuePrecision.choices, default=DuePrecision.NONE
    )
    due_by = models.DateField(null=True, blank=True)
    place_city = models.CharField(max_length=200, blank=True, default="")
    place_country = models.CharField(max_length=2, blank=True, default="")
    status = models.CharField(
        max_length=20, choices=PromiseStatus.choices, default=PromiseStatus.PENDING, db_index=True
    )
    status_as_of = models.DateField(null=True, blank=True)
    fulfilled_by = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="fulfils"
    )
    manual = models.BooleanField(default=False)

    class Meta:
        ordering = ["due_by", "id"]
        # Overdue and soon-due lists (home page) read by status in due order.
        indexes = [models.Index(fields=["status", "due_by"], name="promise_status_due_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting"],
                condition=models.Q(kind="next_meeting"),
                name="promise_one_next_meeting",
                violation_error_message="A meeting has at most one next-meeting promise.",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=["fulfilled", "fulfilled_late"]) | models.Q(fulfilled_by__isnull=False)
                | models.Q(manual=True),
                name="promise_fulfilled_names_meeting",
                violation_error_message="A fulfilled promise names the meeting that kept it.",
            ),
        ]

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.place_city, self.place_country) if p)
        what = "next meeting" if self.kind == PromiseKind.NEXT_MEETING else "promise"
        return " ".join(p for p in (what, self.due, f"in {where}" if where else "") if p)

    @property
    def place(self) -> str:
        """The promised place as one line."""
        return ", ".join(p for p in (self.place_city, self.place_country) if p)
