"""CSV and JSON exports of lists, for the API (``?format=csv``) and the web app's list pages.

Usage from a view::

    from rapport.web.api.exports import export_response
    return export_response("meetings", queryset, fmt=request.GET.get("format", "csv"))

``kind`` is one of ``KINDS``; the queryset is any queryset of that kind's model (already
filtered for the user's visibility); rows are the API's records flattened to columns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.http import HttpResponse

from rapport.web.api.records import records_of

FORMATS = ("csv", "json")
COLUMNS: dict[str, tuple[str, ...]] = {
    "dialogues": ("id", "name", "parties", "cadence", "meeting_count", "first_date", "last_date", "aliases"),
    "meetings": ("id", "dialogue_id", "dialogue_name", "parties", "round", "date", "date_start", "date_end",
                 "place_city", "place_country", "chairs", "themes", "review_status", "published", "source_count"),
    "people": ("id", "name", "party", "meeting_count", "aliases", "positions"),
    "promises": ("id", "kind", "description", "due", "due_by", "place_city", "place_country", "status",
                 "status_as_of", "manual", "meeting_id", "meeting_date", "dialogue_id", "dialogue_name",
                 "fulfilled_by_id", "fulfilled_by_date"),
    "sources": ("id", "reference", "url", "outlet", "title", "published", "language", "meeting_ids"),
}
KINDS = tuple(COLUMNS)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a cell that a spreadsheet would run as a formula starts (OWASP's CSV injection list)."""


def formula_safe(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows as text: a formula's first character is quoted."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _cell(value: Any) -> str:
    """One CSV cell: lists joined by ``; ``, booleans as true/false, None empty; text formula-safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return formula_safe("; ".join(_cell(item) for item in value))
    if isinstance(value, dict):
        if "name" in value and "person_id" in value:  # a chair
            name = f"{value['name']} ({value['party']})" if value.get("party") else str(value["name"])
            return formula_safe(name)
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return formula_safe(str(value))


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """A record with nested objects spread into ``parent_child`` columns."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                flat[f"{key}_{sub}"] = inner
        elif key in {"place", "dialogue", "meeting", "fulfilled_by"} and value is None:
            continue
        else:
            flat[key] = value
    return flat


def csv_text(kind: str, records: Iterable[dict[str, Any]]) -> str:
    """The records as CSV text with a header row, in the kind's column order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS[kind])
    for record in records:
        flat = flatten(record)
        writer.writerow([_cell(flat.get(column)) for column in COLUMNS[kind]])
    return out.getvalue()


def records_response(kind: str, records: list[dict[str, Any]], *, fmt: str = "csv",
                     filename: str | None = None) -> HttpResponse:
    """Records already built as a CSV or JSON download."""
    name = filename or f"rapport-{kind}.{fmt}"
    if fmt == "csv":
        response = HttpResponse(csv_text(kind, records), content_type="text/csv; charset=utf-8")
    elif fmt == "json":
        body = json.dumps(records, ensure_ascii=False, indent=1)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def export_response(kind: str, objects: QuerySet[Any], *, fmt: str = "csv", filename: str | None = None) -> HttpResponse:
    """A queryset of ``kind`` (dialogues, meetings, people, promises, sources) as a download."""
    if kind not in COLUMNS:
        raise ValueError(f"unknown export kind {kind!r}: use one of {', '.join(KINDS)}")
    return records_response(kind, records_of(kind, objects), fmt=fmt, filename=filename)
