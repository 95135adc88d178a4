"""How the pack words things: ordinals, party and place names, theme labels, dates."""

from __future__ import annotations

import datetime as dt

from rapport.web.core.services import party_name
from rapport.web.ui import vocab


def ordinal(number: int | None) -> str:
    """``1st``, ``2nd``, ``13th``, ``22nd``; empty for None."""
    if number is None:
        return ""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def party_names(codes: list[str]) -> list[str]:
    """Country (or EU) names for ISO codes, in the order given."""
    return [party_name(code) for code in codes]


def place_line(city: str, country: str) -> str:
    """``Astana, Kazakhstan``; the parts that are known."""
    return ", ".join(part for part in (city, party_name(country) if country else "") if part)


def theme_label(theme: str) -> str:
    """A theme id as words, as the web app shows it."""
    return vocab.theme_label(theme)


def long_date(value: dt.date) -> str:
    """``26 November 2026``."""
    return f"{value.day} {value:%B %Y}"


def period_text(value: str, *, short: bool = False) -> str:
    """A date of any precision in words: ``24 April 2024`` (``24 Apr 2024``), ``May 2024``, ``2024``."""
    parts = value.split("-") if value else []
    try:
        if len(parts) == 3:
            day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{day.day} {day:%b %Y}" if short else long_date(day)
        if len(parts) == 2:
            month = dt.date(int(parts[0]), int(parts[1]), 1)
            return f"{month:%b %Y}" if short else f"{month:%B %Y}"
    except ValueError:
        return value
    return value or "undated"
