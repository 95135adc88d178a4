"""People who lead delegations, with the spellings they appear under and their positions.

- ``Person``: one real person, with a display ``name``, the ``party`` they represent and a
  ``name_key`` (transliteration-folded surname, from ``rapport.pipeline.names``) used to find
  candidates quickly.
- ``PersonAlias``: each spelling seen in a report ("Yerzhan Kazykhan", "Ye. Kazykhan", "Erzhan
  Kazykhan"); an exact alias hit resolves a name without fuzzy matching.
- ``Position``: a title the person held, with the first and last meeting dates it was seen at.
"""

from __future__ import annotations

from django.db import models

from rapport.web.core.models import ChangeLoggedModel, Party


class Person(ChangeLoggedModel):
    """One real person, whatever the spelling of their name in reports."""

    name = models.CharField(max_length=200)
    party = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )
    name_key = models.CharField(max_length=100, db_index=True, blank=True, default="")

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["party", "name_key"], name="person_party_key_idx")]

    def __str__(self) -> str:
        return self.name


class PersonAlias(models.Model):
    """A spelling of a person's name as a report gave it."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    party = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="alias_name_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "name"],
                name="alias_unique_per_person",
                violation_error_message="This person already has that spelling.",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Position(models.Model):
    """A title a person held, with the dates of the first and last meetings it was seen at."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(max_length=400)
    party = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["person", "start", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "title"],
                name="position_unique_title_per_person",
                violation_error_message="This person already holds a position with that title.",
            ),
            models.CheckConstraint(
                condition=models.Q(start__isnull=True)
                | models.Q(end__isnull=True)
                | models.Q(start__lte=models.F("end")),
                name="position_start_before_end",
                violation_error_message="A position cannot end before it starts.",
            ),
        ]

    def __str__(self) -> str:
        return self.title
