"""Dialogues: recurring mechanisms and the real meetings built from reports.

- ``Mechanism``: a recurring dialogue (canonical ``name``, name ``aliases`` seen in reports,
  ``parties`` and their sorted ``party_key`` such as ``"KZ,US"``, ``cadence``); its meetings in
  date order form the timeline (``dialogues.selectors.mechanism_timeline``).
- ``Meeting``: the real event. Each field holds the value chosen by support across its reports
  (``sources.Report``), unless a reviewer corrected it (``corrections``: field → value, wins).
  ``support`` keeps, per field, how many reports back the chosen value. ``date`` keeps the
  precision the reports give (``2024-05-20``, ``2024-05``, ``2024``); ``date_start``/``date_end``
  are the first and last day it may mean, for ordering and windows. ``review_status`` is
  draft / confirmed / rejected and ``published`` is true exactly when confirmed.
- ``Participation``: a person at a meeting (role ``chair``), for a party, with the position
  chosen by support; ``MeetingTheme`` and ``MeetingInstrument`` hold themes and instruments
  with their support counts.
"""

from __future__ import annotations

from django.db import models

from rapport.web.core.models import ChangeLoggedModel, Party
from rapport.web.people.models import Person


class Mechanism(ChangeLoggedModel):
    """A recurring dialogue between parties; its meetings form a timeline."""

    name = models.CharField(max_length=300)
    key = models.CharField(max_length=300, unique=True)
    aliases = models.JSONField(default=list, blank=True)
    parties = models.ManyToManyField(Party, related_name="mechanisms", blank=True)
    party_key = models.CharField(max_length=100, db_index=True)
    cadence = models.CharField(max_length=50, blank=True, default="")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ReviewStatus(models.TextChoices):
    """Where a meeting stands in review."""

    DRAFT = "draft", "draft"
    CONFIRMED = "confirmed", "confirmed"
    REJECTED = "rejected", "rejected"


class Meeting(ChangeLoggedModel):
    """A real meeting, its field values chosen from its reports or set by a reviewer."""

    mechanism = models.ForeignKey(
        Mechanism, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings"
    )
    parties = models.ManyToManyField(Party, related_name="meetings", blank=True)
    party_key = models.CharField(max_length=100, db_index=True)
    round = models.PositiveIntegerField(null=True, blank=True)
    date = models.CharField(max_length=10, blank=True, default="")
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    place_city = models.CharField(max_length=200, blank=True, default="")
    place_country = models.CharField(max_length=2, blank=True, default="")
    support = models.JSONField(default=dict, blank=True)
    corrections = models.JSONField(default=dict, blank=True)
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.DRAFT, db_index=True
    )
    published = models.BooleanField(default=False, db_index=True)

    class Meta:
        ordering = ["date_start", "id"]
        indexes = [
            models.Index(fields=["party_key", "date_start"], name="meeting_block_idx"),
            # Newest first (home page, search): read from the index instead of sorting the table.
            models.Index(fields=["date_start", "id"], name="meeting_date_idx"),
            models.Index(fields=["review_status"], name="meeting_review_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(published=True, review_status="confirmed")
                | (models.Q(published=False) & ~models.Q(review_status="confirmed")),
                name="meeting_published_iff_confirmed",
                violation_error_message="A meeting is published exactly when it is confirmed.",
            ),
            models.CheckConstraint(
                condition=models.Q(date_start__isnull=True)
                | models.Q(date_end__isnull=True)
                | models.Q(date_start__lte=models.F("date_end")),
                name="meeting_date_range_ordered",
                violation_error_message="A meeting's date range cannot end before it starts.",
            ),
        ]

    def __str__(self) -> str:
        name = self.mechanism.name if self.mechanism else self.party_key.replace(",", "–")
        when = self.date or "undated"
        return f"{name} ({when})"

    @property
    def place(self) -> str:
        """The place as one line: city and country code."""
        return ", ".join(part for part in (self.place_city, self.place_country) if part)


class Participation(models.Model):
    """A person's part in a meeting: the chair of a party's delegation, with their position."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="participations")
    party = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(max_length=20, default="chair")
    position = models.CharField(max_length=400, blank=True, default="")
    support = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["meeting", "party__code", "person__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person", "role"],
                name="participation_unique_role",
                violation_error_message="This person already has that role at this meeting.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.role})"


class MeetingTheme(models.Model):
    """A theme (id from the contract's list) discussed at a meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="themes")
    theme = models.CharField(max_length=50, db_index=True)
    support = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["theme"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "theme"],
                name="meeting_theme_unique",
                violation_error_message="This theme is already listed for the meeting.",
            )
        ]

    def __str__(self) -> str:
        return self.theme


class MeetingInstrument(models.Model):
    """A law, plan, programme or statement named in a meeting's reports."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="instruments")
    kind = models.CharField(max_length=50)
    title = models.CharField(max_length=500)
    date = models.CharField(max_length=10, blank=True, default="")
    support = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["kind", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "kind", "title"],
                name="meeting_instrument_unique",
                violation_error_message="This instrument is already listed for the meeting.",
            )
        ]

    def __str__(self) -> str:
        return self.title
