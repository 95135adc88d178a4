"""Suggestions for reviewers: pairs the merge was unsure of (``pipeline.grouping.Suggestion``).

``Suggestion``: ``merge`` two meetings (``meeting`` and ``other``), a report without a meeting
into ``other``, or ``split`` a ``report`` out of its ``meeting``; ``reason`` says why. Ingest
replaces the suggestions of a pair of parties (``party_key``) each time it regroups them.
"""

from __future__ import annotations

from django.db import models

from rapport.web.dialogues.models import Meeting
from rapport.web.sources.models import Report


class SuggestionKind(models.TextChoices):
    """What a reviewer is asked to consider."""

    MERGE = "merge", "merge"
    SPLIT = "split", "split"


class Suggestion(models.Model):
    """A merge or split the grouping was unsure of, for a reviewer to decide."""

    kind = models.CharField(max_length=10, choices=SuggestionKind.choices)
    party_key = models.CharField(max_length=100, db_index=True)
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=300, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "id"]

    def __str__(self) -> str:
        return f"{self.kind}: {self.reason}"
