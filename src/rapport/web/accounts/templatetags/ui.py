"""Template filters of the pages: theme and country names, ISO dates as words.

They live in the ``accounts`` app only because a tag library must sit in an installed app and
this one belongs to the web layer; the logic is in ``rapport.web.ui``.
"""

from __future__ import annotations

from datetime import date

from django import template

from rapport.web.ui.links import link
from rapport.web.ui.vocab import country_name, theme_label

register = template.Library()

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@register.filter
def theme(theme_id: str) -> str:
    """A theme id as words."""
    return theme_label(str(theme_id or ""))


@register.filter
def country(code: str) -> str:
    """An ISO code as the country's name."""
    return country_name(str(code or ""))


@register.filter
def isodate(value: object) -> str:
    """``2024-05-20`` → ``20 May 2024``; ``2024-05`` → ``May 2024``; ``2024`` stays."""
    if isinstance(value, date):
        value = value.isoformat()
    text = str(value or "")
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass  # not an ISO date: show it as it is
    return text


@register.filter
def url_for(arg: object, name: str) -> str:
    """``{{ m.pk|url_for:"dialogues:meeting" }}``: a record page's URL, without ``reverse`` per call."""
    return link(name, arg)


@register.filter
def byline(source: object) -> str:
    """A source's outlet and publication date, joined by " · ", leaving out whichever is missing."""
    outlet = str(getattr(source, "outlet", "") or "").strip()
    published = isodate(getattr(source, "published", None) or "")
    return " · ".join(part for part in (outlet, published) if part)


@register.filter
def source_label(source: object) -> str:
    """What to call a source in a list of claims: its outlet, else its title, else its reference."""
    for name in ("outlet", "title", "reference"):
        value = str(getattr(source, name, "") or "").strip()
        if value:
            return value
    return f"source #{getattr(source, 'pk', '')}"
