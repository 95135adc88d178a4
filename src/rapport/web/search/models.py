"""The full-text index's one table of its own: each source's vector on PostgreSQL.

SQLite indexes sources in an FTS5 table kept by triggers (``search/0001``) and leaves this
table empty. On PostgreSQL the rows are written by SQL, never through the model (a trigger, or
``search.index``); the model is here so that Django knows the table — deleting a source deletes
its vector, and flushing the database empties it.
"""

from __future__ import annotations

from typing import Any

from django.db import models


class TextSearchVectorField(models.Field):  # type: ignore[type-arg]
    """A ``tsvector`` column on PostgreSQL (plain text elsewhere, where nothing writes it)."""

    def db_type(self, connection: Any) -> str:
        return "tsvector" if connection.vendor == "postgresql" else "text"


class SourceVector(models.Model):
    """The full-text vector of one source (``search_source_vector_of(title, text)``)."""

    source = models.OneToOneField(
        "sources.Source", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    vector = TextSearchVectorField()

    class Meta:
        db_table = "search_source_vector"

    def __str__(self) -> str:
        return f"vector of source {self.pk}"
