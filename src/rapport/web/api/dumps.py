"""A whole instance as one JSONL file, and back: ``rapport dump`` / ``rapport load``.

Line 1 is a header (format, version, the migrations the data belongs to); every other line is
``{"model", "pk", "fields"}`` as Django's serializers make it, with foreign keys to content
types, permissions, users and groups by natural key (ids of content types differ between
databases). Models come in foreign-key dependency order, rows by primary key, keys sorted,
many-to-many lists sorted: the same data always gives the same bytes, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import uuid
from collections.abc import Iterable, Iterator
from typing import IO, Any

from django.apps import apps
from django.core import serializers
from django.db import connection, models
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "rapport-dump"
VERSION = 1
# Made by `migrate` in every database, transient, or derived from other rows (the full-text
# vectors, which PostgreSQL writes again as the sources are restored): never dumped.
EXCLUDED = frozenset({
    "contenttypes.contenttype", "auth.permission", "sessions.session", "admin.logentry", "search.sourcevector",
    "axes.accessattempt", "axes.accessfailurelog", "axes.accesslog", "axes.accessattemptexpiration",
})


class DumpError(ValueError):
    """A dump file that cannot be loaded, with the line at fault."""


def dumped_models() -> list[type[models.Model]]:
    """Every concrete model whose rows a dump holds, parents before the models that refer to them."""
    candidates = {
        m._meta.label_lower: m
        for m in apps.get_models()
        if not m._meta.proxy and m._meta.managed and m._meta.label_lower not in EXCLUDED
    }
    needs = {label: _references(model, candidates) for label, model in candidates.items()}
    ordered: list[str] = []
    while needs:
        ready = sorted(label for label, deps in needs.items() if not deps - set(ordered))
        if not ready:  # a cycle of foreign keys: break it at the first label, deterministically
            ready = [sorted(needs)[0]]
        for label in ready:
            ordered.append(label)
            del needs[label]
    return [candidates[label] for label in ordered]


def _references(model: type[models.Model], candidates: dict[str, Any]) -> set[str]:
    """Labels of the other dumped models ``model`` points to (foreign keys and many-to-many)."""
    targets = set()
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        related = field.related_model
        if related is not None and related is not model and not isinstance(related, str):
            targets.add((related._meta.concrete_model or related)._meta.label_lower)
    return targets & set(candidates)


def _encode(value: Any) -> Any:
    """JSON for the values Django's python serializer leaves as objects (full precision)."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    raise TypeError(f"cannot dump a {type(value).__name__}")


def _sorted(value: Any) -> Any:
    """``value`` with every nested mapping's keys in sorted order."""
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value


def _stable_key(value: Any) -> str:
    """A sort key for any JSON-able value (a primary key or a natural key)."""
    return json.dumps(_sorted(value), ensure_ascii=False, default=_encode)


def dump_line(data: dict[str, Any]) -> str:
    """One record as a stable JSON line: top keys as given, nested keys sorted, UTF-8 kept."""
    ordered = {key: _sorted(data[key]) for key in data}
    return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"), default=_encode)


def applied_migrations() -> dict[str, str]:
    """The latest applied migration of each app, as the dump's header records it."""
    latest: dict[str, str] = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, ""), name)
    return dict(sorted(latest.items()))


def dump_records() -> Iterator[dict[str, Any]]:
    """Every dumped row as Django's python serialization, in the stable order."""
    for model in dumped_models():
        rows = model._base_manager.order_by("pk").iterator(chunk_size=2000)
        for record in serializers.serialize("python", rows, use_natural_foreign_keys=True):
            for field in model._meta.many_to_many:
                if field.name in record["fields"]:
                    record["fields"][field.name] = sorted(record["fields"][field.name], key=_stable_key)
            yield {"model": record["model"], "pk": record["pk"], "fields": record["fields"]}


def dump_lines() -> Iterator[str]:
    """The lines of the dump file, header first, each ending in a newline."""
    yield dump_line({"format": FORMAT, "version": VERSION, "migrations": applied_migrations()}) + "\n"
    for record in dump_records():
        yield dump_line(record) + "\n"


def write_dump(out: IO[str]) -> int:
    """Write the instance to ``out``; returns the number of rows written."""
    count = -1
    for count, line in enumerate(dump_lines()):  # noqa: B007 - the last index is the count
        out.write(line)
    return count


def read_dump(lines: Iterable[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The header and the records of a dump, with the line number of any malformed line."""
    header: dict[str, Any] | None = None
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise DumpError(f"line {number}: not JSON ({error.msg})") from error
        except RecursionError as error:
            raise DumpError(f"line {number}: not a Rapport dump (JSON nested too deeply)") from error
        if header is None:
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise DumpError(f"line {number}: not a Rapport dump (no {FORMAT!r} header)")
            if data.get("version") != VERSION:
                raise DumpError(f"line {number}: dump version {data.get('version')} (this Rapport reads {VERSION})")
            header = data
        elif not isinstance(data, dict) or not {"model", "pk", "fields"} <= set(data):
            raise DumpError(f"line {number}: a record needs 'model', 'pk' and 'fields'")
        else:
            records.append(data)
    if header is None:
        raise DumpError("the file is empty: no dump header")
    return header, records
