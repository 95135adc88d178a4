"""Load a dump into an empty database: same primary keys, sequences reset afterwards."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, models, transaction

from rapport.web.api.dumps import DumpError, applied_migrations, dumped_models, read_dump

# Rows that `migrate` itself creates (the role groups): replaced by the dump's own.
MIGRATION_DATA = ("auth.group",)


def database_rows() -> dict[str, int]:
    """How many rows each dumped model holds now (the ones with any)."""
    counts = {m._meta.label_lower: m._base_manager.count() for m in dumped_models()}
    return {label: n for label, n in counts.items() if n}


def _check_empty() -> None:
    """Refuse to load over data: the dump would mix with it and keys would collide."""
    held = {label: n for label, n in database_rows().items() if label not in MIGRATION_DATA}
    if held:
        listing = ", ".join(f"{label} ({n})" for label, n in sorted(held.items()))
        raise DumpError(
            f"the database is not empty: {listing}; load into a new SQLite file or an empty "
            "PostgreSQL database"
        )


def _check_schema(header: dict[str, Any]) -> None:
    """Refuse a dump made with migrations this database lacks (a newer Rapport made it)."""
    here = applied_migrations()
    ahead = {app: name for app, name in (header.get("migrations") or {}).items() if name > here.get(app, "")}
    if ahead:
        listing = ", ".join(f"{app} {name}" for app, name in sorted(ahead.items()))
        raise DumpError(f"the dump needs migrations this Rapport lacks ({listing}); upgrade Rapport first")


def _save_all(records: list[dict[str, Any]]) -> list[type[models.Model]]:
    """Save every record as it is (raw: no auto timestamps, no signals' side effects)."""
    seen: dict[str, type[models.Model]] = {}
    deferred = []
    try:
        for item in serializers.deserialize("python", records, handle_forward_references=True):
            _save_one(item)
            seen.setdefault(item.object._meta.label_lower, type(item.object))
            if item.deferred_fields:
                deferred.append(item)
        for item in deferred:
            item.save_deferred_fields()
    except (DeserializationError, ObjectDoesNotExist) as error:
        raise DumpError(f"cannot load a record: {error}") from error
    return list(seen.values())


def _save_one(item: Any) -> None:
    """Save one deserialised record, naming it when this database refuses a value of it."""
    try:
        item.save()
    except (DatabaseError, ValueError) as error:  # psycopg refuses NUL with a ValueError
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise DumpError(f"cannot load {item.object._meta.label_lower} {item.object.pk}: {reason}") from error


def _reset_sequences(models_loaded: Iterable[type[models.Model]]) -> None:
    """Point PostgreSQL's id sequences past the loaded keys (a no-op on SQLite)."""
    statements = connection.ops.sequence_reset_sql(no_style(), list(models_loaded))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def load_dump(lines: Iterable[str]) -> int:
    """Load a dump into the (migrated, empty) database; returns the number of rows loaded."""
    header, records = read_dump(lines)
    _check_schema(header)
    _check_empty()
    with transaction.atomic():
        for label in MIGRATION_DATA:
            model = next(m for m in dumped_models() if m._meta.label_lower == label)
            model._base_manager.all().delete()
        with connection.constraint_checks_disabled():
            loaded = _save_all(records)
        connection.check_constraints(table_names=[m._meta.db_table for m in loaded])
        _reset_sequences(dumped_models())
    return len(records)
