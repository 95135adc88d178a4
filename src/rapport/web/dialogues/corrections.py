"""A reviewer's values for a meeting's fields: what each field accepts, in stored form.

``clean_correction(field, value)`` takes what a form or the API sends (text, or JSON for the
list fields) and returns the value ``Meeting.corrections`` keeps, or raises a
``ValidationError`` saying what was wrong and how to write it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.core.exceptions import ValidationError

from rapport.pipeline.mechanisms_canon import mechanism_key
from rapport.pipeline.periods import parse_period
from rapport.web.dialogues.mechanisms import mechanism_resolve
from rapport.web.dialogues.models import Mechanism, Meeting
from rapport.web.people.services import person_resolve
from rapport.web.ui.vocab import THEMES

FIELD_LABELS = {
    "date": "Date", "round": "Round", "place_city": "City", "place_country": "Country",
    "mechanism": "Dialogue", "parties": "Parties", "themes": "Themes", "instruments": "Instruments",
    "next_meeting": "Next meeting", "chairs": "Chairs",
}
FIELD_HELP = {
    "date": "YYYY-MM-DD, YYYY-MM or YYYY", "round": "a whole number", "place_country": "ISO code, e.g. KZ",
    "mechanism": "the dialogue's number or exact name; a new name starts a new dialogue",
    "parties": "ISO codes, e.g. KZ, US", "themes": "theme names or ids, separated by commas",
    "instruments": "kind: title (date); … e.g. law: Law on Mass Media (2024-06)",
    "next_meeting": "date, city, country code, e.g. 2026-05, Astana, KZ",
    "chairs": "name (party code); … e.g. Dana Orlova (KZ); Tom Reed (US)",
}
_CODE = re.compile(r"^[A-Za-z]{2}$")
_INSTRUMENT = re.compile(r"^\s*(?:(?P<kind>[\w -]{1,50}):\s*)?(?P<title>.+?)\s*(?:\((?P<date>[\d-]{4,10})\))?\s*$")
_CHAIR = re.compile(r"^\s*(?P<name>[^()]+?)\s*(?:\((?P<party>[A-Za-z]{2})\))?\s*$")


def _items(value: Any) -> list[Any]:
    """A list given as JSON, or as text separated by semicolons (or commas, for short items)."""
    if isinstance(value, list):
        return value
    text = "" if value is None else str(value)
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


def _date(text: str, field: str) -> str:
    if text and parse_period(text) is None:
        raise ValidationError(f"{field}: {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY.")
    return text


def _code(text: str, field: str) -> str:
    if not _CODE.match(text):
        raise ValidationError(f"{field}: {text!r} is not a two-letter ISO code such as KZ.")
    return text.upper()


def _themes(value: Any) -> list[str]:
    by_name = {label.casefold(): theme for theme, label in THEMES.items()}
    parts = value if isinstance(value, list) else [p.strip() for p in str(value or "").split(",") if p.strip()]
    themes = []
    for part in parts:
        theme = part if part in THEMES else by_name.get(str(part).casefold())
        if theme is None:
            raise ValidationError(f"themes: {part!r} is not a theme; use names such as {', '.join(list(THEMES.values())[:3])}.")
        themes.append(theme)
    return sorted(set(themes))


def _instruments(value: Any) -> list[dict[str, str]]:
    result = []
    for item in _items(value):
        if isinstance(item, dict):
            kind, title, date = str(item.get("kind") or "other"), str(item.get("title") or ""), str(item.get("date") or "")
        else:
            match = _INSTRUMENT.match(str(item))
            kind, title, date = (match["kind"] or "other", match["title"], match["date"] or "") if match else ("", "", "")
        if not title.strip():
            raise ValidationError(f"instruments: {item!r} has no title; write kind: title (date).")
        result.append({"kind": kind.strip().lower()[:50], "title": title.strip()[:500], "date": _date(date, "instruments")})
    return result


def _next_meeting(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        date, city, country = (str(value.get(k) or "").strip() for k in ("date", "city", "country"))
    else:
        parts = [p.strip() for p in str(value or "").split(",")] + ["", "", ""]
        date, city, country = parts[:3]
    if not (date or city or country):
        raise ValidationError("next_meeting: give a date, a city or a country (date, city, country code).")
    return {"date": _date(date, "next_meeting"), "city": city[:200], "country": _code(country, "next_meeting") if country else ""}


def _parties(value: Any) -> list[str]:
    parts = value if isinstance(value, list) else [p.strip() for p in str(value or "").replace(";", ",").split(",") if p.strip()]
    codes = sorted({_code(str(p), "parties") for p in parts})
    if not codes:
        raise ValidationError("parties: give at least one ISO code, e.g. KZ, US.")
    return codes


def _mechanism(value: Any, meeting: Meeting) -> int:
    """A dialogue id: an existing dialogue by number or exact name, else a new dialogue of that name."""
    text = str(value or "").strip().lstrip("#")
    if not text:
        raise ValidationError("mechanism: give the dialogue's number or name.")
    if text.isdigit():
        found = Mechanism.objects.filter(pk=int(text)).first()
        if found is None:
            raise ValidationError(f"mechanism: there is no dialogue number {text}.")
        return found.pk
    found = Mechanism.objects.filter(name__iexact=text).order_by("pk").first()
    if found is not None:
        return found.pk
    parties = meeting.party_key.split(",") if meeting.party_key else []
    if Mechanism.objects.filter(key=mechanism_key(text, parties)).exists():
        raise ValidationError(f"mechanism: {text!r} is another name of an existing dialogue; choose it by number.")
    created = mechanism_resolve(names=[text[:300]], parties=parties)
    if created is None:
        raise ValidationError("mechanism: correct the meeting's parties first.")
    return created.pk


def _chairs(value: Any, meeting: Meeting) -> list[dict[str, Any]]:
    rows = []
    for item in _items(value):
        if isinstance(item, dict):
            name, party, position = str(item.get("name") or ""), item.get("party"), str(item.get("position") or "")
        else:
            match = _CHAIR.match(str(item))
            name, party, position = (match["name"], match["party"], "") if match else ("", None, "")
        if not name.strip():
            raise ValidationError(f"chairs: {item!r} has no name; write name (party code).")
        code = _code(str(party), "chairs") if party else None
        person = person_resolve(name=name, party=code)
        rows.append({"person": person.pk, "name": person.name, "party": code, "position": position[:400]})
    return rows


def clean_correction(field: str, value: Any, meeting: Meeting) -> Any:
    """The corrected value in stored form, or a ValidationError saying what is wrong."""
    if field not in FIELD_LABELS:
        raise ValidationError(f"{field!r} cannot be corrected; use one of {', '.join(FIELD_LABELS)}.")
    if field == "round":
        if value in (None, ""):
            return None
        if not str(value).isdigit() or int(value) < 1:
            raise ValidationError(f"round: {value!r} is not a positive whole number.")
        return int(value)
    cleaners = {"themes": _themes, "instruments": _instruments, "next_meeting": _next_meeting, "parties": _parties}
    if field in cleaners:
        return cleaners[field](value)
    if field == "mechanism":
        return _mechanism(value, meeting)
    if field == "chairs":
        return _chairs(value, meeting)
    text = "" if value is None else str(value).strip()
    if field == "date":
        return _date(text, "date")
    return _code(text, "place_country") if field == "place_country" and text else text


def in_the_future(value: Any, today: dt.date | None = None) -> bool:
    """Whether a date value (YYYY, YYYY-MM, YYYY-MM-DD) can only mean a day after ``today``."""
    period = parse_period(str(value or ""))
    return period is not None and period.start > (today or dt.date.today())
