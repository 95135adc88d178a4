"""A change record in words: field names as labels, ids as links to the records they name.

The history stores raw snapshots (``mechanism_id: 4``, ``support: {...}``); an analyst reads
"Dialogue: EU–Kyrgyzstan Human Rights Dialogue" with a link, and "3 reports back the date".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from rapport.web.core.models import ChangeRecord, Party
from rapport.web.ui.links import link
from rapport.web.ui.vocab import country_name, theme_label

LABELS: dict[str, str] = {
    "mechanism_id": "Dialogue", "party_key": "Parties", "parties": "Parties", "round": "Round",
    "date": "Date", "place_city": "City", "place_country": "Country", "support": "Reports backing the values",
    "corrections": "Values set by reviewers", "review_status": "Review status", "published": "Published",
    "meeting_id": "Made at meeting", "fulfilled_by_id": "Kept by meeting", "status": "Status",
    "status_as_of": "Status as of", "due": "Due", "due_by": "Due by", "due_precision": "Due date stated to the",
    "kind": "Kind", "description": "Description", "manual": "Status set by hand", "name": "Name",
    "aliases": "Also called", "cadence": "Cadence", "code": "Code", "party_id": "Party", "person_id": "Person",
    "title": "Title", "outlet": "Outlet", "url": "Web address", "language": "Language",
    "chairs": "Chairs", "themes": "Themes", "instruments": "Instruments", "next_meeting": "Next meeting",
    "mechanism": "Dialogue",
}
HIDDEN = frozenset({"id", "date_start", "date_end", "key", "text", "content_hash", "origin", "record"})
"""Fields derived from others or too long to show: the history names what they follow from."""

RECORD_PAGES = {"meeting": "dialogues:meeting", "mechanism": "dialogues:detail", "person": "people:detail",
                "source": "sources:detail", "party": "dialogues:country"}
HISTORY_KINDS = {"meeting": "meeting", "mechanism": "dialogue", "person": "person", "promise": "promise",
                 "source": "source"}


@dataclass
class Row:
    """One field a change touched: its label and its values before and after, as safe HTML."""

    field: str
    before: SafeString
    after: SafeString


def label(field: str) -> str:
    """A field name as words."""
    return LABELS.get(field, field.replace("_id", "").replace("_", " ").capitalize())


LINKED_IDS = {"mechanism_id": ("dialogues:detail", "dialogues.Mechanism"),
              "meeting_id": ("dialogues:meeting", "dialogues.Meeting"),
              "fulfilled_by_id": ("dialogues:meeting", "dialogues.Meeting"),
              "person_id": ("people:detail", "people.Person")}
"""Fields whose values are ids of records the history links to: (their page, their model)."""
Linked = dict[tuple[str, Any], Any]
"""Records read ahead for a page of changes: (model path, id) → the record, or None when gone."""


def _queryset(model_path: str) -> Any:
    objects = apps.get_model(model_path)._default_manager
    # A meeting is named by its dialogue: read with it, not once per meeting.
    return objects.select_related("mechanism") if model_path == "dialogues.Meeting" else objects.all()


def _linked_ids(values: Any, wanted: set[tuple[str, Any]]) -> None:
    """Add the (model, id) of every linked id in a change's values, corrections included."""
    if not isinstance(values, dict):
        return
    for key, value in values.items():
        if key in LINKED_IDS and isinstance(value, int):
            wanted.add((LINKED_IDS[key][1], value))
        _linked_ids(value, wanted)


def linked_records(changes: list[ChangeRecord]) -> Linked:
    """Every record the changes link to (their values' ids, changed parties), one query per kind.

    A page of changes names the same few records many times; reading them here keeps the
    page's queries the same however many changes it shows.
    """
    party_type = ContentType.objects.get_for_model(Party).pk  # cached: no query per change
    wanted: set[tuple[str, Any]] = set()
    for change in changes:
        _linked_ids(change.before, wanted)
        _linked_ids(change.after, wanted)
        if change.content_type_id == party_type:
            wanted.add(("core.Party", change.object_id))
    linked: Linked = dict.fromkeys(wanted)
    for model_path in {path for path, _ in wanted}:
        ids = [pk for path, pk in wanted if path == model_path]
        for record in _queryset(model_path).filter(pk__in=ids):
            linked[(model_path, record.pk)] = record
    return linked


def _found(model_path: str, pk: Any, linked: Linked | None) -> Any:
    """The record read ahead in ``linked``, else read now (None: it no longer exists)."""
    if linked is not None and (model_path, pk) in linked:
        return linked[(model_path, pk)]
    return _queryset(model_path).filter(pk=pk).first()


