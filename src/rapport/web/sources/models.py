"""Sources (documents), Reports (what a document said about one meeting) and ingest runs.

- ``Source``: one document — url, outlet, title, published, clean ``text`` and the
  ``content_hash`` of its normalised text (unique: the same text is stored once), plus the
  ``input_id`` (a JSONL record's id) and ``origin`` (path or ``path:line``) it came from.
- ``Report``: one meeting record the pipeline read in a Source — the contract record as JSON in
  ``record`` (with its evidence spans). Reports are evidence and never edited; ``meeting`` says
  which real meeting they are currently assigned to (merge and split move them), or is empty
  for a report no meeting could be found for (the review queue asks "which meeting?").
- ``IngestRun`` and ``IngestInput``: one ``rapport ingest`` run and the outcome of each input
  (keyed by ``path:line`` or path, with a hash of its content), so a re-run skips done work.
"""

from __future__ import annotations

from django.db import models

from rapport.pipeline.fetch import is_web_url
from rapport.web.core.models import ChangeLoggedModel
from rapport.web.dialogues.models import Meeting

INTERRUPTED = "interrupted"
"""The key in ``IngestRun.counts`` of a run its process did not finish (killed, crashed)."""


class IngestRun(models.Model):
    """One ``rapport ingest`` run: what it read and how it ended."""

    started = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    actor_label = models.CharField(max_length=100, blank=True, default="")
    paths = models.JSONField(default=list)
    counts = models.JSONField(default=dict)

    class Meta:
        ordering = ["-started"]

    def __str__(self) -> str:
        return f"ingest #{self.pk} ({self.started:%Y-%m-%d %H:%M})"

    @property
    def status(self) -> str:
        """``running`` (not finished yet), ``finished``, or ``interrupted`` (closed by a later run)."""
        if self.finished is None:
            return "running"
        return INTERRUPTED if (self.counts or {}).get(INTERRUPTED) else "finished"


class Source(ChangeLoggedModel):
    """One document as read: its metadata, its clean text and the hash that identifies it."""

    url = models.URLField(max_length=2000, blank=True, default="")
    outlet = models.CharField(max_length=300, blank=True, default="")
    title = models.CharField(max_length=1000, blank=True, default="")
    published = models.CharField(max_length=10, blank=True, default="")
    language = models.CharField(max_length=10, default="en")
    text = models.TextField()
    content_hash = models.CharField(max_length=64)
    input_id = models.CharField(max_length=300, blank=True, default="", db_index=True)
    origin = models.CharField(max_length=1000, blank=True, default="")
    ingest_run = models.ForeignKey(
        IngestRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )

    snapshot_exclude = ("created", "last_updated", "text")

    class Meta:
        ordering = ["-published", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                name="source_content_hash_unique",
                violation_error_message="A source with the same text is already stored.",
            ),
            models.UniqueConstraint(
                fields=["url"],
                condition=~models.Q(url=""),
                name="source_url_unique",
                violation_error_message="A source with this URL is already stored.",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url or self.input_id or self.origin or f"source #{self.pk}"

    @property
    def link(self) -> str:
        """The URL to link to: only an http(s) one (a ``javascript:`` URL stored by an older Rapport is not)."""
        return self.url if self.url and is_web_url(self.url) else ""

    @property
    def reference(self) -> str:
        """How exports name the source: its input id, else its URL, else its path."""
        return self.input_id or self.url or self.origin


class Report(models.Model):
    """What one Source said about one meeting: the contract record, never edited."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="reports")
    position = models.PositiveSmallIntegerField(default=0)
    record = models.JSONField()
    party_key = models.CharField(max_length=100, blank=True, default="")
    # None: the merge could not place the report; the review queue asks "which meeting?".
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="reports")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source", "position"]
        # Ingest reads a pair of parties' reports (dialogues.assign) and the queue those without a meeting.
        indexes = [models.Index(fields=["party_key"], name="report_party_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "position"],
                name="report_unique_position_in_source",
                violation_error_message="This source already has a report at that position.",
            )
        ]

    def __str__(self) -> str:
        return f"report {self.position} of {self.source}"


class InputOutcome(models.TextChoices):
    """What became of one input of an ingest."""

    INGESTED = "ingested", "ingested"
    DUPLICATE = "duplicate", "duplicate"
    REJECTED = "rejected", "rejected"


class IngestInput(models.Model):
    """The outcome of one input (a file, or a JSONL line), so a re-run skips done work."""

    key = models.CharField(max_length=1100, unique=True)
    content_hash = models.CharField(max_length=64, blank=True, default="")
    outcome = models.CharField(max_length=10, choices=InputOutcome.choices)
    code = models.CharField(max_length=20, blank=True, default="")
    reason = models.TextField(blank=True, default="")
    line = models.PositiveIntegerField(null=True, blank=True)
    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="inputs")
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="inputs"
    )

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.key}: {self.outcome}"