def _record_link(name: str, model_path: str, pk: Any, linked: Linked | None = None) -> SafeString:
    """A link to the record ``pk`` of a model, named by its text (or its number when gone)."""
    found = _found(model_path, pk, linked)
    text = str(found) if found is not None else f"#{pk} (no longer exists)"
    return format_html('<a href="{}">{}</a>', link(name, pk), text) if found is not None else format_html("{}", text)


def _chair(value: dict[str, Any]) -> str:
    party = value.get("party")
    return f"{value.get('name', '')} ({country_name(party)})" if party else str(value.get("name", ""))


def _next_meeting(value: dict[str, Any]) -> str:
    where = ", ".join(p for p in (value.get("city"), country_name(value.get("country") or "")) if p)
    return " in ".join(p for p in (value.get("date") or "date not stated", where) if p)


def _support(value: dict[str, Any]) -> str:
    reports = value.get("reports")
    counts = [f"{label(k).lower()} {v}" for k, v in value.items() if k != "reports" and v]
    head = f"{reports} report{'s' if reports != 1 else ''}" if reports is not None else ""
    return head + (f" (backing {', '.join(counts)})" if counts else "")


EMPTY: tuple[Any, ...] = (None, "", [], {})


def words(field: str, value: Any, linked: Linked | None = None) -> SafeString:
    """A stored value as readable text, ids as links (to the records in ``linked`` when given)."""
    if value in EMPTY:
        return format_html('<span class="muted">{}</span>', "—")
    if field in LINKED_IDS and isinstance(value, int):
        return _record_link(*LINKED_IDS[field], value, linked)
    if isinstance(value, bool):
        return format_html("{}", "yes" if value else "no")
    if field in {"place_country", "party_id"} and isinstance(value, str):
        return format_html("{}", country_name(value))
    if field in {"party_key", "parties"}:
        codes = value.split(",") if isinstance(value, str) else list(value)
        return format_html("{}", " – ".join(country_name(c) for c in codes))
    if field == "support" and isinstance(value, dict):
        return format_html("{}", _support(value))
    if field == "corrections" and isinstance(value, dict):
        return format_html_join("; ", "{}: {}", ((label(k), words(k, v, linked)) for k, v in sorted(value.items())))
    if field == "themes" and isinstance(value, list):
        return format_html("{}", ", ".join(theme_label(str(t)) for t in value))
    if field == "chairs" and isinstance(value, list):
        return format_html("{}", "; ".join(_chair(c) if isinstance(c, dict) else str(c) for c in value))
    if field == "instruments" and isinstance(value, list):
        return format_html("{}", "; ".join(str(i.get("title", i)) if isinstance(i, dict) else str(i) for i in value))
    if field == "next_meeting" and isinstance(value, dict):
        return format_html("{}", _next_meeting(value))
    if isinstance(value, list):
        return format_html("{}", "; ".join(str(v) for v in value))
    if isinstance(value, dict):
        return format_html("{}", "; ".join(f"{label(k)}: {v}" for k, v in value.items()))
    return format_html("{}", str(value))


def change_rows(change: ChangeRecord, linked: Linked | None = None) -> list[Row]:
    """One row per field the change touched, in words, derived fields left out."""
    before = change.before if isinstance(change.before, dict) else {}
    after = change.after if isinstance(change.after, dict) else {}
    fields = [k for k in sorted(set(before) | set(after))
              if k not in HIDDEN and (before.get(k) not in EMPTY or after.get(k) not in EMPTY)]
    rows = []
    for key in fields:
        was, now = before.get(key), after.get(key)
        if key == "corrections" and isinstance(was or {}, dict) and isinstance(now or {}, dict):
            # One row per reviewer's value that changed, not the whole set of them twice.
            was, now = was or {}, now or {}
            rows += [Row(f"{label(k)} (reviewer's value)", words(k, was.get(k), linked), words(k, now.get(k), linked))
                     for k in sorted(set(was) | set(now)) if was.get(k) != now.get(k)]
        else:
            rows.append(Row(label(key), words(key, was, linked), words(key, now, linked)))
    return rows


def changed_record(change: ChangeRecord, linked: Linked | None = None) -> tuple[str, str]:
    """The URL of the page of the record a change is about (or its history), and its name."""
    model = change.content_type.model
    if model in RECORD_PAGES:
        pk: Any = change.object_id
        if model == "party":
            found = _found("core.Party", pk, linked)
            return (link(RECORD_PAGES[model], found.code) if found else "", change.object_repr)
        return link(RECORD_PAGES[model], pk), change.object_repr
    if model in HISTORY_KINDS:
        return reverse("history", args=[HISTORY_KINDS[model], change.object_id]), change.object_repr
    return "", change.object_repr
